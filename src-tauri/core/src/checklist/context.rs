//! What every rule needs, computed once per evaluation: the plan, its figures, the evaluation
//! date, the plan year's bounds, the objectives by id and the actions still counted on.
//!
//! Built in one pass so the rules stay linear in the plan's size; it knows no rule.

use std::collections::HashMap;

use chrono::NaiveDate;

use crate::figures::Figures;
use crate::plan::{Action, ActionStatus, Objective, ObjectiveId, Plan};

/// The shared, precomputed view of a plan under evaluation.
pub(super) struct Context<'a> {
    pub plan: &'a Plan,
    /// The plan's figures: rules read totals, progress and what is overdue here.
    pub figures: &'a Figures,
    /// The evaluation date (the figures'), passed in: rules never read the clock.
    pub today: NaiveDate,
    /// January 1st and December 31st of the plan year (none for a year chrono cannot represent).
    pub year: Option<(NaiveDate, NaiveDate)>,
    pub objectives: HashMap<ObjectiveId, &'a Objective>,
    /// Actions not cancelled: the ones the plan still counts on.
    pub live: Vec<&'a Action>,
}

impl<'a> Context<'a> {
    /// Indexes a plan for one evaluation.
    pub fn new(plan: &'a Plan, figures: &'a Figures) -> Self {
        let today = figures.today;
        let year = plan.company.plan_year;
        let bounds = NaiveDate::from_ymd_opt(year, 1, 1).zip(NaiveDate::from_ymd_opt(year, 12, 31));
        Context {
            plan,
            figures,
            today,
            year: bounds,
            objectives: plan.objectives.iter().map(|o| (o.id, o)).collect(),
            live: plan
                .actions
                .iter()
                .filter(|a| a.status != ActionStatus::Cancelled)
                .collect(),
        }
    }

    /// Whether a date falls within the plan year.
    pub fn in_year(&self, date: NaiveDate) -> bool {
        self.year
            .is_some_and(|(start, end)| start <= date && date <= end)
    }

    /// Marks an objective and all its ancestors in `set`; stops at the first one already marked,
    /// whose ancestors are then marked too, so marking every link of a plan stays linear.
    pub fn mark_with_ancestors(
        &self,
        id: ObjectiveId,
        set: &mut std::collections::HashSet<ObjectiveId>,
    ) {
        let mut current = Some(id);
        while let Some(id) = current {
            if !set.insert(id) {
                break;
            }
            current = self.objectives.get(&id).and_then(|o| o.parent_id);
        }
    }
}
