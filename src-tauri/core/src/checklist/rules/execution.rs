//! Execution rules: who does what, when, with what money. Cancelled actions are left out.
//!
//! They read the actions, the envelope, the company size and the plan year. What depends on the
//! date (overdue actions, readings, spending) is the steering family's.

use std::collections::HashMap;

use chrono::{Datelike, NaiveDate};

use super::super::catalogue::RuleId;
use super::super::context::Context;
use super::super::finding::{Details, Finding, ItemRef, Location};
use super::super::words::{blank, normalize};
use super::count;
use crate::plan::{Action, CompanySize, Step};

/// Fewest live actions before one owner's share is checked.
pub(crate) const OWNER_CHECK_FROM: usize = 4;
/// Fewest actions with a channel before a single channel is flagged.
pub(crate) const CHANNEL_CHECK_FROM: usize = 3;
/// Fewest dated actions before a single quarter is flagged.
pub(crate) const QUARTER_CHECK_FROM: usize = 4;
/// Most live actions a micro business (TPE) can carry in a year.
pub(crate) const MAX_ACTIONS_TPE: usize = 15;
/// Most live actions a small or medium business (PME) can carry in a year.
pub(crate) const MAX_ACTIONS_PME: usize = 40;

/// Runs the execution rules.
pub(super) fn run(cx: &Context, out: &mut Vec<Finding>) {
    if cx.live.is_empty() {
        out.push(Finding::new(
            RuleId::NoAction,
            Location::at(Step::Actions, None),
            Details::default(),
        ));
    }
    for action in &cx.live {
        each_action(cx, action, out);
    }
    owner_share(cx, out);
    channels(cx, out);
    quarters(cx, out);
    budget(cx, out);
    team_size(cx, out);
}

/// The rules on one live action: owner, dates, budget, year, milestones, overdue.
fn each_action(cx: &Context, action: &Action, out: &mut Vec<Finding>) {
    let at = |field| Location::item(Step::Actions, ItemRef::action(action.id), Some(field));
    let named = || Details::named(&action.title);
    if blank(&action.owner) {
        out.push(Finding::new(RuleId::ActionNoOwner, at("owner"), named()));
    }
    match (action.start, action.end) {
        (None, _) => out.push(Finding::new(RuleId::ActionNotDated, at("start"), named())),
        (Some(_), None) => out.push(Finding::new(RuleId::ActionNotDated, at("end"), named())),
        (Some(start), Some(end)) if end < start => {
            out.push(Finding::new(
                RuleId::ActionEndsBeforeStart,
                at("end"),
                named(),
            ));
        }
        (Some(start), Some(end)) => {
            let mut outside = action
                .milestones
                .iter()
                .enumerate()
                .filter(|(_, m)| m.date.is_some_and(|d| d < start || d > end))
                .peekable();
            if let Some(&(index, first)) = outside.peek() {
                let other_name = Some(first.title.trim().to_string());
                let details = Details {
                    other_name,
                    count: Some(count(outside.count())),
                    ..named()
                };
                out.push(Finding::new(
                    RuleId::MilestoneOutsideAction,
                    at("milestones.date").at_index(index),
                    details,
                ));
            }
        }
    }
    if action.planned_budget.is_none() {
        out.push(Finding::new(
            RuleId::ActionNoBudget,
            at("plannedBudget"),
            named(),
        ));
    }
    if let (Some((year_start, year_end)), Some(first)) = (cx.year, action.start.or(action.end)) {
        let last = action.end.unwrap_or(first);
        if first > year_end || last < year_start {
            let details = Details {
                year: Some(cx.plan.company.plan_year),
                ..named()
            };
            out.push(Finding::new(
                RuleId::ActionOutsideYear,
                at("start"),
                details,
            ));
        }
    }
}

/// One owner carrying more than half of the live actions (from four actions on). Owners are
/// compared without case or spacing differences.
fn owner_share(cx: &Context, out: &mut Vec<Finding>) {
    let total = cx.live.len();
    if total < OWNER_CHECK_FROM {
        return;
    }
    let mut counts: HashMap<String, (usize, &str)> = HashMap::new();
    for action in &cx.live {
        let key = normalize(&action.owner);
        if !key.is_empty() {
            counts.entry(key).or_insert((0, action.owner.trim())).0 += 1;
        }
    }
    let busiest = counts
        .into_values()
        .max_by(|a, b| a.0.cmp(&b.0).then_with(|| b.1.cmp(a.1)));
    if let Some((n, owner)) = busiest {
        if n * 2 > total {
            let details = Details {
                count: Some(count(n)),
                total: Some(count(total)),
                ..Details::named(owner)
            };
            out.push(Finding::new(
                RuleId::OwnerOverloaded,
                Location::at(Step::Actions, Some("owner")),
                details,
            ));
        }
    }
}

