//! Money where the priorities are: the North Star served by a small share of the budget while
//! another main objective takes most of it, and most of the budget on a single action.
//!
//! Every amount is the figures' (`crate::figures`: the planned total, the budget by objective, an
//! action's counted amount); this only sets shares against thresholds. An objective's share counts
//! its sub-objectives' (they serve it).

use std::collections::HashMap;

use super::super::catalogue::RuleId;
use super::super::context::Context;
use super::super::finding::{Details, Finding, ItemRef, Location};
use crate::figures::budget::counted;
use crate::plan::{ObjectiveId, Step};

/// Share of the planned budget under which the North Star is "served by a small share".
pub(crate) const NORTH_STAR_SMALL: f64 = 0.2;
/// Share of the planned budget over which another main objective "takes most".
pub(crate) const MINOR_MOST: f64 = 0.5;
/// Share of the planned budget over which one action carries "most" of it.
pub(crate) const ONE_ACTION_MOST: f64 = 0.5;
/// Fewest live actions with a budget before one action's share is judged: with one or two,
/// one of them naturally carries most.
pub(crate) const ONE_ACTION_FROM: usize = 3;

/// Runs the money rules.
pub(super) fn run(cx: &Context, out: &mut Vec<Finding>) {
    let total = cx.figures.budget.total.planned.cents();
    if total <= 0 {
        return;
    }
    north_star(cx, total as f64, out);
    one_action(cx, total as f64, out);
}

/// The North Star's share (with its sub-objectives') under `NORTH_STAR_SMALL` while another main
/// objective's is over `MINOR_MOST`.
fn north_star(cx: &Context, total: f64, out: &mut Vec<Finding>) {
    let mut stars = cx.plan.objectives.iter().filter(|o| o.north_star);
    let (Some(star), None) = (stars.next(), stars.next()) else {
        return;
    };
    let mut by_main: HashMap<ObjectiveId, i64> = HashMap::new();
    for share in &cx.figures.budget.by_objective {
        if let Some(main) = share.key.and_then(|id| main_of(cx, id)) {
            *by_main.entry(main).or_default() += share.planned.cents();
        }
    }
    let star_main = main_of(cx, star.id).unwrap_or(star.id);
    let star_share = by_main.get(&star_main).copied().unwrap_or(0) as f64 / total;
    if star_share >= NORTH_STAR_SMALL {
        return;
    }
    let largest = cx
        .plan
        .objectives
        .iter()
        .filter(|o| o.parent_id.is_none() && o.id != star_main)
        .map(|o| (o, by_main.get(&o.id).copied().unwrap_or(0)))
        .max_by_key(|(_, cents)| *cents);
    let Some((minor, cents)) = largest else {
        return;
    };
    let minor_share = cents as f64 / total;
    if minor_share > MINOR_MOST {
        out.push(Finding::new(
            RuleId::NorthStarUnderfunded,
            Location::item(
                Step::Objectives,
                ItemRef::objective(star.id),
                Some("northStar"),
            ),
            Details {
                other_name: Some(minor.title.trim().to_string()),
                share: Some(star_share),
                value: Some(minor_share),
                ..Details::named(&star.title)
            },
        ));
    }
}

/// The main objective an objective belongs to: itself, or its topmost parent (none for an id
/// the plan does not hold; a loop of parents stops at the plan's size).
fn main_of(cx: &Context, id: ObjectiveId) -> Option<ObjectiveId> {
    let mut current = cx.objectives.get(&id)?;
    for _ in 0..cx.objectives.len() {
        match current.parent_id.and_then(|p| cx.objectives.get(&p)) {
            Some(parent) => current = parent,
            None => break,
        }
    }
    Some(current.id)
}

/// One live action planning more than `ONE_ACTION_MOST` of the budget, among at least
/// `ONE_ACTION_FROM` budgeted ones.
fn one_action(cx: &Context, total: f64, out: &mut Vec<Finding>) {
    let budgeted = cx
        .live
        .iter()
        .filter(|a| counted(a).planned.cents() > 0)
        .count();
    if budgeted < ONE_ACTION_FROM {
        return;
    }
    for action in &cx.live {
        let planned = counted(action).planned;
        let part = planned.cents() as f64 / total;
        if part > ONE_ACTION_MOST {
            out.push(Finding::new(
                RuleId::BudgetOnOneAction,
                Location::item(
                    Step::Actions,
                    ItemRef::action(action.id),
                    Some("plannedBudget"),
                ),
                Details {
                    amount: Some(planned),
                    limit_amount: Some(cx.figures.budget.total.planned),
                    currency: Some(cx.plan.company.currency.clone()),
                    share: Some(part),
                    ..Details::named(&action.title)
                },
            ));
        }
    }
}
