//! Every figure derived from a plan, computed once: its money (`budget`), the progress and pace
//! of its KPIs and objectives (`progress`), its actions by status (`actions`), what the current
//! month asks of the owner (`month`), how complete each step is (`steps`), how units compare
//! (`units`), and what a progress report at a date prints (`report`).
//!
//! The screen, the PDF, the CSV, the checklist, the renewal and the CLI read these figures; none
//! of them adds, rounds or compares on its own. Each module states its rules at the top. Pure
//! functions of the plan and a date passed in: nothing here reads the clock or the store.

pub mod actions;
pub mod budget;
pub mod month;
pub mod progress;
pub mod report;
pub mod steps;
pub mod units;

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::Serialize;
use ts_rs::TS;

pub use actions::ActionCounts;
pub use budget::{Amounts, BudgetFigures, Precision, Share, SpendToDate};
pub use month::Month;
pub use progress::{KpiFigures, ObjectiveFigures, ObjectiveMeasure, Pace, PACE_TOLERANCE};
pub use steps::{Completion, StepCompletion};

use crate::plan::Plan;

/// The figures of a plan as the screen and the PDF print them (money in whole currency units).
#[derive(Debug, Clone, PartialEq, Serialize, TS, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct Figures {
    /// The date the figures are worked out for (what is overdue depends on it).
    pub today: NaiveDate,
    pub budget: BudgetFigures,
    /// Money spent so far against the envelope and against what was foreseen by the date.
    pub spend: SpendToDate,
    pub kpis: Vec<KpiFigures>,
    pub objectives: Vec<ObjectiveFigures>,
    pub actions: ActionCounts,
    pub steps: Vec<StepCompletion>,
    /// What the month of the date asks of the owner.
    pub month: Month,
}

/// The figures of `plan` as of `today`.
pub fn of(plan: &Plan, today: NaiveDate) -> Figures {
    Figures {
        today,
        budget: budget::of(plan, Precision::Units),
        spend: budget::to_date(plan, today),
        kpis: progress::kpis(plan, today),
        objectives: progress::objectives(plan, today),
        actions: actions::of(plan, today),
        steps: steps::of(plan),
        month: month::of(plan, today),
    }
}
