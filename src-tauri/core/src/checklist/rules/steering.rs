//! Steering rules: how the year is going as of the evaluation date. Objectives and KPIs behind
//! their trajectory (the figures' pace, with its tolerance and seasonality), an objective behind
//! two readings in a row with no adjustment noted since, spending over the envelope or running
//! ahead of the plan, actions over their budget or past their end, KPIs no longer read.
//!
//! These findings depend on the date, not on the plan's quality: the catalogue gives them the
//! steering family, at most warnings, which the report keeps out of the readiness score. Every
//! figure comes from `crate::figures` (pace, expected values, spend to date); nothing is added up
//! here.

use std::collections::HashSet;

use super::super::catalogue::RuleId;
use super::super::context::Context;
use super::super::finding::{Details, Finding, ItemRef, Location};
use crate::figures::{ObjectiveMeasure, Pace};
use crate::plan::{Frequency, KpiId, Objective, Step};

/// Runs the steering rules. Trajectories and spending are judged from the plan year's first day
/// on (before it, money paid in advance is no drift), and only from readings already taken: a
/// reading dated after the evaluation date says nothing yet.
pub(super) fn run(cx: &Context, out: &mut Vec<Finding>) {
    if cx.year.is_some_and(|(start, _)| cx.today >= start) {
        let behind = objectives(cx, out);
        kpis(cx, &behind, out);
        spending(cx, out);
    }
    actions(cx, out);
    kpi_follow_up(cx, out);
}

/// Objectives behind their trajectory at their latest reading; behind two readings in a row
/// with no adjustment noted since the first, the stronger finding replaces the plain one. Returns
/// the KPIs counted by an objective found behind, whose own delay says nothing more.
fn objectives(cx: &Context, out: &mut Vec<Finding>) -> HashSet<KpiId> {
    let mut counted = HashSet::new();
    for (objective, figures) in cx.plan.objectives.iter().zip(&cx.figures.objectives) {
        let ObjectiveMeasure::Measured {
            measured,
            expected,
            at,
            pace: Pace::Behind,
            ..
        } = figures.measure
        else {
            continue;
        };
        if at > cx.today {
            continue;
        }
        counted.extend(figures.kpis.iter().copied());
        let details = Details {
            value: Some(measured),
            expected: Some(expected),
            unit: Some(objective.unit.trim().to_string()),
            date: Some(at),
            ..Details::named(&objective.title)
        };
        let unanswered = match figures.behind_at.as_slice() {
            [_, first, ..] => !adjusted_since(cx, objective, *first),
            _ => false,
        };
        let rule = if unanswered {
            RuleId::ObjectiveDriftUnanswered
        } else {
            RuleId::ObjectiveBehind
        };
        let location = Location::item(
            Step::Objectives,
            ItemRef::objective(objective.id),
            Some("target"),
        );
        out.push(Finding::new(rule, location, details));
    }
    counted
}

/// Whether an adjustment dated on or after `since` may answer `objective`'s drift: one about the
/// objective, about an action serving it, or about the plan as a whole.
fn adjusted_since(cx: &Context, objective: &Objective, since: chrono::NaiveDate) -> bool {
    let serves = |action: crate::plan::ActionId| {
        cx.plan
            .actions
            .iter()
            .any(|a| a.id == action && a.objective_ids.contains(&objective.id))
    };
    cx.plan.adjustments.iter().any(|a| {
        a.date >= since
            && match (a.objective_id, a.action_id) {
                (Some(o), _) if o == objective.id => true,
                (_, Some(action)) => serves(action),
                (None, None) => true,
                (Some(_), None) => false,
            }
    })
}

/// KPIs behind their trajectory, unless an objective found behind already counts them.
fn kpis(cx: &Context, counted: &HashSet<KpiId>, out: &mut Vec<Finding>) {
    for (kpi, figures) in cx.plan.kpis.iter().zip(&cx.figures.kpis) {
        let read = figures.latest.as_ref().map(|m| m.date);
        if figures.pace != Pace::Behind
            || counted.contains(&kpi.id)
            || read.is_none_or(|date| date > cx.today)
        {
            continue;
        }
        let details = Details {
            value: figures.measured,
            expected: figures.expected,
            unit: Some(kpi.unit.trim().to_string()),
            date: read,
            ..Details::named(&kpi.name)
        };
        let location = Location::item(Step::Kpis, ItemRef::kpi(kpi.id), Some("measurements"));
        out.push(Finding::new(RuleId::KpiBehind, location, details));
    }
}

