//! The plan's money: planned budget and actual spend, in total and broken down by quarter, month,
//! channel, lever, objective and target segment.
//!
//! The rules, each applied once here:
//! - **Cancelled actions** will not spend their planned budget: it is left out of every planned
//!   figure. What they already spent counts (money spent is spent).
//! - **Missing amounts** count as nothing.
//! - **Over time**, an action's amount is spread evenly over its days, from its start to its end
//!   (one date only: that day; dates the wrong way round are read in order). The days that fall
//!   outside the plan year go to "other years", and an action without any date to "undated", so
//!   every split adds up to the total.
//! - **Several objectives or segments**: an action serving several objectives (or aimed at
//!   several segments) is split equally among them; an action with none goes to "none". A persona
//!   named as a target counts for its segment.
//! - **The printed unit**: every table (a total and its parts) is apportioned in the unit it is
//!   printed in: whole currency units on screen and in the PDF, cents in the CSV. The total is
//!   rounded (half away from zero) and the parts share it by largest remainder, so the printed
//!   parts always add up to the printed total.
//! - **Spend to date** (steering): what the plan foresaw spending by a date is each counted
//!   action's planned budget spread over its days up to that date (undated actions foresee
//!   nothing at any date); what was spent is every recorded actual spend. Spending *runs ahead*
//!   when it exceeds what was foreseen by more than `PACE_TOLERANCE` of the year's budget (the
//!   envelope, else the total planned): the same tenth of the way as a KPI's pace.

use std::collections::{BTreeMap, HashMap};

use chrono::{Datelike, NaiveDate};
use schemars::JsonSchema;
use serde::Serialize;
use ts_rs::TS;

use crate::plan::{Action, ActionStatus, Channel, Lever, Money, ObjectiveId, Plan, SegmentId};

/// The unit a table of money is apportioned in: what it is printed in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Precision {
    /// Whole currency units: the screen and the PDF.
    Units,
    /// Cents: the CSV files for an accountant.
    Cents,
}

/// Planned and actual amounts.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, TS, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct Amounts {
    pub planned: Money,
    pub actual: Money,
}

/// One row of a breakdown: the key (none: actions without one) and its amounts.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct Share<K: TS> {
    pub key: Option<K>,
    pub planned: Money,
    pub actual: Money,
}

/// Every money figure of a plan, apportioned in one precision.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct BudgetFigures {
    /// The envelope, rounded as the rest.
    pub envelope: Option<Money>,
    /// Planned (cancelled actions left out) and actual totals.
    pub total: Amounts,
    /// The envelope minus the planned total: negative when the plan spends more than it has.
    pub remaining: Option<Money>,
    /// The four quarters of the plan year.
    pub quarters: Vec<Amounts>,
    /// The twelve months of the plan year.
    pub months: Vec<Amounts>,
    /// What falls before or after the plan year.
    pub other_years: Amounts,
    /// What actions without dates carry.
    pub undated: Amounts,
    /// By channel, largest planned first, "none" last; rows with nothing are left out.
    pub by_channel: Vec<Share<Channel>>,
    /// By lever of the marketing mix, as channels.
    pub by_lever: Vec<Share<Lever>>,
    /// By objective served, in the plan's order of objectives, "none" last.
    pub by_objective: Vec<Share<ObjectiveId>>,
    /// By target segment, in the plan's order of segments, "none" last.
    pub by_segment: Vec<Share<SegmentId>>,
}

/// The amounts an action counts for: a cancelled action's planned budget is left out.
pub fn counted(action: &Action) -> Amounts {
    Amounts {
        planned: match action.status {
            ActionStatus::Cancelled => Money(0),
            _ => action.planned_budget.unwrap_or_default(),
        },
        actual: action.actual_spend.unwrap_or_default(),
    }
}

/// The exact totals of a plan's actions, in cents: planned (cancelled left out) and actual.
pub fn exact_total(plan: &Plan) -> Amounts {
    let mut sum = Amounts::default();
    for action in &plan.actions {
        let a = counted(action);
        sum.planned = sum.planned.saturating_add(a.planned);
        sum.actual = sum.actual.saturating_add(a.actual);
    }
    sum
}