/// Every live action with a channel going through the same one (from three actions on).
fn channels(cx: &Context, out: &mut Vec<Finding>) {
    let mut with_channel = cx.live.iter().filter_map(|a| a.channel);
    let Some(first) = with_channel.next() else {
        return;
    };
    let mut n = 1;
    for channel in with_channel {
        if channel != first {
            return;
        }
        n += 1;
    }
    if n >= CHANNEL_CHECK_FROM {
        let details = Details {
            channel: Some(first),
            count: Some(count(n)),
            ..Details::default()
        };
        out.push(Finding::new(
            RuleId::SingleChannel,
            Location::at(Step::Actions, Some("channel")),
            details,
        ));
    }
}

/// The quarter (year and 1 to 4) a date falls in.
fn quarter(date: NaiveDate) -> (i32, u8) {
    let q = u8::try_from(date.month0() / 3 + 1).unwrap_or(4);
    (date.year(), q)
}

/// Every dated live action starting in one quarter (from four actions on), and no live action
/// running during the plan year's first quarter.
fn quarters(cx: &Context, out: &mut Vec<Finding>) {
    let starts: Vec<NaiveDate> = cx.live.iter().filter_map(|a| a.start).collect();
    let Some(&first) = starts.first() else {
        return;
    };
    let (year, q) = quarter(first);
    if starts.len() >= QUARTER_CHECK_FROM && starts.iter().all(|&d| quarter(d) == (year, q)) {
        let details = Details {
            count: Some(count(starts.len())),
            quarter: Some(q),
            year: Some(year),
            ..Details::default()
        };
        out.push(Finding::new(
            RuleId::ActionsOneQuarter,
            Location::at(Step::Actions, Some("start")),
            details,
        ));
    }
    let Some((year_start, _)) = cx.year else {
        return;
    };
    let Some(q1_end) = NaiveDate::from_ymd_opt(year_start.year(), 3, 31) else {
        return;
    };
    let runs_in_q1 = cx.live.iter().any(|a| match a.start {
        Some(start) => start <= q1_end && a.end.unwrap_or(start).max(start) >= year_start,
        None => false,
    });
    if !runs_in_q1 {
        let details = Details {
            year: Some(year_start.year()),
            ..Details::default()
        };
        out.push(Finding::new(
            RuleId::NoActionFirstQuarter,
            Location::at(Step::Actions, Some("start")),
            details,
        ));
    }
}

/// No envelope, or live actions planning more than it.
fn budget(cx: &Context, out: &mut Vec<Finding>) {
    let location = Location::at(Step::Budget, Some("envelope"));
    let Some(envelope) = cx.plan.budget.envelope else {
        out.push(Finding::new(
            RuleId::NoEnvelope,
            location,
            Details::default(),
        ));
        return;
    };
    let planned = crate::figures::budget::exact_total(cx.plan).planned;
    if planned > envelope {
        let details = Details {
            amount: Some(planned),
            limit_amount: Some(envelope),
            currency: Some(cx.plan.company.currency.clone()),
            ..Details::default()
        };
        out.push(Finding::new(RuleId::BudgetOverEnvelope, location, details));
    }
}

/// More live actions than a business of this size can carry.
fn team_size(cx: &Context, out: &mut Vec<Finding>) {
    let limit = match cx.plan.company.size {
        Some(CompanySize::Tpe) => MAX_ACTIONS_TPE,
        Some(CompanySize::Pme) => MAX_ACTIONS_PME,
        Some(CompanySize::Eti) | None => return,
    };
    if cx.live.len() > limit {
        let details = Details {
            count: Some(count(cx.live.len())),
            limit: Some(count(limit)),
            size: cx.plan.company.size,
            ..Details::default()
        };
        out.push(Finding::new(
            RuleId::TooManyActions,
            Location::at(Step::Actions, None),
            details,
        ));
    }
}
