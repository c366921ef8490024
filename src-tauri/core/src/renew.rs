//! Renewing a plan for a new year, and comparing two years of the same company.
//!
//! It owns what carries over from one year to the next, what the owner's decisions on last
//! year's actions change, and the review and comparison figures drawn from last year's plan.
//! Pure functions over plans: the caller stores the renewed plan and links it to the previous one.

use std::collections::{HashMap, HashSet};

use chrono::{Datelike, Months, NaiveDate};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::{Error, Result};
use crate::plan::validate::{self, PLAN_YEARS};
use crate::plan::{
    Action, ActionId, ActionReview, ActionStatus, Company, Diagnostic, Kpi, Milestone, Money,
    Objective, ObjectiveId, ObjectiveReview, Plan, PlanStart, PlanUid, Review, ReviewDecision,
    YearEnd,
};

/// The owner's decision on one of last year's actions, given when renewing.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ActionDecision {
    /// The action's id in last year's plan.
    pub action_id: ActionId,
    /// None while undecided: the action is then carried over.
    pub decision: Option<ReviewDecision>,
    /// Why; for a correction, what to change (it becomes the carried action's correction note).
    pub note: String,
}

/// Decisions given when renewing, over those stored in last year's year-end review
/// (`Plan::year_end`): what `boussole renew --decisions FILE` reads.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct RenewOptions {
    /// Decisions on last year's actions, at most one per action; an action not listed keeps the
    /// decision stored in the review, or none.
    pub decisions: Vec<ActionDecision>,
}

/// Where the review of last year's actions stands, so the UI can warn before renewing.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct ReviewStatus {
    /// How many actions last year's plan has.
    pub actions: usize,
    /// How many of them have a decision.
    pub decided: usize,
    /// Every action has a decision.
    pub complete: bool,
    /// How many actions will be carried over only because they have no decision.
    pub carried_by_default: usize,
    /// What renewing now does with each of last year's actions, in the plan's order.
    pub outcomes: Vec<ActionOutcome>,
    /// Objectives carried over as drafts to confirm.
    pub objectives_carried: usize,
    /// KPIs carried over with their last measurement as baseline.
    pub kpis_carried: usize,
    /// Each objective of last year's plan with its result, in the plan's order.
    pub objectives: Vec<ObjectiveOutcome>,
    /// The lessons of the year, as stored in the review.
    pub lessons: String,
    /// Titles that will be carried with a year written in them ("d'ici fin 2027"), for the owner
    /// to update in the new plan.
    pub dated_titles: Vec<DatedTitle>,
    /// The currency of the plan's amounts.
    pub currency: String,
}

/// How one of last year's objectives turned out.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct ObjectiveOutcome {
    pub objective_id: ObjectiveId,
    pub title: String,
    pub target: Option<f64>,
    pub unit: String,
    /// What its KPIs measured by the end of the year (the figures'), if anything.
    pub measured: Option<f64>,
    /// The final result the owner wrote in the review, if any.
    pub result: Option<f64>,
    pub comment: String,
}

/// A carried title with a year written in it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct DatedTitle {
    /// "action" or "objective".
    pub kind: String,
    pub id: u32,
    pub title: String,
    /// The year written, at most the year of the plan being renewed.
    pub year: i32,
}

/// What renewing does with one of last year's actions, with what the decision is made on: the
/// action's status, dates, planned budget and actual spend.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct ActionOutcome {
    pub action_id: ActionId,
    pub title: String,
    pub decision: Option<ReviewDecision>,
    /// The note of the decision (stored in the review, or given).
    pub note: String,
    /// The action appears in the new plan.
    pub carried: bool,
    pub status: ActionStatus,
    pub start: Option<NaiveDate>,
    pub end: Option<NaiveDate>,
    pub planned_budget: Option<Money>,
    pub actual_spend: Option<Money>,
}

/// Two years of a plan side by side: objectives, budget and KPIs.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct YearOverYear {
    pub previous_year: i32,
    pub current_year: i32,
    /// Last year's objectives in their order, then this year's new ones.
    pub objectives: Vec<ObjectiveComparison>,
    pub budget: BudgetComparison,
    /// Last year's KPIs in their order, then this year's new ones.
    pub kpis: Vec<KpiComparison>,
}

/// Whether a compared item exists in one year or both.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub enum Presence {
    Both,
    PreviousOnly,
    CurrentOnly,
}

/// One objective, matched by title across the two years.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct ObjectiveComparison {
    /// This year's title when the objective exists this year, else last year's.
    pub title: String,
    pub unit: String,
    pub presence: Presence,
    pub previous_target: Option<f64>,
    /// The latest measurement of last year's KPIs linked to the objective.
    pub previous_measured: Option<f64>,
    pub current_target: Option<f64>,
}

/// The budget of the two years; planned amounts leave cancelled actions out.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct BudgetComparison {
    pub previous_envelope: Option<Money>,
    pub previous_planned: Option<Money>,
    pub previous_spent: Option<Money>,
    pub current_envelope: Option<Money>,
    pub current_planned: Option<Money>,
}

/// One KPI, matched by name across the two years.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct KpiComparison {
    /// This year's name when the KPI exists this year, else last year's.
    pub name: String,
    pub unit: String,
    pub presence: Presence,
    pub previous_target: Option<f64>,
    /// Last year's latest measurement.
    pub previous_last_measured: Option<f64>,
    pub current_target: Option<f64>,
}