/// Every money figure of `plan`, apportioned in `precision`.
pub fn of(plan: &Plan, precision: Precision) -> BudgetFigures {
    let year = plan.company.plan_year;
    let exact = exact_total(plan);
    let mut time = TimeBuckets::default();
    let mut channels: BTreeMap<Option<Channel>, Exact> = BTreeMap::new();
    let mut levers: BTreeMap<Option<Lever>, Exact> = BTreeMap::new();
    let objective_order: Vec<ObjectiveId> = plan.objectives.iter().map(|o| o.id).collect();
    let segment_order: Vec<SegmentId> = plan.targets.segments.iter().map(|s| s.id).collect();
    let persona_segment: HashMap<_, _> = plan
        .targets
        .personas
        .iter()
        .map(|p| (p.id, p.segment_id))
        .collect();
    let mut objectives: HashMap<Option<ObjectiveId>, Exact> = HashMap::new();
    let mut segments: HashMap<Option<SegmentId>, Exact> = HashMap::new();
    for action in &plan.actions {
        let amounts = counted(action);
        if amounts == Amounts::default() {
            continue;
        }
        time.add(action, amounts, year);
        channels.entry(action.channel).or_default().add(amounts);
        levers.entry(action.lever).or_default().add(amounts);
        let served: Vec<Option<ObjectiveId>> = known(&action.objective_ids, &objective_order);
        split_equally(&served, amounts, &mut objectives);
        let mut aimed: Vec<SegmentId> = action.segment_ids.clone();
        for persona in &action.persona_ids {
            if let Some(Some(segment)) = persona_segment.get(persona) {
                aimed.push(*segment);
            }
        }
        aimed.sort_unstable();
        aimed.dedup();
        split_equally(&known(&aimed, &segment_order), amounts, &mut segments);
    }
    let round = |cents: Money| Money(to_precision(cents.cents(), precision));
    let total = Amounts {
        planned: round(exact.planned),
        actual: round(exact.actual),
    };
    let envelope = plan.budget.envelope.map(round);
    // The quarters share the total; each quarter then shares its amount among its three months,
    // so that months add up to their quarter as quarters add up to the year.
    let mut quarter_parts: Vec<Exact> = time.quarters.to_vec();
    quarter_parts.extend([time.other_years, time.undated]);
    let quarter_parts = apportion_table(&quarter_parts, total, precision);
    let months: Vec<Amounts> = (0..4)
        .flat_map(|q| apportion_table(&time.months[q * 3..q * 3 + 3], quarter_parts[q], precision))
        .collect();
    BudgetFigures {
        envelope,
        total,
        remaining: envelope.map(|e| Money(e.cents().saturating_sub(total.planned.cents()))),
        quarters: quarter_parts[..4].to_vec(),
        months,
        other_years: quarter_parts[4],
        undated: quarter_parts[5],
        by_channel: shares(by_size(channels), total, precision),
        by_lever: shares(by_size(levers), total, precision),
        by_objective: shares(in_order(objectives, &objective_order), total, precision),
        by_segment: shares(in_order(segments, &segment_order), total, precision),
    }
}

/// Money spent so far, set against the envelope and against what the plan foresaw by a date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct SpendToDate {
    /// What the plan foresaw spending by the date.
    pub planned: Money,
    /// What was spent: every recorded actual spend.
    pub actual: Money,
    /// The year's budget the pace is measured against: the envelope, else the total planned.
    pub budget: Money,
    /// Spending runs ahead of what was foreseen by more than a tenth of the year's budget.
    pub ahead: bool,
    /// How far the actual spend is over the envelope, when it is.
    pub over_envelope: Option<Money>,
}

