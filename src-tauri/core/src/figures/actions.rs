//! The plan's actions counted by status, and which are overdue as of a date.

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::Serialize;
use ts_rs::TS;

use crate::plan::{Action, ActionId, ActionStatus, Plan};

/// How many actions the plan holds, by status, and which are overdue.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, TS, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct ActionCounts {
    pub total: u32,
    pub planned: u32,
    pub in_progress: u32,
    pub done: u32,
    pub cancelled: u32,
    /// Planned or in progress, and ended before the date of the figures.
    pub overdue: Vec<ActionId>,
}

/// Whether an action is overdue on `today`: still planned or in progress, with an end date
/// before `today` (and a start, if any, not after that end).
pub fn is_overdue(action: &Action, today: NaiveDate) -> bool {
    matches!(
        action.status,
        ActionStatus::Planned | ActionStatus::InProgress
    ) && action
        .end
        .is_some_and(|end| end < today && action.start.is_none_or(|s| s <= end))
}

/// The actions of `plan` counted as of `today`.
pub fn of(plan: &Plan, today: NaiveDate) -> ActionCounts {
    let mut counts = ActionCounts::default();
    for action in &plan.actions {
        counts.total += 1;
        match action.status {
            ActionStatus::Planned => counts.planned += 1,
            ActionStatus::InProgress => counts.in_progress += 1,
            ActionStatus::Done => counts.done += 1,
            ActionStatus::Cancelled => counts.cancelled += 1,
        }
        if is_overdue(action, today) {
            counts.overdue.push(action.id);
        }
    }
    counts
}
