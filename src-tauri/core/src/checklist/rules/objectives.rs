//! Rules on the objectives themselves: none at all, not SMART (no figure, no date, outside the
//! year, no starting point, no ambition, vague wording), too many, duplicated, drafts, the North
//! Star, and sub-objectives due after their objective.
//!
//! They read `plan.objectives` and the plan year; links to actions and KPIs are `coherence`'s.

use std::collections::HashSet;

use super::super::catalogue::RuleId;
use super::super::context::Context;
use super::super::finding::{Details, Finding, ItemRef, Location};
use super::super::words::{blank, normalize, vague_title};
use super::count;
use crate::plan::{Objective, Step};

/// Most top-level objectives a plan should carry.
pub(crate) const MAX_TOP_LEVEL_OBJECTIVES: usize = 5;

/// Runs the objective rules.
pub(super) fn run(cx: &Context, out: &mut Vec<Finding>) {
    let objectives = &cx.plan.objectives;
    let plan_wide = |field| Location::at(Step::Objectives, field);
    if objectives.is_empty() {
        out.push(Finding::new(
            RuleId::NoObjective,
            plan_wide(None),
            Details::default(),
        ));
        return;
    }

    let top_level = objectives.iter().filter(|o| o.parent_id.is_none()).count();
    if top_level > MAX_TOP_LEVEL_OBJECTIVES {
        let details = Details {
            count: Some(count(top_level)),
            limit: Some(count(MAX_TOP_LEVEL_OBJECTIVES)),
            ..Details::default()
        };
        out.push(Finding::new(
            RuleId::TooManyObjectives,
            plan_wide(None),
            details,
        ));
    }
    let north_stars = objectives.iter().filter(|o| o.north_star).count();
    if north_stars == 0 {
        out.push(Finding::new(
            RuleId::NoNorthStar,
            plan_wide(Some("northStar")),
            Details::default(),
        ));
    } else if north_stars > 1 {
        let details = Details {
            count: Some(count(north_stars)),
            ..Details::default()
        };
        out.push(Finding::new(
            RuleId::SeveralNorthStars,
            plan_wide(Some("northStar")),
            details,
        ));
    }

    let mut titles = HashSet::with_capacity(objectives.len());
    for o in objectives {
        let at = |field| Location::item(Step::Objectives, ItemRef::objective(o.id), Some(field));
        let named = || Details::named(&o.title);
        let key_result_target = o.key_results.iter().any(|k| k.target.is_some());
        let measurable = (!blank(&o.metric) && o.target.is_some()) || key_result_target;
        if !measurable {
            let field = if blank(&o.metric) && !key_result_target {
                "metric"
            } else {
                "target"
            };
            out.push(Finding::new(
                RuleId::ObjectiveNotMeasurable,
                at(field),
                named(),
            ));
        }
        if o.target.is_none() && !key_result_target && vague_title(&o.title) {
            out.push(Finding::new(RuleId::ObjectiveVague, at("title"), named()));
        }
        match o.deadline {
            None => out.push(Finding::new(
                RuleId::ObjectiveNotDated,
                at("deadline"),
                named(),
            )),
            Some(date) if cx.year.is_some() && !cx.in_year(date) => {
                let details = Details {
                    date: Some(date),
                    year: Some(cx.plan.company.plan_year),
                    ..named()
                };
                out.push(Finding::new(
                    RuleId::ObjectiveDeadlineOutsideYear,
                    at("deadline"),
                    details,
                ));
            }
            Some(_) => {}
        }
        if o.baseline.is_none() {
            out.push(Finding::new(
                RuleId::ObjectiveNoBaseline,
                at("baseline"),
                named(),
            ));
        }
        if let (Some(baseline), Some(target)) = (o.baseline, o.target) {
            if same_figure(baseline, target) {
                out.push(Finding::new(
                    RuleId::ObjectiveTargetEqualsBaseline,
                    at("target"),
                    named(),
                ));
            }
        }
        let title = normalize(&o.title);
        if !title.is_empty() && !titles.insert(title) {
            out.push(Finding::new(
                RuleId::DuplicateObjective,
                at("title"),
                named(),
            ));
        }
        if o.draft {
            out.push(Finding::new(RuleId::ObjectiveDraft, at("draft"), named()));
        }
        if let Some(parent) = o.parent_id.and_then(|p| cx.objectives.get(&p)) {
            if due_after(o, parent) {
                let details = Details {
                    other_name: Some(parent.title.trim().to_string()),
                    ..named()
                };
                out.push(Finding::new(
                    RuleId::SubObjectiveAfterParent,
                    at("deadline"),
                    details,
                ));
            }
        }
    }
}

/// Whether a sub-objective is due after its parent (both dated).
fn due_after(sub: &Objective, parent: &Objective) -> bool {
    matches!((sub.deadline, parent.deadline), (Some(s), Some(p)) if s > p)
}

/// Two figures equal up to rounding noise.
fn same_figure(a: f64, b: f64) -> bool {
    (a - b).abs() <= f64::EPSILON * a.abs().max(b.abs()).max(1.0)
}