/// Money spent and foreseen as of `today` (whole currency units, as printed).
pub fn to_date(plan: &Plan, today: NaiveDate) -> SpendToDate {
    let mut foreseen: i128 = 0;
    for action in &plan.actions {
        let planned = i128::from(counted(action).planned.cents());
        let (start, end) = match (action.start, action.end) {
            (Some(s), Some(e)) => (s.min(e), s.max(e)),
            (Some(d), None) | (None, Some(d)) => (d, d),
            (None, None) => continue,
        };
        if today >= end {
            foreseen += planned;
        } else if today >= start {
            let days = i128::from((end - start).num_days()) + 1;
            let gone = i128::from((today - start).num_days()) + 1;
            foreseen += apportion(planned, &[gone, days - gone])[0];
        }
    }
    let exact = exact_total(plan);
    let units = |cents: i128| Money(to_precision(saturate(cents), Precision::Units));
    let planned = units(foreseen);
    let actual = units(i128::from(exact.actual.cents()));
    let budget = units(i128::from(
        plan.budget.envelope.unwrap_or(exact.planned).cents(),
    ));
    let ahead_by = i128::from(actual.cents()) - i128::from(planned.cents());
    let ahead = budget.cents() > 0
        && ahead_by > 0
        && ahead_by as f64 > super::PACE_TOLERANCE * budget.cents() as f64;
    let over_envelope = plan
        .budget
        .envelope
        .map(|e| units(i128::from(exact.actual.cents()) - i128::from(e.cents())))
        .filter(|over| over.cents() > 0);
    SpendToDate {
        planned,
        actual,
        budget,
        ahead,
        over_envelope,
    }
}

/// Exact amounts in cents, wide enough to add any plan's actions.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
struct Exact {
    planned: i128,
    actual: i128,
}

impl Exact {
    fn add(&mut self, amounts: Amounts) {
        self.planned += i128::from(amounts.planned.cents());
        self.actual += i128::from(amounts.actual.cents());
    }
}

/// The ids of `ids` that exist in the plan (`order`), or "none" when there are none.
fn known<K: PartialEq + Copy>(ids: &[K], order: &[K]) -> Vec<Option<K>> {
    let kept: Vec<Option<K>> = ids
        .iter()
        .filter(|id| order.contains(id))
        .map(|id| Some(*id))
        .collect();
    if kept.is_empty() {
        vec![None]
    } else {
        kept
    }
}

/// Adds `amounts` to `keys` in equal parts, to the cent (the leftover cents to the first keys).
fn split_equally<K: std::hash::Hash + Eq + Copy>(
    keys: &[Option<K>],
    amounts: Amounts,
    into: &mut HashMap<Option<K>, Exact>,
) {
    let n = keys.len() as i64;
    let part = |cents: i64, i: i64| cents / n + i64::from(i < cents % n);
    for (i, key) in keys.iter().enumerate() {
        into.entry(*key).or_default().add(Amounts {
            planned: Money(part(amounts.planned.cents(), i as i64)),
            actual: Money(part(amounts.actual.cents(), i as i64)),
        });
    }
}

/// Rows largest planned first (then actual), "none" last.
fn by_size<K: Ord + Copy>(rows: BTreeMap<Option<K>, Exact>) -> Vec<(Option<K>, Exact)> {
    let mut out: Vec<_> = rows.into_iter().collect();
    out.sort_by_key(|(k, e)| {
        (
            k.is_none(),
            std::cmp::Reverse(e.planned),
            std::cmp::Reverse(e.actual),
        )
    });
    out
}

/// Rows in the plan's order of keys, "none" last.
fn in_order<K: std::hash::Hash + Eq + Copy>(
    mut rows: HashMap<Option<K>, Exact>,
    order: &[K],
) -> Vec<(Option<K>, Exact)> {
    let mut out: Vec<_> = order
        .iter()
        .filter_map(|k| rows.remove(&Some(*k)).map(|e| (Some(*k), e)))
        .collect();
    if let Some(none) = rows.remove(&None) {
        out.push((None, none));
    }
    out
}

/// The rows of a breakdown apportioned to the total in `precision`; rows with nothing dropped.
fn shares<K: TS + Copy>(
    rows: Vec<(Option<K>, Exact)>,
    total: Amounts,
    precision: Precision,
) -> Vec<Share<K>> {
    let exact: Vec<Exact> = rows.iter().map(|(_, e)| *e).collect();
    let parts = apportion_table(&exact, total, precision);
    rows.into_iter()
        .zip(parts)
        .filter(|(_, a)| *a != Amounts::default())
        .map(|((key, _), a)| Share {
            key,
            planned: a.planned,
            actual: a.actual,
        })
        .collect()
}

/// A table's parts, apportioned so that they add up to `total` (already in `precision`).
fn apportion_table(parts: &[Exact], total: Amounts, precision: Precision) -> Vec<Amounts> {
    let step = step(precision);
    let planned = apportion(
        i128::from(total.planned.cents()) / step,
        &parts.iter().map(|p| p.planned).collect::<Vec<_>>(),
    );
    let actual = apportion(
        i128::from(total.actual.cents()) / step,
        &parts.iter().map(|p| p.actual).collect::<Vec<_>>(),
    );
    planned
        .into_iter()
        .zip(actual)
        .map(|(p, a)| Amounts {
            planned: Money(saturate(p * step)),
            actual: Money(saturate(a * step)),
        })
        .collect()
}

