//! The figures of a progress report at a date, the short PDF an owner hands to a banker or a
//! partner during the year: each objective and KPI against its trajectory, spend against what
//! was planned by the date and against the envelope, the actions done and late, the adjustments.
//!
//! The rules, each applied once here:
//! - **What was known by the date**: readings and adjustments dated after it are left out, so a
//!   report at 30 June says what 30 June could say. Action statuses and actual spend carry no
//!   date: they count as recorded.
//! - **The adjustment log** reads oldest first, entries of one day in the order they were
//!   written (the roadmap prints it so too).
//! - Every figure is then the plan's usual figures (`figures::of`) as of the date.

use chrono::NaiveDate;

use super::Figures;
use crate::plan::{ActionId, ActionStatus, Adjustment, AdjustmentId, Plan};

/// What a progress report prints, as of its date.
#[derive(Debug, Clone, PartialEq)]
pub struct Progress {
    /// The plan's figures as of the date, from what was known by then.
    pub figures: Figures,
    /// The actions done, in the plan's order.
    pub done: Vec<ActionId>,
    /// The adjustments dated up to the date, oldest first.
    pub adjustments: Vec<AdjustmentId>,
}

/// The plan as it was known by `date`: its readings and adjustments dated after it left out.
pub fn known_by(plan: &Plan, date: NaiveDate) -> Plan {
    let mut known = plan.clone();
    for kpi in &mut known.kpis {
        kpi.measurements.retain(|m| m.date <= date);
    }
    known.adjustments.retain(|a| a.date <= date);
    known
}

/// The adjustment log in reading order: oldest first, entries of one day as written.
pub fn log(plan: &Plan) -> Vec<&Adjustment> {
    let mut log: Vec<_> = plan.adjustments.iter().enumerate().collect();
    log.sort_by_key(|(i, a)| (a.date, *i));
    log.into_iter().map(|(_, a)| a).collect()
}

/// The progress report's figures for `plan` as of `date`; `plan` is what `known_by` gives.
pub fn of(plan: &Plan, date: NaiveDate) -> Progress {
    Progress {
        figures: super::of(plan, date),
        done: plan
            .actions
            .iter()
            .filter(|a| a.status == ActionStatus::Done)
            .map(|a| a.id)
            .collect(),
        adjustments: log(plan)
            .into_iter()
            .filter(|a| a.date <= date)
            .map(|a| a.id)
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plan::{Adjustment, Language, Measurement};

    fn d(m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2027, m, day).unwrap()
    }

    fn example() -> Plan {
        let mut p = crate::seed::example_plan(2027);
        p.adjustments = vec![
            Adjustment {
                id: AdjustmentId(1),
                date: d(9, 1),
                text: "Salon reporté".into(),
                objective_id: None,
                action_id: None,
            },
            Adjustment {
                id: AdjustmentId(2),
                date: d(4, 2),
                text: "Budget réseaux sociaux doublé".into(),
                objective_id: None,
                action_id: None,
            },
        ];
        p
    }

    #[test]
    fn readings_and_adjustments_after_the_date_are_left_out() {
        let mut p = example();
        p.kpis[0].measurements.push(Measurement {
            date: d(11, 30),
            value: 1.0,
        });
        let known = known_by(&p, d(6, 30));
        assert!(known
            .kpis
            .iter()
            .flat_map(|k| &k.measurements)
            .all(|m| m.date <= d(6, 30)));
        assert_eq!(known.adjustments.len(), 1);
        assert_eq!(known.company.language, Language::Fr);
    }

    #[test]
    fn the_report_reads_the_plan_s_figures_at_its_date() {
        let p = known_by(&example(), d(6, 30));
        let progress = of(&p, d(6, 30));
        assert_eq!(progress.figures, crate::figures::of(&p, d(6, 30)));
        assert_eq!(progress.adjustments, [AdjustmentId(2)]);
        let done = p
            .actions
            .iter()
            .filter(|a| a.status == ActionStatus::Done)
            .count();
        assert_eq!(progress.done.len(), done);
    }

    #[test]
    fn adjustments_are_listed_oldest_first() {
        let progress = of(&example(), d(12, 31));
        assert_eq!(progress.adjustments, [AdjustmentId(2), AdjustmentId(1)]);
    }
}