/// Says what renewing `previous` with these decisions would carry over, before doing it.
pub fn review_status(previous: &Plan, options: &RenewOptions) -> Result<ReviewStatus> {
    let decisions = decisions_by_action(previous, options)?;
    let outcomes: Vec<ActionOutcome> = previous
        .actions
        .iter()
        .map(|a| {
            let given = decisions.get(&a.id);
            let decision = given.and_then(|d| d.decision);
            ActionOutcome {
                action_id: a.id,
                title: a.title.clone(),
                decision,
                note: given.map(|d| d.note.clone()).unwrap_or_default(),
                carried: carried(a, decision),
                status: a.status,
                start: a.start,
                end: a.end,
                planned_budget: a.planned_budget,
                actual_spend: a.actual_spend,
            }
        })
        .collect();
    let objectives = previous
        .objectives
        .iter()
        .map(|o| {
            let closing = previous
                .year_end
                .objectives
                .iter()
                .find(|c| c.objective_id == o.id);
            ObjectiveOutcome {
                objective_id: o.id,
                title: o.title.clone(),
                target: o.target,
                unit: o.unit.clone(),
                measured: objective_measured(previous, o),
                result: closing.and_then(|c| c.result),
                comment: closing.map(|c| c.comment.clone()).unwrap_or_default(),
            }
        })
        .collect();
    let year = previous.company.plan_year;
    let mut dated_titles: Vec<DatedTitle> = Vec::new();
    for o in &outcomes {
        if let Some(y) = o.carried.then(|| past_year_in(&o.title, year)).flatten() {
            dated_titles.push(DatedTitle {
                kind: "action".into(),
                id: o.action_id.0,
                title: o.title.clone(),
                year: y,
            });
        }
    }
    for o in &previous.objectives {
        if let Some(y) = past_year_in(&o.title, year) {
            dated_titles.push(DatedTitle {
                kind: "objective".into(),
                id: o.id.0,
                title: o.title.clone(),
                year: y,
            });
        }
    }
    let decided = outcomes.iter().filter(|o| o.decision.is_some()).count();
    Ok(ReviewStatus {
        actions: outcomes.len(),
        decided,
        complete: decided == outcomes.len(),
        carried_by_default: outcomes
            .iter()
            .filter(|o| o.decision.is_none() && o.carried)
            .count(),
        outcomes,
        objectives_carried: previous.objectives.len(),
        kpis_carried: previous.kpis.len(),
        objectives,
        lessons: previous.year_end.lessons.clone(),
        dated_titles,
        currency: previous.company.currency.clone(),
    })
}