/// An exact amount back in `Money`, pinned to its range (only a plan that was never validated,
/// such as the PDF's stress tests print, can go beyond it).
fn saturate(cents: i128) -> i64 {
    cents.clamp(i128::from(i64::MIN), i128::from(i64::MAX)) as i64
}

fn step(precision: Precision) -> i128 {
    match precision {
        Precision::Units => 100,
        Precision::Cents => 1,
    }
}

/// `cents` rounded to `precision`, half away from zero.
fn to_precision(cents: i64, precision: Precision) -> i64 {
    let step = step(precision);
    let half = step / 2;
    let cents = i128::from(cents);
    saturate(if cents >= 0 {
        (cents + half) / step * step
    } else {
        -((-cents + half) / step * step)
    })
}

/// Splits `total` whole parts in proportion to `weights` (non-negative): each share rounded
/// down, then the parts left to the largest remainders (the first on a tie). Adds up exactly.
pub fn apportion(total: i128, weights: &[i128]) -> Vec<i128> {
    if total < 0 {
        return apportion(-total, weights).into_iter().map(|p| -p).collect();
    }
    let sum: i128 = weights.iter().map(|w| (*w).max(0)).sum();
    if sum == 0 || total <= 0 {
        let mut out = vec![0; weights.len()];
        if let (Some(first), true) = (out.first_mut(), total > 0) {
            *first = total;
        }
        return out;
    }
    // Saturating: only a plan that was never validated gets near i128's range.
    let share = |w: i128| total.saturating_mul(w.max(0));
    let mut out: Vec<i128> = weights.iter().map(|w| share(*w) / sum).collect();
    let left = total.saturating_sub(out.iter().fold(0i128, |a, b| a.saturating_add(*b)));
    let mut order: Vec<usize> = (0..weights.len()).collect();
    order.sort_by_key(|&i| (std::cmp::Reverse(share(weights[i]) % sum), i));
    // What the floors leave is under one part per weight (more only when saturated).
    let left = left.clamp(0, weights.len() as i128);
    for &i in order.iter().take(left as usize) {
        out[i] += 1;
    }
    out
}

/// An action's money over time, to the cent.
#[derive(Debug, Default)]
struct TimeBuckets {
    quarters: [Exact; 4],
    months: [Exact; 12],
    other_years: Exact,
    undated: Exact,
}

impl TimeBuckets {
    /// Spreads an action's amounts over its days: each month (and so each quarter) of the plan
    /// year gets its share, the rest of the days "other years".
    fn add(&mut self, action: &Action, amounts: Amounts, year: i32) {
        let (start, end) = match (action.start, action.end) {
            (Some(s), Some(e)) => (s.min(e), s.max(e)),
            (Some(d), None) | (None, Some(d)) => (d, d),
            (None, None) => {
                self.undated.add(amounts);
                return;
            }
        };
        let days = days_by_month(start, end, year);
        let outside = days.total - days.months.iter().sum::<i128>();
        let mut weights = days.months.to_vec();
        weights.push(outside);
        let planned = apportion(i128::from(amounts.planned.cents()), &weights);
        let actual = apportion(i128::from(amounts.actual.cents()), &weights);
        for m in 0..12 {
            let part = Exact {
                planned: planned[m],
                actual: actual[m],
            };
            self.months[m].planned += part.planned;
            self.months[m].actual += part.actual;
            self.quarters[m / 3].planned += part.planned;
            self.quarters[m / 3].actual += part.actual;
        }
        self.other_years.planned += planned[12];
        self.other_years.actual += actual[12];
    }
}

/// How many of the days from `start` to `end` (inclusive) fall in each month of `year`, and in
/// all.
struct Days {
    months: [i128; 12],
    total: i128,
}