/// Spending over the envelope, or else running ahead of what the plan foresaw by the date.
fn spending(cx: &Context, out: &mut Vec<Finding>) {
    let spend = &cx.figures.spend;
    let currency = Some(cx.plan.company.currency.clone());
    if spend.over_envelope.is_some() {
        let details = Details {
            amount: Some(spend.actual),
            limit_amount: cx.figures.budget.envelope,
            currency,
            ..Details::default()
        };
        out.push(Finding::new(
            RuleId::SpendOverEnvelope,
            Location::at(Step::Budget, Some("envelope")),
            details,
        ));
    } else if spend.ahead {
        let details = Details {
            amount: Some(spend.actual),
            limit_amount: Some(spend.planned),
            currency,
            date: Some(cx.today),
            ..Details::default()
        };
        out.push(Finding::new(
            RuleId::SpendAhead,
            Location::at(Step::Budget, None),
            details,
        ));
    }
}

/// Actions over their own budget (cancelled ones too: money spent is spent), and live actions
/// past their end and not finished.
fn actions(cx: &Context, out: &mut Vec<Finding>) {
    for action in &cx.plan.actions {
        if let (Some(planned), Some(spent)) = (action.planned_budget, action.actual_spend) {
            if spent > planned {
                let details = Details {
                    amount: Some(spent),
                    limit_amount: Some(planned),
                    currency: Some(cx.plan.company.currency.clone()),
                    ..Details::named(&action.title)
                };
                let location = Location::item(
                    Step::Actions,
                    ItemRef::action(action.id),
                    Some("actualSpend"),
                );
                out.push(Finding::new(RuleId::ActionOverspent, location, details));
            }
        }
    }
    for action in &cx.live {
        if crate::figures::actions::is_overdue(action, cx.today) {
            let location =
                Location::item(Step::Actions, ItemRef::action(action.id), Some("status"));
            let details = Details {
                date: action.end,
                ..Details::named(&action.title)
            };
            out.push(Finding::new(RuleId::ActionOverdue, location, details));
        }
    }
}

/// Days in one measuring period, and the days of grace after it (half a period, at least a week).
pub(crate) fn period_and_grace(frequency: Frequency) -> (i64, i64) {
    let period = match frequency {
        Frequency::Weekly => 7,
        Frequency::Monthly => 31,
        Frequency::Quarterly => 92,
        Frequency::Yearly => 366,
    };
    (period, (period / 2).max(7))
}

/// KPIs whose follow-up stopped: one and a half of their periods (at least two weeks) have gone
/// by without a reading, counted from the last reading or from January 1st of the plan year,
/// whichever is later. Only checked once `today` has reached the plan year; the half period of
/// grace leaves room for a figure read a bit late. ("This month" lists a reading as due as soon
/// as its period ends; this finding says the follow-up has stopped.)
fn kpi_follow_up(cx: &Context, out: &mut Vec<Finding>) {
    let Some((year_start, _)) = cx.year else {
        return;
    };
    if cx.today < year_start {
        return;
    }
    for kpi in &cx.plan.kpis {
        let Some(frequency) = kpi.frequency else {
            continue;
        };
        let last = kpi.measurements.iter().map(|m| m.date).max();
        let since = last.map_or(year_start, |d| d.max(year_start));
        let (period, grace) = period_and_grace(frequency);
        if (cx.today - since).num_days() > period + grace {
            let details = Details {
                date: last,
                frequency: Some(frequency),
                ..Details::named(&kpi.name)
            };
            let location = Location::item(Step::Kpis, ItemRef::kpi(kpi.id), Some("measurements"));
            out.push(Finding::new(RuleId::KpiNotMeasured, location, details));
        }
    }
}