/// The latest year written in `text` that is not after `year` ("d'ici fin 2027" in a 2027
/// plan): a title that will read out of date once carried into a later year. Years are four
/// digits on their own, from 1900 to 2099.
pub fn past_year_in(text: &str, year: i32) -> Option<i32> {
    let bytes = text.as_bytes();
    let mut found = None;
    let mut i = 0;
    while i < bytes.len() {
        if !bytes[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        let start = i;
        while i < bytes.len() && bytes[i].is_ascii_digit() {
            i += 1;
        }
        if i - start == 4 {
            if let Ok(y) = text[start..i].parse::<i32>() {
                if (1900..=2099).contains(&y) && y <= year {
                    found = found.max(Some(y));
                }
            }
        }
    }
    found
}

/// The plan for `year` renewing `previous`: strategy carried over, last year's actions kept,
/// corrected or abandoned as decided, figures restarted from last year's measurements.
pub fn renew(previous: &Plan, year: i32, options: &RenewOptions) -> Result<Plan> {
    let from = previous.company.plan_year;
    if !PLAN_YEARS.contains(&year) {
        return Err(Error::invalid(
            "year",
            format!(
                "must be a year between {} and {}",
                PLAN_YEARS.start(),
                PLAN_YEARS.end()
            ),
        ));
    }
    if year <= from {
        return Err(Error::invalid(
            "year",
            format!("must come after {from}, the year of the plan being renewed"),
        ));
    }
    let years = year - from;
    let decisions = decisions_by_action(previous, options)?;
    // Destructured in full so that a new section of the model cannot be forgotten here.
    let Plan {
        id: _,
        previous_id: _,
        start,
        company,
        diagnostic,
        review: _,
        targets,
        positioning,
        objectives,
        mix,
        actions,
        budget,
        kpis,
        notes,
        dismissals: _,
        adjustments: _,
        year_end,
    } = previous;

    let mut carried_actions = Vec::with_capacity(actions.len());
    for (i, action) in actions.iter().enumerate() {
        let decision = decisions.get(&action.id);
        if let Some(action) = carry_action(action, i, decision, years)? {
            carried_actions.push(action);
        }
    }
    let mut carried_objectives = Vec::with_capacity(objectives.len());
    for (i, objective) in objectives.iter().enumerate() {
        carried_objectives.push(Objective {
            baseline: objective_measured(previous, objective).or(objective.baseline),
            deadline: moved(objective.deadline, years, || {
                format!("objectives[{i}].deadline")
            })?,
            draft: true,
            ..objective.clone()
        });
    }
    let mut plan = Plan {
        id: Some(PlanUid::new()),
        previous_id: Some(previous.identity()),
        start: PlanStart {
            example: false,
            trade: start.trade.clone(),
            visited_steps: vec![],
            // A starting point's figures never confirmed stay marked, unless renewal replaced
            // them (a baseline restarting from last year's measurement).
            example_figures: start.example_figures.clone(),
        },
        company: Company {
            plan_year: year,
            ..company.clone()
        },
        diagnostic: Diagnostic {
            to_review: true,
            ..diagnostic.clone()
        },
        review: prefilled_review(previous, year_end, &decisions),
        targets: targets.clone(),
        positioning: positioning.clone(),
        objectives: carried_objectives,
        mix: mix.clone(),
        actions: carried_actions,
        budget: budget.clone(),
        kpis: kpis.iter().map(carry_kpi).collect(),
        notes: notes.clone(),
        dismissals: vec![],
        adjustments: vec![],
        year_end: YearEnd {
            actions: vec![],
            objectives: vec![],
            lessons: String::new(),
        },
    };
    plan.start.example_figures = crate::plan::still_examples(previous, &plan);
    validate::plan(&plan)?;
    Ok(plan)
}

/// Compares last year's plan with this year's: objectives by title, KPIs by name, and budgets.
pub fn compare(previous: &Plan, current: &Plan) -> YearOverYear {
    let objectives = pair_by(&previous.objectives, &current.objectives, |o| &o.title)
        .into_iter()
        .map(|(before, now)| {
            let shown = now.or(before);
            ObjectiveComparison {
                title: shown.map(|o| o.title.clone()).unwrap_or_default(),
                unit: shown.map(|o| o.unit.clone()).unwrap_or_default(),
                presence: presence(before.is_some(), now.is_some()),
                previous_target: before.and_then(|o| o.target),
                previous_measured: before.and_then(|o| objective_measured(previous, o)),
                current_target: now.and_then(|o| o.target),
            }
        })
        .collect();
    let kpis = pair_by(&previous.kpis, &current.kpis, |k| &k.name)
        .into_iter()
        .map(|(before, now)| {
            let shown = now.or(before);
            KpiComparison {
                name: shown.map(|k| k.name.clone()).unwrap_or_default(),
                unit: shown.map(|k| k.unit.clone()).unwrap_or_default(),
                presence: presence(before.is_some(), now.is_some()),
                previous_target: before.and_then(|k| k.target),
                previous_last_measured: before
                    .and_then(crate::figures::progress::latest)
                    .map(|m| m.value),
                current_target: now.and_then(|k| k.target),
            }
        })
        .collect();
    YearOverYear {
        previous_year: previous.company.plan_year,
        current_year: current.company.plan_year,
        objectives,
        budget: BudgetComparison {
            previous_envelope: previous.budget.envelope,
            previous_planned: planned_total(previous),
            previous_spent: spent_total(previous),
            current_envelope: current.budget.envelope,
            current_planned: planned_total(current),
        },
        kpis,
    }
}

/// Moves a date by whole years. The last day of a month stays the last day of that month, so
/// 29 February 2028 becomes 28 February 2029 and 28 February 2027 becomes 29 February 2028.
pub fn shift_years(date: NaiveDate, years: i32) -> Option<NaiveDate> {
    let year = date.year().checked_add(years)?;
    let target_last = last_day_of_month(year, date.month())?;
    let day = if Some(date.day()) == last_day_of_month(date.year(), date.month()) {
        target_last
    } else {
        date.day().min(target_last)
    };
    NaiveDate::from_ymd_opt(year, date.month(), day)
}

fn last_day_of_month(year: i32, month: u32) -> Option<u32> {
    let first = NaiveDate::from_ymd_opt(year, month, 1)?;
    Some(first.checked_add_months(Months::new(1))?.pred_opt()?.day())
}

/// Moves an optional date; a date that cannot be moved is an error on its field.
fn moved(
    date: Option<NaiveDate>,
    years: i32,
    field: impl FnOnce() -> String,
) -> Result<Option<NaiveDate>> {
    match date {
        None => Ok(None),
        Some(d) => shift_years(d, years).map(Some).ok_or_else(|| {
            Error::invalid(field(), format!("cannot be moved {years} year(s) later"))
        }),
    }
}

/// The decision on each of last year's actions: the one stored in its year-end review, unless
/// `options` gives another; unknown or repeated actions in `options` are refused.
fn decisions_by_action(
    previous: &Plan,
    options: &RenewOptions,
) -> Result<HashMap<ActionId, ActionDecision>> {
    let known: HashSet<ActionId> = previous.actions.iter().map(|a| a.id).collect();
    let mut by_action: HashMap<ActionId, ActionDecision> = previous
        .year_end
        .actions
        .iter()
        .filter(|c| known.contains(&c.action_id))
        .map(|c| {
            (
                c.action_id,
                ActionDecision {
                    action_id: c.action_id,
                    decision: c.decision,
                    note: c.note.clone(),
                },
            )
        })
        .collect();
    let mut given = HashSet::with_capacity(options.decisions.len());
    for (i, d) in options.decisions.iter().enumerate() {
        let field = || format!("decisions[{i}].actionId");
        if !known.contains(&d.action_id) {
            return Err(Error::invalid(
                field(),
                format!(
                    "points to action {}, which does not exist in last year's plan",
                    d.action_id
                ),
            ));
        }
        if !given.insert(d.action_id) {
            return Err(Error::invalid(
                field(),
                format!("repeats a decision on action {}", d.action_id),
            ));
        }
        by_action.insert(d.action_id, d.clone());
    }
    Ok(by_action)
}

/// Whether renewal carries an action: unless abandoned; a cancelled action only when the owner
/// decided to keep or correct it (left undecided, it is not brought back).
fn carried(action: &Action, decision: Option<ReviewDecision>) -> bool {
    match decision {
        Some(ReviewDecision::Abandon) => false,
        Some(ReviewDecision::Keep | ReviewDecision::Correct) => true,
        None => action.status != ActionStatus::Cancelled,
    }
}

/// Last year's action as this year's, or none when abandoned. It keeps its id, so the review's
/// `actionId` names it in both plans.
fn carry_action(
    action: &Action,
    i: usize,
    decision: Option<&ActionDecision>,
    years: i32,
) -> Result<Option<Action>> {
    let chosen = decision.and_then(|d| d.decision);
    if !carried(action, chosen) {
        return Ok(None);
    }
    let correction_note = match chosen {
        Some(ReviewDecision::Correct) => decision.map(|d| d.note.clone()).unwrap_or_default(),
        _ => String::new(),
    };
    let mut milestones = Vec::with_capacity(action.milestones.len());
    for (j, m) in action.milestones.iter().enumerate() {
        milestones.push(Milestone {
            title: m.title.clone(),
            date: moved(m.date, years, || {
                format!("actions[{i}].milestones[{j}].date")
            })?,
            done: false,
        });
    }
    Ok(Some(Action {
        start: moved(action.start, years, || format!("actions[{i}].start"))?,
        end: moved(action.end, years, || format!("actions[{i}].end"))?,
        milestones,
        actual_spend: None,
        status: ActionStatus::Planned,
        correction_note,
        ..action.clone()
    }))
}

/// Last year's KPI restarted: its last measurement becomes the baseline.
fn carry_kpi(kpi: &Kpi) -> Kpi {
    Kpi {
        baseline: crate::figures::progress::latest(kpi)
            .map(|m| m.value)
            .or(kpi.baseline),
        measurements: vec![],
        ..kpi.clone()
    }
}

/// The review of `previous` as next year's plan shows it: its actions with the decisions, its
/// objectives with their results (the owner's, else the figures'), its budget and lessons.
fn prefilled_review(
    previous: &Plan,
    year_end: &YearEnd,
    decisions: &HashMap<ActionId, ActionDecision>,
) -> Review {
    Review {
        previous_year: Some(previous.company.plan_year),
        actions: previous
            .actions
            .iter()
            .map(|a| {
                let d = decisions.get(&a.id);
                ActionReview {
                    action_id: a.id,
                    title: a.title.clone(),
                    decision: d.and_then(|d| d.decision),
                    note: d.map(|d| d.note.clone()).unwrap_or_default(),
                }
            })
            .collect(),
        objectives: previous
            .objectives
            .iter()
            .map(|o| {
                let closing = year_end.objectives.iter().find(|c| c.objective_id == o.id);
                ObjectiveReview {
                    objective_id: o.id,
                    title: o.title.clone(),
                    target: o.target,
                    measured: closing
                        .and_then(|c| c.result)
                        .or_else(|| objective_measured(previous, o)),
                    unit: o.unit.clone(),
                    comment: closing.map(|c| c.comment.clone()).unwrap_or_default(),
                }
            })
            .collect(),
        budget_planned: planned_total(previous),
        budget_spent: spent_total(previous),
        lessons: year_end.lessons.clone(),
    }
}

/// What an objective measured by the end of its plan: its figures' measured value, from its KPIs
/// in its own unit (a conversion rate is no baseline for a revenue); none when not measured.
fn objective_measured(plan: &Plan, objective: &Objective) -> Option<f64> {
    // The measured value does not depend on the date the figures are worked out for.
    let year_end =
        NaiveDate::from_ymd_opt(plan.company.plan_year, 12, 31).unwrap_or(NaiveDate::MAX);
    let figures = crate::figures::progress::objectives(plan, year_end);
    figures
        .into_iter()
        .find(|f| f.id == objective.id)
        .and_then(|f| match f.measure {
            crate::figures::ObjectiveMeasure::Measured { measured, .. } => Some(measured),
            _ => None,
        })
}

/// The planned total of the plan's actions (cancelled ones left out, by the figures' rule); none
/// when no action still counted on has a budget.
fn planned_total(plan: &Plan) -> Option<Money> {
    plan.actions
        .iter()
        .any(|a| a.status != ActionStatus::Cancelled && a.planned_budget.is_some())
        .then(|| crate::figures::budget::exact_total(plan).planned)
}

/// The actual spend of the plan's actions, cancelled ones included; none when no action has any.
fn spent_total(plan: &Plan) -> Option<Money> {
    plan.actions
        .iter()
        .any(|a| a.actual_spend.is_some())
        .then(|| crate::figures::budget::exact_total(plan).actual)
}

fn presence(before: bool, now: bool) -> Presence {
    match (before, now) {
        (true, false) => Presence::PreviousOnly,
        (false, true) => Presence::CurrentOnly,
        _ => Presence::Both,
    }
}

/// Pairs items of two years by a text key (see `same_text`): each of last year's items with the
/// first unpaired item of this year with the same key, then this year's unpaired items.
fn pair_by<'a, T>(
    previous: &'a [T],
    current: &'a [T],
    key: impl Fn(&T) -> &String,
) -> Vec<(Option<&'a T>, Option<&'a T>)> {
    let mut unpaired: HashMap<String, Vec<usize>> = HashMap::new();
    for (i, item) in current.iter().enumerate().rev() {
        unpaired.entry(match_key(key(item))).or_default().push(i);
    }
    let mut used = vec![false; current.len()];
    let mut pairs = Vec::with_capacity(previous.len() + current.len());
    for item in previous {
        let found = unpaired.get_mut(&match_key(key(item))).and_then(Vec::pop);
        if let Some(i) = found {
            used[i] = true;
        }
        pairs.push((Some(item), found.and_then(|i| current.get(i))));
    }
    pairs.extend(
        current
            .iter()
            .zip(used)
            .filter(|(_, used)| !used)
            .map(|(item, _)| (None, Some(item))),
    );
    pairs
}

