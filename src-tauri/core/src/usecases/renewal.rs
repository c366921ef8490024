//! The yearly renewal: what renewing a plan would carry over, the renewal itself (stored linked
//! to last year's plan), and this year's plan beside last year's.

use chrono::NaiveDate;

use super::Library;
use crate::error::{Error, Result};
use crate::plan::PlanId;
use crate::renew::{self, RenewOptions, ReviewStatus, YearOverYear};

impl Library {
    /// What renewing plan `id` with these decisions would carry over, before doing it.
    pub fn review_status(&self, id: PlanId, options: &RenewOptions) -> Result<ReviewStatus> {
        renew::review_status(&self.plan(id)?.plan, options)
    }

    /// Renews plan `id` for `year` with the owner's decisions on its actions; the new plan is
    /// stored linked to it, scored, and its id returned.
    pub fn renew(
        &self,
        id: PlanId,
        year: i32,
        options: &RenewOptions,
        today: NaiveDate,
    ) -> Result<PlanId> {
        let previous = self.plan(id)?.plan;
        let next = renew::renew(&previous, year, options)?;
        self.create(&next, Some(id), today)
    }

    /// Plan `id` beside the plan it renews; none when it renews no plan, or that plan was
    /// deleted.
    pub fn compare_with_previous(&self, id: PlanId) -> Result<Option<YearOverYear>> {
        let current = self.plan(id)?;
        let Some(previous_id) = current.summary.previous_plan_id else {
            return Ok(None);
        };
        match self.plan(previous_id) {
            Ok(previous) => Ok(Some(renew::compare(&previous.plan, &current.plan))),
            Err(Error::NotFound { .. }) => Ok(None),
            Err(e) => Err(e),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::usecases::testing::{self, today};

    #[test]
    fn renewing_stores_the_next_year_linked_and_comparable() {
        let (_dir, lib) = testing::seeded();
        let id = lib.list().unwrap()[0].id;
        let previous = lib.plan(id).unwrap().plan;
        let abandoned = previous.actions[0].id;
        let options = RenewOptions {
            decisions: vec![renew::ActionDecision {
                action_id: abandoned,
                decision: Some(crate::plan::ReviewDecision::Abandon),
                note: "no visits".into(),
            }],
        };
        let status = lib.review_status(id, &options).unwrap();
        assert_eq!(status.decided, 1);
        assert!(!status.complete);

        let next = lib.renew(id, 2028, &options, today()).unwrap();
        let record = lib.plan(next).unwrap();
        assert_eq!(record.summary.previous_plan_id, Some(id));
        assert_eq!(record.summary.plan_year, 2028);
        assert!(record.summary.readiness.is_some(), "the new plan is scored");
        assert_eq!(record.plan.actions.len(), previous.actions.len() - 1);

        let compared = lib.compare_with_previous(next).unwrap().unwrap();
        assert_eq!(
            (compared.previous_year, compared.current_year),
            (2027, 2028)
        );
        assert_eq!(compared.objectives.len(), previous.objectives.len());
        assert_eq!(lib.compare_with_previous(id).unwrap(), None);

        lib.delete(id).unwrap();
        assert_eq!(
            lib.compare_with_previous(next).unwrap(),
            None,
            "a deleted previous plan is no longer compared"
        );
    }

    #[test]
    fn renewing_into_the_same_year_is_refused_with_the_field() {
        let (_dir, lib) = testing::seeded();
        let id = lib.list().unwrap()[0].id;
        let err = lib
            .renew(id, 2027, &RenewOptions::default(), today())
            .unwrap_err();
        assert_eq!(err.payload().field.as_deref(), Some("year"));
        assert_eq!(lib.list().unwrap().len(), 1);
    }

    #[test]
    fn renewed_plan_round_trips_through_the_store() {
        let (_dir, lib) = testing::empty();
        let example = crate::seed::example_plan(2027);
        let first = lib.create(&example, None, today()).unwrap();
        let plan = renew::renew(&example, 2028, &RenewOptions::default()).unwrap();
        let second = lib.create(&plan, Some(first), today()).unwrap();
        let record = lib.plan(second).unwrap();
        assert_eq!(record.plan, plan);
        assert_eq!(record.summary.previous_plan_id, Some(first));
    }
}