fn days_by_month(start: NaiveDate, end: NaiveDate, year: i32) -> Days {
    let total = i128::from((end - start).num_days()) + 1;
    let mut months = [0i128; 12];
    for (m, slot) in months.iter_mut().enumerate() {
        let first = NaiveDate::from_ymd_opt(year, m as u32 + 1, 1);
        let last = first.and_then(|f| {
            let next = if f.month() == 12 {
                NaiveDate::from_ymd_opt(year.checked_add(1)?, 1, 1)
            } else {
                NaiveDate::from_ymd_opt(year, f.month() + 1, 1)
            };
            next?.pred_opt()
        });
        if let (Some(first), Some(last)) = (first, last) {
            let from = start.max(first);
            let to = end.min(last);
            if from <= to {
                *slot = i128::from((to - from).num_days()) + 1;
            }
        }
    }
    Days { months, total }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plan::{ActionId, Language};

    fn d(m: u32, day: u32) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(2027, m, day)
    }

    fn action(id: u32, planned: i64, start: Option<NaiveDate>, end: Option<NaiveDate>) -> Action {
        let mut a = crate::seed::example_plan(2027).actions[0].clone();
        a.id = ActionId(id);
        a.planned_budget = Some(Money(planned));
        a.actual_spend = None;
        a.start = start;
        a.end = end;
        a.status = ActionStatus::Planned;
        a.objective_ids = vec![];
        a.segment_ids = vec![];
        a.persona_ids = vec![];
        a
    }

    fn plan(actions: Vec<Action>) -> Plan {
        let mut p = Plan::blank("Boulangerie Morel", 2027, Language::Fr);
        p.actions = actions;
        p
    }

    fn sum(rows: &[Amounts]) -> Amounts {
        rows.iter().fold(Amounts::default(), |a, r| Amounts {
            planned: a.planned.saturating_add(r.planned),
            actual: a.actual.saturating_add(r.actual),
        })
    }

    #[test]
    fn printed_parts_add_up_to_the_printed_total() {
        // Three actions of 1 000,50 €, each over a span cutting quarters unevenly.
        let p = plan(vec![
            action(1, 100_050, d(2, 10), d(5, 3)),
            action(2, 100_050, d(3, 29), d(8, 1)),
            action(3, 100_050, d(6, 30), d(12, 2)),
        ]);
        let f = of(&p, Precision::Units);
        assert_eq!(
            f.total.planned,
            Money(300_200),
            "3 001,50 € printed as 3 002 €"
        );
        let quarters = sum(&f.quarters);
        assert_eq!(quarters.planned, f.total.planned);
        assert!(f.quarters.iter().all(|q| q.planned.cents() % 100 == 0));
        assert_eq!(sum(&f.months).planned, f.total.planned);
        let exact = of(&p, Precision::Cents);
        assert_eq!(exact.total.planned, Money(300_150));
        assert_eq!(sum(&exact.quarters).planned, Money(300_150));
        for (units, cents) in f.quarters.iter().zip(&exact.quarters) {
            assert!((units.planned.cents() - cents.planned.cents()).abs() < 100);
        }
    }

    #[test]
    fn cancelled_actions_count_only_for_what_they_spent() {
        let mut cancelled = action(2, 500_000, d(3, 1), d(3, 31));
        cancelled.status = ActionStatus::Cancelled;
        cancelled.actual_spend = Some(Money(12_000));
        let f = of(
            &plan(vec![action(1, 100_000, d(1, 1), d(1, 31)), cancelled]),
            Precision::Cents,
        );
        assert_eq!(f.total.planned, Money(100_000));
        assert_eq!(f.total.actual, Money(12_000));
        assert_eq!(f.quarters[0].actual, Money(12_000));
    }

    #[test]
    fn days_outside_the_year_and_undated_actions_have_their_rows() {
        // 396 days at one euro a day: December 2026 is outside the plan year.
        let f = of(
            &plan(vec![
                action(1, 39_600, NaiveDate::from_ymd_opt(2026, 12, 1), d(12, 31)),
                action(2, 500, None, None),
            ]),
            Precision::Cents,
        );
        assert_eq!(f.other_years.planned, Money(3_100));
        assert_eq!(
            f.quarters
                .iter()
                .map(|q| q.planned.cents())
                .collect::<Vec<_>>(),
            [9_000, 9_100, 9_200, 9_200]
        );
        assert_eq!(f.undated.planned, Money(500));
        assert_eq!(f.months[1].planned, Money(2_800), "28 days of February");
    }

    #[test]
    fn an_action_serving_two_objectives_is_split_between_them() {
        let mut p = crate::seed::example_plan(2027);
        let mut a = action(1, 100_001, d(1, 1), d(1, 31));
        a.objective_ids = vec![p.objectives[0].id, p.objectives[1].id];
        let b = action(2, 50_000, d(1, 1), d(1, 31));
        p.actions = vec![a, b];
        let f = of(&p, Precision::Cents);
        assert_eq!(f.by_objective.len(), 3);
        assert_eq!(f.by_objective[0].planned, Money(50_001));
        assert_eq!(f.by_objective[1].planned, Money(50_000));
        assert_eq!(f.by_objective[2].key, None);
        assert_eq!(f.by_objective[2].planned, Money(50_000));
    }

    #[test]
    fn breakdowns_put_none_last_and_add_up() {
        let mut a = action(1, 10_000, d(1, 1), d(1, 31));
        a.channel = None;
        let mut b = action(2, 5_000, d(1, 1), d(1, 31));
        b.channel = Some(Channel::Email);
        let f = of(&plan(vec![a, b]), Precision::Units);
        assert_eq!(f.by_channel[0].key, Some(Channel::Email));
        assert_eq!(f.by_channel[1].key, None);
        let total: i64 = f.by_channel.iter().map(|s| s.planned.cents()).sum();
        assert_eq!(total, f.total.planned.cents());
    }

    #[test]
    fn apportioning_keeps_every_unit_and_favours_the_largest_remainders() {
        assert_eq!(apportion(10, &[1, 1, 1]), [4, 3, 3]);
        assert_eq!(apportion(7, &[0, 0]), [7, 0], "no weight: all to the first");
        assert_eq!(apportion(100, &[50, 25, 25]), [50, 25, 25]);
        assert_eq!(apportion(0, &[3, 4]), [0, 0]);
    }

    #[test]
    fn extreme_amounts_and_dates_do_not_overflow() {
        let big = crate::plan::validate::MAX_MONEY;
        let actions = (0..2000)
            .map(|i| action(i, big, NaiveDate::MIN.into(), NaiveDate::MAX.into()))
            .collect();
        let f = of(&plan(actions), Precision::Units);
        assert!(f.other_years.planned.cents() > 0);
    }

    #[test]
    fn spend_to_date_spreads_the_plan_and_says_when_spending_runs_ahead() {
        // 3,100 € over March (31 days), 1,000 € in June, 500 € with no date.
        let mut p = plan(vec![
            action(1, 310_000, d(3, 1), d(3, 31)),
            action(2, 100_000, d(6, 1), d(6, 30)),
            action(3, 50_000, None, None),
        ]);
        p.budget.envelope = Some(Money::from_units(5_000));
        let mid_march = to_date(&p, d(3, 10).unwrap());
        assert_eq!(
            mid_march.planned,
            Money::from_units(1_000),
            "10 of March's 31 days"
        );
        assert_eq!(mid_march.budget, Money::from_units(5_000));
        assert!(!mid_march.ahead);
        p.actions[1].actual_spend = Some(Money::from_units(1_400));
        let spent = to_date(&p, d(3, 10).unwrap());
        assert_eq!(spent.actual, Money::from_units(1_400));
        assert!(
            !spent.ahead,
            "400 € ahead is within a tenth of the 5,000 € envelope"
        );
        p.actions[1].actual_spend = Some(Money::from_units(1_600));
        assert!(
            to_date(&p, d(3, 10).unwrap()).ahead,
            "600 € ahead is more than 500 €"
        );
        assert!(
            !to_date(&p, d(7, 1).unwrap()).ahead,
            "by July, 4,100 € were foreseen"
        );
        assert_eq!(to_date(&p, d(7, 1).unwrap()).over_envelope, None);
        p.actions[0].actual_spend = Some(Money::from_units(3_900));
        let over = to_date(&p, d(7, 1).unwrap());
        assert_eq!(over.over_envelope, Some(Money::from_units(500)));
        let cancelled = {
            let mut q = p.clone();
            q.actions[0].status = ActionStatus::Cancelled;
            to_date(&q, d(12, 31).unwrap()).planned
        };
        assert_eq!(
            cancelled,
            Money::from_units(1_000),
            "a cancelled action foresees nothing"
        );
    }
}
