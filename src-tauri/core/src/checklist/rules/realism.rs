//! Realism: an objective's ambition set beside the means given to it, asked as a question.
//!
//! - **Money**: an objective in the plan's currency growing by at least `MONEY_GROWTH_FROM` whose
//!   extra amount (target minus baseline) is more than `RETURN_LIMIT` times the marketing budget
//!   (the envelope, else the actions' planned total).
//! - **Anything else a business or customer objective counts** (customers, orders, resellers; not
//!   percentages, whose points move differently): a target at least `MULTIPLE_LIMIT` times the
//!   baseline with a single live action serving it (directly or through a sub-objective).
//!
//! The thresholds are Boussole's rules of thumb, explained in docs/CHECKLIST.md. An objective with
//! no action at all is `objective-without-action`'s; one with no baseline or no target says
//! nothing here. Money comes from `crate::figures` and units are compared by `figures::units`.

use std::collections::{HashMap, HashSet};

use super::super::catalogue::RuleId;
use super::super::context::Context;
use super::super::finding::{Details, Finding, ItemRef, Location};
use crate::figures::units;
use crate::plan::{Money, ObjectiveCategory, ObjectiveId, Step};

/// Extra revenue expected per unit of marketing budget beyond which an objective is asked about.
/// A return of 5 to 1 is usually called good and 10 to 1 exceptional; the question is asked only
/// at twice the exceptional.
pub(crate) const RETURN_LIMIT: f64 = 20.0;
/// Growth of a money objective below which it is not questioned: price rises and the year's
/// momentum alone can bring a few percent.
pub(crate) const MONEY_GROWTH_FROM: f64 = 0.1;
/// How many times its baseline a target may reach before a single action looks thin.
pub(crate) const MULTIPLE_LIMIT: f64 = 3.0;

/// Runs the realism rule.
pub(super) fn run(cx: &Context, out: &mut Vec<Finding>) {
    let served = actions_serving(cx);
    let budget = cx
        .figures
        .budget
        .envelope
        .unwrap_or(cx.figures.budget.total.planned);
    let currency = cx.plan.company.currency.trim();
    for o in &cx.plan.objectives {
        let (Some(baseline), Some(target)) = (o.baseline, o.target) else {
            continue;
        };
        if !(baseline > 0.0 && target > baseline && target.is_finite()) {
            continue;
        }
        let growth = (target - baseline) / baseline;
        let actions = served.get(&o.id).copied().unwrap_or(0);
        if actions == 0 {
            continue;
        }
        let at = Location::item(Step::Objectives, ItemRef::objective(o.id), Some("target"));
        if let Some(factor) = units::money_factor(&o.unit, currency) {
            let at_stake = (target - baseline) * factor;
            let means = budget.cents() as f64 / 100.0;
            if growth >= MONEY_GROWTH_FROM && means > 0.0 && at_stake > RETURN_LIMIT * means {
                let details = Details {
                    amount: Some(Money::from_units(at_stake.round().min(1e15) as i64)),
                    limit_amount: Some(budget),
                    currency: Some(currency.to_string()),
                    share: Some(growth),
                    ..Details::named(&o.title)
                };
                out.push(Finding::new(RuleId::ObjectiveOutOfReach, at, details));
            }
            continue;
        }
        let counted = matches!(
            o.category,
            ObjectiveCategory::Business | ObjectiveCategory::Customer
        );
        if counted
            && !units::is_percent(&o.unit)
            && target >= MULTIPLE_LIMIT * baseline
            && actions == 1
        {
            let details = Details {
                share: Some(growth),
                ..Details::named(&o.title)
            };
            out.push(Finding::new(RuleId::ObjectiveOutOfReach, at, details));
        }
    }
}

/// How many live actions serve each objective, directly or through one of its sub-objectives
/// (an action serving two sub-objectives of one objective counts once for it).
fn actions_serving(cx: &Context) -> HashMap<ObjectiveId, u32> {
    let mut counts: HashMap<ObjectiveId, u32> = HashMap::with_capacity(cx.objectives.len());
    let mut marked: HashSet<ObjectiveId> = HashSet::new();
    for action in &cx.live {
        marked.clear();
        for &id in &action.objective_ids {
            cx.mark_with_ancestors(id, &mut marked);
        }
        for id in &marked {
            *counts.entry(*id).or_default() += 1;
        }
    }
    counts
}