/// The key two texts are paired by: the same title when they differ only by case, spacing or
/// apostrophe style.
fn match_key(text: &str) -> String {
    text.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
        .replace('\u{2019}', "'")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plan::{
        Channel, Dismissal, KeyResult, KpiId, Language, Lever, Measurement, ObjectiveCategory,
        ObjectiveId,
    };

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn action(id: u32, title: &str) -> Action {
        Action {
            segment_ids: vec![],
            persona_ids: vec![],
            id: ActionId(id),
            title: title.into(),
            description: "Décrite".into(),
            objective_ids: vec![ObjectiveId(1)],
            lever: Some(Lever::Promotion),
            channel: Some(Channel::Events),
            owner: "Anne".into(),
            start: Some(d(2027, 3, 1)),
            end: Some(d(2027, 3, 31)),
            milestones: vec![Milestone {
                title: "Stand réservé".into(),
                date: Some(d(2027, 2, 28)),
                done: true,
            }],
            planned_budget: Some(Money::from_units(1_000)),
            actual_spend: Some(Money::from_units(1_200)),
            status: ActionStatus::Done,
            correction_note: "Ancienne correction".into(),
        }
    }

    fn objective(id: u32, title: &str, unit: &str) -> Objective {
        Objective {
            monthly_profile: None,
            id: ObjectiveId(id),
            title: title.into(),
            category: ObjectiveCategory::Business,
            metric: "ventes".into(),
            baseline: Some(10.0),
            target: Some(100.0),
            unit: unit.into(),
            deadline: Some(d(2027, 12, 31)),
            parent_id: None,
            key_results: vec![KeyResult {
                title: "Un".into(),
                target: Some(1.0),
                unit: String::new(),
            }],
            north_star: id == 1,
            draft: false,
        }
    }

    fn kpi(
        id: u32,
        name: &str,
        objective: u32,
        unit: &str,
        measurements: &[(NaiveDate, f64)],
    ) -> Kpi {
        Kpi {
            counts: crate::plan::KpiCounts::Level,
            id: KpiId(id),
            name: name.into(),
            objective_id: Some(ObjectiveId(objective)),
            baseline: Some(5.0),
            target: Some(50.0),
            unit: unit.into(),
            frequency: None,
            tool: String::new(),
            measurements: measurements
                .iter()
                .map(|&(date, value)| Measurement { date, value })
                .collect(),
        }
    }

    /// A 2027 plan with four actions, two objectives and three KPIs.
    fn previous() -> Plan {
        let mut p = Plan::blank("Café Lune", 2027, Language::Fr);
        p.objectives = vec![
            objective(1, "Vendre plus en ligne", "€"),
            objective(2, "Se faire connaître", "%"),
        ];
        p.actions = vec![
            action(1, "Salon"),
            action(2, "Publicité"),
            action(3, "Dépliants"),
            action(4, "Visites"),
        ];
        p.actions[3].status = ActionStatus::Cancelled;
        p.kpis = vec![
            kpi(
                1,
                "Ventes",
                1,
                "€",
                &[
                    (d(2027, 3, 31), 300.0),
                    (d(2027, 11, 30), 900.0),
                    (d(2027, 6, 30), 600.0),
                ],
            ),
            // Measured later but in another unit: not the revenue's figure.
            kpi(2, "Conversion", 1, "%", &[(d(2027, 12, 15), 2.5)]),
            kpi(3, "Notoriété", 2, "%", &[]),
        ];
        p.budget.envelope = Some(Money::from_units(5_000));
        p.notes = "Penser au salon".into();
        p.dismissals = vec![Dismissal {
            rule_id: "x".into(),
            target: String::new(),
            reason: "non".into(),
        }];
        p.review.lessons = "Leçons de 2026".into();
        p
    }

    fn decide(id: u32, decision: Option<ReviewDecision>, note: &str) -> ActionDecision {
        ActionDecision {
            action_id: ActionId(id),
            decision,
            note: note.into(),
        }
    }

    fn options() -> RenewOptions {
        RenewOptions {
            decisions: vec![
                decide(1, Some(ReviewDecision::Keep), "À refaire"),
                decide(2, Some(ReviewDecision::Correct), "Concentrer sur décembre"),
                decide(3, Some(ReviewDecision::Abandon), "Sans effet"),
            ],
        }
    }

    fn renewed() -> Plan {
        renew(&previous(), 2028, &options()).unwrap()
    }

    fn carried(plan: &Plan, id: u32) -> Option<&Action> {
        plan.actions.iter().find(|a| a.id == ActionId(id))
    }

    #[test]
    fn keep_carries_the_action_restarted() {
        let plan = renewed();
        let a = carried(&plan, 1).expect("kept action is carried");
        assert_eq!(a.title, "Salon");
        assert_eq!(a.status, ActionStatus::Planned);
        assert_eq!(a.actual_spend, None);
        assert_eq!(a.planned_budget, Some(Money::from_units(1_000)));
        assert_eq!(a.correction_note, "", "last year's correction is history");
        assert_eq!(a.objective_ids, vec![ObjectiveId(1)]);
        assert_eq!(
            (a.start, a.end),
            (Some(d(2028, 3, 1)), Some(d(2028, 3, 31)))
        );
        assert!(!a.milestones[0].done);
    }

    #[test]
    fn correct_carries_the_action_with_its_correction_note() {
        let a = carried(&renewed(), 2)
            .cloned()
            .expect("corrected action is carried");
        assert_eq!(a.correction_note, "Concentrer sur décembre");
        assert_eq!(a.status, ActionStatus::Planned);
    }

    #[test]
    fn abandon_leaves_the_action_out() {
        assert!(carried(&renewed(), 3).is_none());
    }

    #[test]
    fn a_cancelled_action_is_carried_only_when_kept() {
        assert!(
            carried(&renewed(), 4).is_none(),
            "an undecided cancelled action is left out"
        );
        let plan = renew(&previous(), 2028, &RenewOptions::default()).unwrap();
        assert_eq!(
            plan.actions.len(),
            3,
            "no decision at all carries every action but the cancelled one"
        );
        let kept = RenewOptions {
            decisions: vec![decide(4, Some(ReviewDecision::Keep), "")],
        };
        let plan = renew(&previous(), 2028, &kept).unwrap();
        let a = carried(&plan, 4).expect("a kept cancelled action is carried");
        assert_eq!(a.status, ActionStatus::Planned);
        assert_eq!(a.correction_note, "");
    }

    #[test]
    fn an_undecided_action_with_a_note_keeps_the_note_in_the_review_only() {
        let opts = RenewOptions {
            decisions: vec![decide(2, None, "À voir")],
        };
        let plan = renew(&previous(), 2028, &opts).unwrap();
        assert_eq!(carried(&plan, 2).unwrap().correction_note, "");
        assert_eq!(plan.review.actions[1].note, "À voir");
        assert_eq!(plan.review.actions[1].decision, None);
    }

    #[test]
    fn decisions_on_unknown_or_repeated_actions_are_refused() {
        let unknown = RenewOptions {
            decisions: vec![decide(9, Some(ReviewDecision::Keep), "")],
        };
        let err = renew(&previous(), 2028, &unknown).unwrap_err();
        assert_eq!(
            err.to_string(),
            "decisions[0].actionId: points to action 9, which does not exist in last year's plan"
        );
        let twice = RenewOptions {
            decisions: vec![
                decide(1, Some(ReviewDecision::Keep), ""),
                decide(1, Some(ReviewDecision::Abandon), ""),
            ],
        };
        let err = review_status(&previous(), &twice).unwrap_err();
        assert_eq!(
            err.to_string(),
            "decisions[1].actionId: repeats a decision on action 1"
        );
    }

    #[test]
    fn the_year_must_come_after_the_previous_one() {
        let err = renew(&previous(), 2027, &options()).unwrap_err();
        assert_eq!(
            err.to_string(),
            "year: must come after 2027, the year of the plan being renewed"
        );
        assert_eq!(
            renew(&previous(), 2101, &options()).unwrap_err().kind(),
            crate::ErrorKind::Invalid
        );
    }

    #[test]
    fn skipping_a_year_moves_dates_by_the_gap() {
        let plan = renew(&previous(), 2029, &options()).unwrap();
        assert_eq!(carried(&plan, 1).unwrap().start, Some(d(2029, 3, 1)));
        assert_eq!(plan.objectives[0].deadline, Some(d(2029, 12, 31)));
    }

    #[test]
    fn dates_move_one_year_across_leap_years_and_month_ends() {
        let cases = [
            (d(2028, 2, 29), d(2029, 2, 28)),
            (d(2027, 2, 28), d(2028, 2, 29)),
            (d(2027, 2, 27), d(2028, 2, 27)),
            (d(2028, 2, 28), d(2029, 2, 28)),
            (d(2027, 1, 31), d(2028, 1, 31)),
            (d(2027, 4, 30), d(2028, 4, 30)),
            (d(2027, 12, 31), d(2028, 12, 31)),
            (d(2027, 1, 1), d(2028, 1, 1)),
        ];
        for (from, to) in cases {
            assert_eq!(shift_years(from, 1), Some(to), "{from}");
        }
        assert_eq!(shift_years(d(2028, 2, 29), 4), Some(d(2032, 2, 29)));
    }

    #[test]
    fn leap_day_dates_of_a_plan_are_moved_to_the_end_of_february() {
        let mut p = previous();
        p.company.plan_year = 2028;
        p.actions[0].start = Some(d(2028, 2, 29));
        p.actions[0].milestones[0].date = Some(d(2028, 2, 29));
        p.objectives[0].deadline = Some(d(2028, 2, 29));
        let plan = renew(&p, 2029, &options()).unwrap();
        let a = carried(&plan, 1).unwrap();
        assert_eq!(a.start, Some(d(2029, 2, 28)));
        assert_eq!(a.milestones[0].date, Some(d(2029, 2, 28)));
        assert_eq!(plan.objectives[0].deadline, Some(d(2029, 2, 28)));
    }

    #[test]
    fn objectives_become_drafts_with_the_last_measurement_as_baseline() {
        let plan = renewed();
        let o = &plan.objectives[0];
        assert!(o.draft);
        assert_eq!(
            o.baseline,
            Some(900.0),
            "the latest by date, in the objective's unit"
        );
        assert_eq!(o.target, Some(100.0));
        assert_eq!(o.deadline, Some(d(2028, 12, 31)));
        assert!(o.north_star);
        assert_eq!(o.key_results.len(), 1);
        let unmeasured = &plan.objectives[1];
        assert!(unmeasured.draft);
        assert_eq!(
            unmeasured.baseline,
            Some(10.0),
            "no measurement: the baseline stays"
        );
    }

    #[test]
    fn kpis_restart_from_their_last_measurement() {
        let plan = renewed();
        assert_eq!(plan.kpis[0].baseline, Some(900.0));
        assert_eq!(plan.kpis[1].baseline, Some(2.5));
        assert_eq!(
            plan.kpis[2].baseline,
            Some(5.0),
            "never measured: the baseline stays"
        );
        assert!(plan.kpis.iter().all(|k| k.measurements.is_empty()));
        assert_eq!(plan.kpis[0].target, Some(50.0));
    }

    #[test]
    fn the_frame_carries_over_and_the_year_specific_parts_reset() {
        let before = previous();
        let plan = renewed();
        assert_eq!(plan.company.plan_year, 2028);
        assert_eq!(plan.company.name, before.company.name);
        assert!(plan.diagnostic.to_review);
        assert_eq!(
            Diagnostic {
                to_review: false,
                ..plan.diagnostic.clone()
            },
            before.diagnostic
        );
        assert_eq!(plan.targets, before.targets);
        assert_eq!(plan.positioning, before.positioning);
        assert_eq!(plan.mix, before.mix);
        assert_eq!(plan.budget, before.budget);
        assert_eq!(plan.notes, "Penser au salon");
        assert!(plan.dismissals.is_empty());
    }

    #[test]
    fn the_review_is_prefilled_from_last_year() {
        let r = renewed().review;
        assert_eq!(r.previous_year, Some(2027));
        let actions: Vec<_> = r
            .actions
            .iter()
            .map(|a| (a.action_id.0, a.title.as_str(), a.decision))
            .collect();
        assert_eq!(
            actions,
            vec![
                (1, "Salon", Some(ReviewDecision::Keep)),
                (2, "Publicité", Some(ReviewDecision::Correct)),
                (3, "Dépliants", Some(ReviewDecision::Abandon)),
                (4, "Visites", None),
            ]
        );
        assert_eq!(r.actions[2].note, "Sans effet");
        assert_eq!(r.objectives.len(), 2);
        assert_eq!(
            (r.objectives[0].target, r.objectives[0].measured),
            (Some(100.0), Some(900.0))
        );
        assert_eq!(r.objectives[0].unit, "€");
        assert_eq!(r.objectives[1].measured, None);
        // Planned leaves the cancelled action out; spent counts every action.
        assert_eq!(r.budget_planned, Some(Money::from_units(3_000)));
        assert_eq!(r.budget_spent, Some(Money::from_units(4_800)));
        assert_eq!(
            r.lessons, "",
            "last year's lessons belong to last year's review"
        );
    }

    #[test]
    fn the_budget_review_is_unknown_without_amounts() {
        let mut p = previous();
        for a in &mut p.actions {
            a.planned_budget = None;
            a.actual_spend = None;
        }
        let r = renew(&p, 2028, &options()).unwrap().review;
        assert_eq!((r.budget_planned, r.budget_spent), (None, None));
    }

    #[test]
    fn review_status_counts_decisions_and_default_carries() {
        let status = review_status(&previous(), &options()).unwrap();
        assert_eq!(
            (status.actions, status.decided, status.carried_by_default),
            (4, 3, 0)
        );
        assert!(!status.complete);
        let carried: Vec<_> = status.outcomes.iter().map(|o| o.carried).collect();
        assert_eq!(carried, vec![true, true, false, false]);
        assert_eq!((status.objectives_carried, status.kpis_carried), (2, 3));
        let none = review_status(&previous(), &RenewOptions::default()).unwrap();
        assert_eq!((none.decided, none.carried_by_default), (0, 3));
        let empty = review_status(
            &Plan::blank("X", 2027, Language::Fr),
            &RenewOptions::default(),
        )
        .unwrap();
        assert!(empty.complete);
    }

    #[test]
    fn renewing_the_example_plan_gives_a_valid_plan() {
        let example = crate::seed::example_plan(2027);
        let decisions = example
            .actions
            .iter()
            .map(|a| decide(a.id.0, Some(ReviewDecision::Keep), ""))
            .collect();
        let plan = renew(&example, 2028, &RenewOptions { decisions }).unwrap();
        assert!(validate::plan(&plan).is_ok());
        assert_eq!(plan.actions.len(), example.actions.len());
        assert_eq!(plan.review.actions.len(), example.actions.len());
        assert!(plan.objectives.iter().all(|o| o.draft));
        let undecided = renew(&example, 2028, &RenewOptions::default()).unwrap();
        assert!(validate::plan(&undecided).is_ok());
        // A renewal of a renewal still holds together.
        assert!(renew(&plan, 2029, &RenewOptions::default()).is_ok());
    }

    #[test]
    fn compare_matches_objectives_by_title_and_kpis_by_name() {
        let before = previous();
        let mut now = renewed();
        now.objectives[0].title = "  vendre PLUS en ligne ".into();
        now.objectives[0].target = Some(150.0);
        now.objectives.remove(1);
        now.objectives.push(objective(7, "Fidéliser", "clients"));
        now.kpis[0].target = Some(80.0);
        now.kpis[2].name = "Notoriété spontanée".into();
        let yoy = compare(&before, &now);
        assert_eq!((yoy.previous_year, yoy.current_year), (2027, 2028));
        let o: Vec<_> = yoy
            .objectives
            .iter()
            .map(|o| {
                (
                    o.title.as_str(),
                    o.presence,
                    o.previous_target,
                    o.previous_measured,
                    o.current_target,
                )
            })
            .collect();
        assert_eq!(
            o,
            vec![
                (
                    "  vendre PLUS en ligne ",
                    Presence::Both,
                    Some(100.0),
                    Some(900.0),
                    Some(150.0)
                ),
                (
                    "Se faire connaître",
                    Presence::PreviousOnly,
                    Some(100.0),
                    None,
                    None
                ),
                ("Fidéliser", Presence::CurrentOnly, None, None, Some(100.0)),
            ]
        );
        let k: Vec<_> = yoy
            .kpis
            .iter()
            .map(|k| {
                (
                    k.name.as_str(),
                    k.presence,
                    k.previous_last_measured,
                    k.current_target,
                )
            })
            .collect();
        assert_eq!(
            k,
            vec![
                ("Ventes", Presence::Both, Some(900.0), Some(80.0)),
                ("Conversion", Presence::Both, Some(2.5), Some(50.0)),
                ("Notoriété", Presence::PreviousOnly, None, None),
                (
                    "Notoriété spontanée",
                    Presence::CurrentOnly,
                    None,
                    Some(50.0)
                ),
            ]
        );
        let b = &yoy.budget;
        assert_eq!(b.previous_planned, Some(Money::from_units(3_000)));
        assert_eq!(b.previous_spent, Some(Money::from_units(4_800)));
        assert_eq!(
            b.current_planned,
            Some(Money::from_units(2_000)),
            "kept and corrected; neither the abandoned nor the undecided cancelled one"
        );
        assert_eq!(
            (b.previous_envelope, b.current_envelope),
            (
                Some(Money::from_units(5_000)),
                Some(Money::from_units(5_000))
            )
        );
    }

    #[test]
    fn compare_pairs_repeated_titles_in_order() {
        let mut before = previous();
        before.objectives = vec![objective(1, "Ventes", "€"), objective(2, "Ventes", "€")];
        before.objectives[1].north_star = false;
        before.objectives[1].target = Some(200.0);
        let mut now = before.clone();
        now.objectives.truncate(1);
        let yoy = compare(&before, &now);
        let p: Vec<_> = yoy
            .objectives
            .iter()
            .map(|o| (o.presence, o.previous_target))
            .collect();
        assert_eq!(
            p,
            vec![
                (Presence::Both, Some(100.0)),
                (Presence::PreviousOnly, Some(200.0))
            ]
        );
    }

    #[test]
    fn titles_match_across_apostrophe_styles() {
        assert_eq!(
            match_key("Chiffre d’affaires"),
            match_key("chiffre d'affaires")
        );
        assert_ne!(match_key("Ventes"), match_key("Ventes en ligne"));
    }

    /// Last year's plan with the year-end review stored on it: keep, correct with its note,
    /// abandon; a result and a comment for the first objective; the lessons.
    fn reviewed() -> Plan {
        let mut p = previous();
        let close = |id, decision, note: &str| crate::plan::ActionClosing {
            action_id: ActionId(id),
            decision: Some(decision),
            note: note.into(),
        };
        p.year_end = YearEnd {
            actions: vec![
                close(1, ReviewDecision::Keep, "À refaire"),
                close(2, ReviewDecision::Correct, "Concentrer sur décembre"),
                close(3, ReviewDecision::Abandon, "Sans effet"),
            ],
            objectives: vec![crate::plan::ObjectiveClosing {
                objective_id: ObjectiveId(1),
                result: Some(950.0),
                comment: "Décembre a sauvé l'année".into(),
            }],
            lessons: "Moins de dépliants".into(),
        };
        p
    }

    #[test]
    fn the_review_stored_on_last_years_plan_is_what_renewal_follows() {
        let plan = renew(&reviewed(), 2028, &RenewOptions::default()).unwrap();
        assert!(carried(&plan, 1).is_some(), "kept");
        assert_eq!(
            carried(&plan, 2).unwrap().correction_note,
            "Concentrer sur décembre",
            "corrected, with its note"
        );
        assert!(carried(&plan, 3).is_none(), "abandoned");
        assert!(carried(&plan, 4).is_none(), "cancelled and undecided");
        assert_eq!(plan.review.lessons, "Moins de dépliants");
        assert_eq!(
            plan.review.objectives[0].measured,
            Some(950.0),
            "the result written"
        );
        assert_eq!(
            plan.review.objectives[0].comment,
            "Décembre a sauvé l'année"
        );
        assert!(
            plan.year_end.actions.is_empty() && plan.year_end.lessons.is_empty(),
            "the new year's review starts empty"
        );

        // Given decisions win over the stored ones.
        let over = RenewOptions {
            decisions: vec![decide(3, Some(ReviewDecision::Keep), "")],
        };
        assert!(carried(&renew(&reviewed(), 2028, &over).unwrap(), 3).is_some());
    }

    #[test]
    fn review_status_shows_what_each_decision_is_made_on() {
        let mut p = reviewed();
        p.actions[1].actual_spend = Some(Money::from_units(700));
        p.actions[1].title = "Publicité d'ici fin 2027".into();
        p.actions[2].title = "Dépliants 2027".into();
        p.objectives[1].title = "Se faire connaître en 2026 et 2027".into();
        let status = review_status(&p, &RenewOptions::default()).unwrap();
        let second = &status.outcomes[1];
        assert_eq!(second.note, "Concentrer sur décembre");
        assert_eq!(second.actual_spend, Some(Money::from_units(700)));
        assert_eq!(second.status, p.actions[1].status);
        assert_eq!(
            (second.start, second.end),
            (p.actions[1].start, p.actions[1].end)
        );
        assert_eq!(status.lessons, "Moins de dépliants");
        let o = &status.objectives[0];
        assert_eq!((o.measured, o.result), (Some(900.0), Some(950.0)));
        let dated: Vec<(&str, u32, i32)> = status
            .dated_titles
            .iter()
            .map(|d| (d.kind.as_str(), d.id, d.year))
            .collect();
        assert_eq!(
            dated,
            [("action", 2, 2027), ("objective", 2, 2027)],
            "the abandoned action is not carried, so its title does not matter"
        );
    }

    #[test]
    fn a_year_is_four_digits_on_their_own_up_to_the_plan_year() {
        assert_eq!(past_year_in("d'ici fin 2027", 2027), Some(2027));
        assert_eq!(past_year_in("Salon 2026 puis 2027", 2027), Some(2027));
        assert_eq!(
            past_year_in("Objectif 2028", 2027),
            None,
            "next year is not out of date"
        );
        assert_eq!(past_year_in("12027 clients, 20 270 €", 2027), None);
        assert_eq!(past_year_in("Ventes +12 %", 2027), None);
    }

    #[test]
    fn a_trade_plan_renewed_keeps_its_unconfirmed_example_figures_but_measured_baselines() {
        let mut plan =
            crate::trades::starting_plan("bakery", crate::plan::Language::Fr, "Fournil", 2027)
                .unwrap();
        let kpi = plan.kpis[0].id;
        plan.kpis[0].measurements = vec![crate::plan::Measurement {
            date: NaiveDate::from_ymd_opt(2027, 11, 30).unwrap(),
            value: 33_000.0,
        }];
        let renewed = renew(&plan, 2028, &RenewOptions::default()).unwrap();
        let kept = &renewed.start.example_figures;
        assert!(kept.contains(&"budget.envelope".to_string()), "{kept:?}");
        assert!(kept.contains(&format!("kpi:{kpi}.target")), "{kept:?}");
        assert!(
            !kept.contains(&format!("kpi:{kpi}.baseline")),
            "the baseline is last year's measurement now: {kept:?}"
        );
    }
}
