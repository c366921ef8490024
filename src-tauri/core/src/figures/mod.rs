//! Every figure derived from a plan, computed once: its money (`budget`), the progress and pace
//! of its KPIs and objectives (`progress`), its actions by status (`actions`), how complete each
//! step is (`steps`), and how units compare (`units`).
//!
//! The screen, the PDF, the CSV, the checklist, the renewal and the CLI read these figures; none
//! of them adds, rounds or compares on its own. Each module states its rules at the top. Pure
//! functions of the plan and a date passed in: nothing here reads the clock or the store.

pub mod actions;
pub mod budget;
pub mod progress;
pub mod steps;
pub mod units;

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::Serialize;
use ts_rs::TS;

pub use actions::ActionCounts;
pub use budget::{Amounts, BudgetFigures, Precision, Share};
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
    pub kpis: Vec<KpiFigures>,
    pub objectives: Vec<ObjectiveFigures>,
    pub actions: ActionCounts,
    pub steps: Vec<StepCompletion>,
}

/// The figures of `plan` as of `today`.
pub fn of(plan: &Plan, today: NaiveDate) -> Figures {
    Figures {
        today,
        budget: budget::of(plan, Precision::Units),
        kpis: progress::kpis(plan),
        objectives: progress::objectives(plan),
        actions: actions::of(plan, today),
        steps: steps::of(plan),
    }
}
