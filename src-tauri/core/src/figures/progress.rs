//! How far the plan has come, from the KPIs' readings: each KPI's progress toward its target and
//! its pace, and each objective's progress, counted only from the KPIs measured in its own unit.
//!
//! The rules, each applied once here:
//! - **What a reading counts** (`KpiCounts`): a *level* is where the figure stands (its progress
//!   runs from the baseline to the target); a *year-to-date total* is the year so far (from 0 to
//!   the target); a *flow* is the amount of one period (its readings of the plan year add up,
//!   from 0 to the target times the periods of a year: 12 for a monthly KPI; without a frequency
//!   it is read as a level).
//! - **Progress** is how much of the way from the start to the goal the measured value has gone:
//!   1 is reached; it may go above 1 or below 0, and is shown as it is.
//! - **Pace** compares that progress with the share of the period gone by at the date of the
//!   latest reading, the period running from 1 January of the plan year to the deadline (the
//!   linked objective's, else 31 December): a KPI is *on track* when its progress is at most
//!   `PACE_TOLERANCE` behind that share, *behind* otherwise; the value expected at that date is
//!   the point of the straight line from the start to the goal. The value expected *today* is
//!   the same line read at the date of the figures.
//! - **Seasonality**: an objective may give a monthly profile, twelve weights (January first)
//!   saying how its result builds up over the year (a gîte makes most of it in summer). The share
//!   of the period gone by is then the share of the weights, each month's weight spread evenly
//!   over its days, instead of the share of the days. Its KPIs follow the same profile.
//! - **Behind for several readings**: an objective's measure is also worked out as it stood at
//!   each of its latest reading dates (the readings up to that date only), to tell a lasting
//!   drift from one bad month.
//! - **An objective** counts only the KPIs in its own unit (`units::factor`; "k€" is converted):
//!   its flows and year-to-date totals add up (the shop's and the website's sales make the
//!   turnover), measured from 0 to its target; without them, its levels are averaged and measured
//!   from its baseline. KPIs in another unit make no percentage: the objective is *not
//!   comparable*, and says in which units it is measured.

use chrono::{Datelike, NaiveDate};
use schemars::JsonSchema;
use serde::Serialize;
use ts_rs::TS;

use super::units;
use crate::plan::{Frequency, Kpi, KpiCounts, KpiId, Measurement, Objective, ObjectiveId, Plan};

/// How far behind the calendar a KPI or an objective may be and still be on track: 10 points of
/// the way (a tenth of the distance from start to goal). Boussole's rule of thumb: readings are
/// monthly at best, and a month is 8 % of a year.
pub const PACE_TOLERANCE: f64 = 0.1;

/// Whether a KPI or an objective keeps pace with the calendar.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub enum Pace {
    /// It has no target to keep pace with.
    NoTarget,
    /// It has no reading yet.
    NoData,
    /// Its target is reached.
    Reached,
    OnTrack,
    Behind,
}

impl Pace {
    /// Every pace, from the least to the most telling.
    pub const ALL: &'static [Pace] = &[
        Pace::NoTarget,
        Pace::NoData,
        Pace::Reached,
        Pace::OnTrack,
        Pace::Behind,
    ];
}

/// Where a KPI stands.
#[derive(Debug, Clone, PartialEq, Serialize, TS, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct KpiFigures {
    pub id: KpiId,
    /// The latest reading (the latest date; on one date, the one entered last).
    pub latest: Option<Measurement>,
    /// The value set against the goal: the latest reading, or for a flow the sum of the plan
    /// year's readings.
    pub measured: Option<f64>,
    /// Where the way to the goal starts: the baseline for a level, else 0.
    pub start: f64,
    /// What it aims at by its deadline: the target, or for a flow the target times the periods of
    /// a year.
    pub goal: Option<f64>,
    /// How much of the way from start to goal is gone (1: reached).
    pub progress: Option<f64>,
    /// The value expected at the date of the latest reading.
    pub expected: Option<f64>,
    /// The value expected at the date of the figures.
    pub expected_today: Option<f64>,
    /// The end of the period the target is for.
    pub deadline: NaiveDate,
    pub pace: Pace,
}

/// How an objective is measured.
#[derive(Debug, Clone, PartialEq, Serialize, TS, JsonSchema)]
#[serde(tag = "kind", rename_all = "camelCase")]
pub enum ObjectiveMeasure {
    /// It has no target.
    NoTarget,
    /// No KPI follows it.
    NoKpi,
    /// Its KPIs are all in other units than its own: no percentage would mean anything.
    #[serde(rename_all = "camelCase")]
    NotComparable {
        /// The units its KPIs are measured in, as typed, each once.
        units: Vec<String>,
    },
    /// Its KPIs in its unit have no reading yet.
    NoData,
    /// Measured by its KPIs in its unit.
    #[serde(rename_all = "camelCase")]
    Measured {
        /// The value measured, in the objective's unit.
        measured: f64,
        /// Where the way to the target starts.
        start: f64,
        progress: f64,
        /// The value expected at the date of the latest reading.
        expected: f64,
        /// The value expected at the date of the figures.
        expected_today: f64,
        /// The date of the latest reading counted.
        at: NaiveDate,
        pace: Pace,
    },
}

/// Where an objective stands.
#[derive(Debug, Clone, PartialEq, Serialize, TS, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct ObjectiveFigures {
    pub id: ObjectiveId,
    /// The KPIs counted: those linked to it in its unit.
    pub kpis: Vec<KpiId>,
    pub measure: ObjectiveMeasure,
    /// The latest reading dates at which it was behind, one after the other, most recent first
    /// (at most `BEHIND_READINGS_KEPT`): empty when it is not behind at its latest reading.
    pub behind_at: Vec<NaiveDate>,
}

/// How many successive behind readings an objective's figures keep: enough to tell a lasting
/// drift (two readings in a row) from one bad month.
pub const BEHIND_READINGS_KEPT: usize = 2;

/// Each KPI's figures as of `today`, in the plan's order.
pub fn kpis(plan: &Plan, today: NaiveDate) -> Vec<KpiFigures> {
    plan.kpis.iter().map(|k| kpi(plan, k, today)).collect()
}

/// Each objective's figures as of `today`, in the plan's order.
pub fn objectives(plan: &Plan, today: NaiveDate) -> Vec<ObjectiveFigures> {
    plan.objectives
        .iter()
        .map(|o| {
            let (kpis, measure) = objective(plan, o, today, None);
            ObjectiveFigures {
                id: o.id,
                kpis,
                behind_at: behind_at(plan, o, &measure, today),
                measure,
            }
        })
        .collect()
}

/// The latest reading dates at which `objective` was behind, one after the other, most recent
/// first, given its measure with every reading.
fn behind_at(
    plan: &Plan,
    objective: &Objective,
    measure: &ObjectiveMeasure,
    today: NaiveDate,
) -> Vec<NaiveDate> {
    let ObjectiveMeasure::Measured {
        at,
        pace: Pace::Behind,
        ..
    } = measure
    else {
        return Vec::new();
    };
    let mut dates = vec![*at];
    let mut before = *at;
    while dates.len() < BEHIND_READINGS_KEPT {
        // The measure as it stood on the day before the latest date counted so far.
        let Some(cut) = before.pred_opt() else { break };
        match objective_at(plan, objective, today, cut) {
            ObjectiveMeasure::Measured {
                at,
                pace: Pace::Behind,
                ..
            } => {
                dates.push(at);
                before = at;
            }
            _ => break,
        }
    }
    dates
}

fn objective_at(
    plan: &Plan,
    o: &Objective,
    today: NaiveDate,
    until: NaiveDate,
) -> ObjectiveMeasure {
    objective(plan, o, today, Some(until)).1
}

/// How many periods of its frequency a year holds, for a flow KPI.
fn periods(frequency: Option<Frequency>) -> Option<f64> {
    frequency.map(|f| match f {
        Frequency::Weekly => 52.0,
        Frequency::Monthly => 12.0,
        Frequency::Quarterly => 4.0,
        Frequency::Yearly => 1.0,
    })
}

/// A KPI's latest reading: the latest date, and on one date the one entered last.
pub fn latest(kpi: &Kpi) -> Option<&Measurement> {
    latest_until(kpi, None)
}

/// A KPI's latest reading up to `until` (every reading without it).
fn latest_until(kpi: &Kpi, until: Option<NaiveDate>) -> Option<&Measurement> {
    kpi.measurements
        .iter()
        .enumerate()
        .filter(|(_, m)| until.is_none_or(|u| m.date <= u))
        .max_by_key(|(i, m)| (m.date, *i))
        .map(|(_, m)| m)
}

/// How a KPI's readings add up, once its frequency is known.
fn reading(kpi: &Kpi) -> KpiCounts {
    match (kpi.counts, periods(kpi.frequency)) {
        (KpiCounts::Flow, None) => KpiCounts::Level,
        (counts, _) => counts,
    }
}

/// The value a KPI sets against its goal, in its own unit, from its readings up to `until`: the
/// sum of the plan year's readings for a flow, else the latest reading.
fn measured(kpi: &Kpi, year: i32, until: Option<NaiveDate>) -> Option<f64> {
    match reading(kpi) {
        KpiCounts::Flow => {
            let in_year: Vec<f64> = kpi
                .measurements
                .iter()
                .filter(|m| m.date.year() == year && until.is_none_or(|u| m.date <= u))
                .map(|m| m.value)
                .collect();
            (!in_year.is_empty()).then(|| in_year.iter().sum())
        }
        KpiCounts::Cumulative | KpiCounts::Level => latest_until(kpi, until).map(|m| m.value),
    }
}

/// The end of the period a target is for: the objective's deadline, else 31 December. A deadline
/// before the plan year starts is read as 31 December.
fn deadline(year: i32, objective: Option<&Objective>) -> NaiveDate {
    let end = NaiveDate::from_ymd_opt(year, 12, 31).unwrap_or(NaiveDate::MAX);
    match objective.and_then(|o| o.deadline) {
        Some(d) if d.year() >= year => d,
        _ => end,
    }
}

/// The share of the period from 1 January of `year` to `deadline` gone by at the end of `at`:
/// the share of its days, or with a monthly `profile` the share of its weight.
pub fn elapsed(year: i32, deadline: NaiveDate, at: NaiveDate, profile: Option<&[f64]>) -> f64 {
    let Some(from) = NaiveDate::from_ymd_opt(year, 1, 1) else {
        return 1.0;
    };
    let span = (deadline - from).num_days() + 1;
    if span <= 0 {
        return 1.0;
    }
    if at < from {
        return 0.0;
    }
    let (gone, span) = match profile.filter(|p| p.len() == 12) {
        Some(weights) => (
            weight_until(year, at.min(deadline), weights),
            weight_until(year, deadline, weights),
        ),
        None => (((at - from).num_days() + 1) as f64, span as f64),
    };
    if span <= 0.0 {
        return 1.0;
    }
    (gone / span).clamp(0.0, 1.0)
}

/// The weight of the days from 1 January of `year` to the end of `until`, each month's weight
/// spread evenly over its days (days after the year count as December's).
fn weight_until(year: i32, until: NaiveDate, weights: &[f64]) -> f64 {
    let mut sum = 0.0;
    for (m, weight) in weights.iter().enumerate() {
        let month = m as u32 + 1;
        let Some(first) = NaiveDate::from_ymd_opt(year, month, 1) else {
            continue;
        };
        if until < first {
            break;
        }
        let days = days_in_month(year, month);
        let covered = if month == 12 && until.year() > year {
            days
        } else {
            ((until - first).num_days() + 1).min(i64::from(days)) as u32
        };
        sum += weight.max(0.0) * f64::from(covered) / f64::from(days);
    }
    sum
}

fn days_in_month(year: i32, month: u32) -> u32 {
    let next = if month == 12 {
        NaiveDate::from_ymd_opt(year + 1, 1, 1)
    } else {
        NaiveDate::from_ymd_opt(year, month + 1, 1)
    };
    next.and_then(|n| n.pred_opt()).map_or(31, |d| d.day())
}

/// Progress from `start` to `goal`; a goal equal to its start is reached or not.
fn progress(measured: f64, start: f64, goal: f64) -> f64 {
    let span = goal - start;
    if span == 0.0 {
        return if measured == goal { 1.0 } else { 0.0 };
    }
    (measured - start) / span
}

fn pace(progress: f64, elapsed: f64) -> Pace {
    if progress >= 1.0 {
        Pace::Reached
    } else if progress + PACE_TOLERANCE >= elapsed {
        Pace::OnTrack
    } else {
        Pace::Behind
    }
}

fn kpi(plan: &Plan, kpi: &Kpi, today: NaiveDate) -> KpiFigures {
    let year = plan.company.plan_year;
    let objective = kpi
        .objective_id
        .and_then(|id| plan.objectives.iter().find(|o| o.id == id));
    let deadline = deadline(year, objective);
    let profile = objective.and_then(|o| o.monthly_profile.as_deref());
    let latest = latest(kpi).cloned();
    let measured = measured(kpi, year, None);
    let start = match reading(kpi) {
        KpiCounts::Level => kpi.baseline.unwrap_or(0.0),
        KpiCounts::Flow | KpiCounts::Cumulative => 0.0,
    };
    let goal = match reading(kpi) {
        KpiCounts::Flow => kpi.target.zip(periods(kpi.frequency)).map(|(t, n)| t * n),
        _ => kpi.target,
    };
    let (progress, expected, pace) = match (goal, measured, &latest) {
        (None, ..) => (None, None, Pace::NoTarget),
        (Some(_), None, _) | (Some(_), _, None) => (None, None, Pace::NoData),
        (Some(goal), Some(measured), Some(latest)) => {
            let share = elapsed(year, deadline, latest.date, profile);
            let p = progress(measured, start, goal);
            (
                Some(p),
                Some(typed_precision(
                    start + (goal - start) * share,
                    &[kpi.baseline, kpi.target],
                )),
                self::pace(p, share),
            )
        }
    };
    let expected_today = goal.map(|goal| {
        typed_precision(
            start + (goal - start) * elapsed(year, deadline, today, profile),
            &[kpi.baseline, kpi.target],
        )
    });
    KpiFigures {
        id: kpi.id,
        latest,
        measured,
        start,
        goal,
        progress,
        expected,
        expected_today,
        deadline,
        pace,
    }
}

/// The KPIs counted for `objective` and its measure as of `today`, from the readings up to `until`
/// (every reading without it).
fn objective(
    plan: &Plan,
    objective: &Objective,
    today: NaiveDate,
    until: Option<NaiveDate>,
) -> (Vec<KpiId>, ObjectiveMeasure) {
    let year = plan.company.plan_year;
    let profile = objective.monthly_profile.as_deref();
    let linked: Vec<&Kpi> = plan
        .kpis
        .iter()
        .filter(|k| k.objective_id == Some(objective.id))
        .collect();
    let in_unit: Vec<(&Kpi, f64)> = linked
        .iter()
        .filter_map(|k| units::factor(&k.unit, &objective.unit).map(|f| (*k, f)))
        .collect();
    let counted = |kpis: &[(&Kpi, f64)]| kpis.iter().map(|(k, _)| k.id).collect::<Vec<_>>();
    let figures = |kpis: Vec<KpiId>, measure| (kpis, measure);
    let Some(target) = objective.target else {
        return figures(counted(&in_unit), ObjectiveMeasure::NoTarget);
    };
    if linked.is_empty() {
        return figures(vec![], ObjectiveMeasure::NoKpi);
    }
    if in_unit.is_empty() {
        let mut units: Vec<String> = Vec::new();
        for k in &linked {
            let unit = k.unit.trim().to_string();
            if !units.contains(&unit) {
                units.push(unit);
            }
        }
        return figures(vec![], ObjectiveMeasure::NotComparable { units });
    }
    let totals: Vec<(&Kpi, f64)> = in_unit
        .iter()
        .copied()
        .filter(|(k, _)| reading(k) != KpiCounts::Level)
        .collect();
    let adds = !totals.is_empty();
    let (kpis, start) = if adds {
        (totals, 0.0)
    } else {
        (in_unit, objective.baseline.unwrap_or(0.0))
    };
    let values: Vec<(f64, NaiveDate)> = kpis
        .iter()
        .filter_map(|(k, f)| Some((measured(k, year, until)? * f, latest_until(k, until)?.date)))
        .collect();
    let Some(at) = values.iter().map(|(_, d)| *d).max() else {
        return figures(counted(&kpis), ObjectiveMeasure::NoData);
    };
    let sum: f64 = values.iter().map(|(v, _)| v).sum();
    let measured = if adds { sum } else { sum / values.len() as f64 };
    let deadline = self::deadline(year, Some(objective));
    let share = elapsed(year, deadline, at, profile);
    let p = progress(measured, start, target);
    let typed = [objective.baseline, objective.target];
    figures(
        counted(&kpis),
        ObjectiveMeasure::Measured {
            measured,
            start,
            progress: p,
            expected: typed_precision(start + (target - start) * share, &typed),
            expected_today: typed_precision(
                start + (target - start) * elapsed(year, deadline, today, profile),
                &typed,
            ),
            at,
            pace: pace(p, share),
        },
    )
}

/// An expected value at the precision of the figures the owner typed for it (its baseline and
/// target): "29 589 €" on the way from 0 to 120 000 €, "1,6 %" on the way from 1,1 % to 2 %, never
/// more than two decimals. Progress and pace are worked out before this rounding.
fn typed_precision(value: f64, typed: &[Option<f64>]) -> f64 {
    let decimals = typed
        .iter()
        .flatten()
        .map(|v| {
            let cents = (v.abs() * 100.0).round() as u64;
            if cents.is_multiple_of(100) {
                0
            } else if cents.is_multiple_of(10) {
                1
            } else {
                2
            }
        })
        .max()
        .unwrap_or(2);
    let scale = 10f64.powi(decimals);
    (value * scale).round() / scale
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plan::{Language, Objective, ObjectiveCategory};

    /// The figures as of 30 June of the plan year, for the tests that do not look at today.
    fn kpis(plan: &Plan) -> Vec<KpiFigures> {
        super::kpis(plan, date(6, 30))
    }

    fn objectives(plan: &Plan) -> Vec<ObjectiveFigures> {
        super::objectives(plan, date(6, 30))
    }

    fn date(m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2027, m, d).unwrap()
    }

    fn objective(id: u32, unit: &str, baseline: f64, target: f64) -> Objective {
        Objective {
            monthly_profile: None,
            id: ObjectiveId(id),
            title: "Chiffre d’affaires".into(),
            category: ObjectiveCategory::Business,
            metric: "chiffre d’affaires".into(),
            baseline: Some(baseline),
            target: Some(target),
            unit: unit.into(),
            deadline: Some(date(12, 31)),
            parent_id: None,
            key_results: vec![],
            north_star: false,
            draft: false,
        }
    }

    fn kpi(
        id: u32,
        counts: KpiCounts,
        unit: &str,
        baseline: f64,
        target: f64,
        readings: &[(NaiveDate, f64)],
    ) -> Kpi {
        Kpi {
            id: KpiId(id),
            name: format!("KPI {id}"),
            objective_id: Some(ObjectiveId(1)),
            baseline: Some(baseline),
            target: Some(target),
            unit: unit.into(),
            frequency: Some(Frequency::Monthly),
            counts,
            tool: "caisse".into(),
            measurements: readings
                .iter()
                .map(|&(date, value)| Measurement { date, value })
                .collect(),
        }
    }

    fn plan(objectives: Vec<Objective>, kpis: Vec<Kpi>) -> Plan {
        let mut p = Plan::blank("Café Lune", 2027, Language::Fr);
        p.objectives = objectives;
        p.kpis = kpis;
        p
    }

    #[test]
    fn a_level_runs_from_its_baseline_and_a_total_from_zero() {
        let p = plan(
            vec![objective(1, "€", 100.0, 200.0)],
            vec![
                kpi(1, KpiCounts::Level, "€", 7.4, 8.2, &[(date(3, 31), 7.8)]),
                kpi(
                    2,
                    KpiCounts::Cumulative,
                    "€",
                    520_000.0,
                    561_600.0,
                    &[(date(6, 30), 280_800.0)],
                ),
            ],
        );
        let f = kpis(&p);
        assert!((f[0].progress.unwrap() - 0.5).abs() < 1e-9);
        assert_eq!(f[0].start, 7.4);
        assert_eq!(f[1].start, 0.0);
        assert!((f[1].progress.unwrap() - 0.5).abs() < 1e-9);
        assert_eq!(f[1].pace, Pace::OnTrack, "half the year, half the target");
    }

    #[test]
    fn a_flow_adds_its_readings_of_the_year_against_its_target_times_its_periods() {
        let readings = [
            (NaiveDate::from_ymd_opt(2026, 12, 31).unwrap(), 40_000.0),
            (date(1, 31), 40_000.0),
            (date(2, 28), 42_000.0),
            (date(3, 31), 44_000.0),
        ];
        let p = plan(
            vec![objective(1, "k€", 480.0, 540.0)],
            vec![kpi(1, KpiCounts::Flow, "€", 40_000.0, 45_000.0, &readings)],
        );
        let f = &kpis(&p)[0];
        assert_eq!(
            f.measured,
            Some(126_000.0),
            "December of the year before is left out"
        );
        assert_eq!(f.goal, Some(540_000.0));
        assert_eq!(f.latest.as_ref().map(|m| m.value), Some(44_000.0));
        let o = &objectives(&p)[0];
        let ObjectiveMeasure::Measured {
            measured, progress, ..
        } = o.measure
        else {
            panic!("{o:?}")
        };
        assert_eq!(measured, 126.0, "converted to k€");
        assert!((progress - 126.0 / 540.0).abs() < 1e-9);
    }

    #[test]
    fn behind_and_ahead_of_the_calendar() {
        // At the end of June, half the year is gone: 30 % done is behind, 45 % on track.
        let behind = kpi(
            1,
            KpiCounts::Cumulative,
            "€",
            0.0,
            100.0,
            &[(date(6, 30), 30.0)],
        );
        let on_track = kpi(
            2,
            KpiCounts::Cumulative,
            "€",
            0.0,
            100.0,
            &[(date(6, 30), 45.0)],
        );
        let reached = kpi(3, KpiCounts::Level, "%", 1.1, 2.0, &[(date(3, 31), 2.1)]);
        let f = kpis(&plan(
            vec![objective(1, "€", 0.0, 100.0)],
            vec![behind, on_track, reached],
        ));
        assert_eq!(
            f.iter().map(|k| k.pace).collect::<Vec<_>>(),
            [Pace::Behind, Pace::OnTrack, Pace::Reached]
        );
        assert!((f[0].expected.unwrap() - 100.0 * 181.0 / 365.0).abs() <= 0.5);
    }

    #[test]
    fn a_target_below_its_baseline_counts_the_other_way() {
        let churn = kpi(1, KpiCounts::Level, "%", 8.0, 5.0, &[(date(6, 30), 6.5)]);
        let f = &kpis(&plan(vec![objective(1, "%", 8.0, 5.0)], vec![churn]))[0];
        assert!((f.progress.unwrap() - 0.5).abs() < 1e-9);
        assert_eq!(f.pace, Pace::OnTrack);
    }

    #[test]
    fn an_objective_measured_only_in_another_unit_is_not_comparable() {
        let lunches = kpi(
            1,
            KpiCounts::Level,
            "couverts/jour",
            60.0,
            80.0,
            &[(date(3, 31), 75.0)],
        );
        let o = &objectives(&plan(
            vec![objective(1, "€", 520_000.0, 561_600.0)],
            vec![lunches],
        ))[0];
        assert_eq!(
            o.measure,
            ObjectiveMeasure::NotComparable {
                units: vec!["couverts/jour".into()]
            }
        );
        assert!(o.kpis.is_empty());
    }

    #[test]
    fn an_objective_adds_its_totals_and_averages_its_levels() {
        let shop = kpi(
            1,
            KpiCounts::Flow,
            "€",
            0.0,
            10.0,
            &[(date(1, 31), 10.0), (date(2, 28), 10.0)],
        );
        let online = kpi(
            2,
            KpiCounts::Cumulative,
            "€",
            0.0,
            60.0,
            &[(date(2, 28), 5.0)],
        );
        let basket = kpi(3, KpiCounts::Level, "€", 7.0, 8.0, &[(date(2, 28), 7.5)]);
        let o = &objectives(&plan(
            vec![objective(1, "€", 200.0, 240.0)],
            vec![shop, online, basket],
        ))[0];
        let ObjectiveMeasure::Measured {
            measured,
            start,
            at,
            ..
        } = o.measure
        else {
            panic!("{o:?}")
        };
        assert_eq!((measured, start, at), (25.0, 0.0, date(2, 28)));
        assert_eq!(o.kpis, [KpiId(1), KpiId(2)]);

        let a = kpi(1, KpiCounts::Level, "€", 7.0, 8.0, &[(date(2, 28), 7.5)]);
        let b = kpi(2, KpiCounts::Level, "€", 7.0, 8.0, &[(date(3, 31), 7.9)]);
        let o = &objectives(&plan(vec![objective(1, "€", 7.0, 8.0)], vec![a, b]))[0];
        let ObjectiveMeasure::Measured {
            measured,
            start,
            progress,
            ..
        } = o.measure
        else {
            panic!("{o:?}")
        };
        assert!((measured - 7.7).abs() < 1e-9);
        assert_eq!(start, 7.0);
        assert!((progress - 0.7).abs() < 1e-9);
    }

    #[test]
    fn no_reading_no_kpi_no_target() {
        let quiet = kpi(1, KpiCounts::Level, "€", 0.0, 10.0, &[]);
        let p = plan(vec![objective(1, "€", 0.0, 10.0)], vec![quiet.clone()]);
        assert_eq!(kpis(&p)[0].pace, Pace::NoData);
        assert_eq!(objectives(&p)[0].measure, ObjectiveMeasure::NoData);
        let p = plan(vec![objective(1, "€", 0.0, 10.0)], vec![]);
        assert_eq!(objectives(&p)[0].measure, ObjectiveMeasure::NoKpi);
        let mut o = objective(1, "€", 0.0, 10.0);
        o.target = None;
        assert_eq!(
            objectives(&plan(vec![o], vec![quiet]))[0].measure,
            ObjectiveMeasure::NoTarget
        );
    }

    #[test]
    fn a_reading_before_the_year_starts_expects_the_start() {
        let early = kpi(
            1,
            KpiCounts::Level,
            "€",
            10.0,
            20.0,
            &[(NaiveDate::from_ymd_opt(2026, 12, 15).unwrap(), 11.0)],
        );
        let f = &kpis(&plan(vec![objective(1, "€", 10.0, 20.0)], vec![early]))[0];
        assert_eq!(f.expected, Some(10.0));
        assert_eq!(f.pace, Pace::OnTrack);
    }

    fn measured(o: &ObjectiveFigures) -> (f64, f64, f64, Pace) {
        match o.measure {
            ObjectiveMeasure::Measured {
                measured,
                expected,
                expected_today,
                pace,
                ..
            } => (measured, expected, expected_today, pace),
            ref other => panic!("not measured: {other:?}"),
        }
    }

    /// A revenue objective of 120 k€ for the year, followed by a monthly flow of sales.
    fn sales(readings: &[(NaiveDate, f64)]) -> Plan {
        plan(
            vec![objective(1, "€", 0.0, 120_000.0)],
            vec![kpi(1, KpiCounts::Flow, "€", 0.0, 10_000.0, readings)],
        )
    }

    #[test]
    fn ahead_on_track_and_behind_as_of_today() {
        let at = |value| sales(&[(date(3, 31), value)]);
        let today = date(4, 15);
        let ahead = &super::objectives(&at(40_000.0), today)[0];
        let on_track = &super::objectives(&at(28_000.0), today)[0];
        let behind = &super::objectives(&at(15_000.0), today)[0];
        let expected_march = 120_000.0 * 90.0 / 365.0;
        let (m, expected, expected_today, pace) = measured(ahead);
        assert_eq!((m, pace), (40_000.0, Pace::OnTrack));
        assert!((expected - expected_march).abs() <= 0.5);
        assert!((expected_today - 120_000.0 * 105.0 / 365.0).abs() <= 0.5);
        assert_eq!(
            measured(on_track).3,
            Pace::OnTrack,
            "2 points behind: within the tolerance"
        );
        assert_eq!(measured(behind).3, Pace::Behind);
        assert_eq!(behind.behind_at, [date(3, 31)]);
        assert!(ahead.behind_at.is_empty());
    }

    #[test]
    fn a_deadline_mid_year_makes_the_line_steeper() {
        let mut p = sales(&[(date(3, 31), 30_000.0)]);
        p.objectives[0].deadline = Some(date(6, 30));
        let o = &super::objectives(&p, date(3, 31))[0];
        let (_, expected, _, pace) = measured(o);
        assert!((expected - 120_000.0 * 90.0 / 181.0).abs() <= 0.5);
        assert_eq!(
            pace,
            Pace::Behind,
            "a quarter of the target at half the period"
        );
        let k = &super::kpis(&p, date(3, 31))[0];
        assert_eq!(
            k.deadline,
            date(6, 30),
            "the KPI follows its objective's deadline"
        );
    }

    #[test]
    fn a_seasonal_profile_expects_little_in_winter() {
        // A gîte: nothing in winter, most of the year in July and August.
        let profile = vec![0.0, 0.0, 0.0, 1.0, 1.0, 2.0, 4.0, 4.0, 1.0, 1.0, 0.0, 0.0];
        let mut p = sales(&[(date(3, 31), 0.0)]);
        let flat = measured(&super::objectives(&p, date(4, 10))[0]);
        assert_eq!(
            flat.3,
            Pace::Behind,
            "without a profile, March should hold a quarter"
        );
        p.objectives[0].monthly_profile = Some(profile);
        let seasonal = measured(&super::objectives(&p, date(4, 10))[0]);
        assert_eq!(seasonal.1, 0.0, "nothing expected by the end of March");
        assert_eq!(seasonal.3, Pace::OnTrack);
        assert!((seasonal.2 - 120_000.0 * (10.0 / 30.0) / 14.0).abs() <= 0.5);
        assert_eq!(
            super::kpis(&p, date(4, 10))[0].pace,
            Pace::OnTrack,
            "its KPI too"
        );
        let summer = measured(&super::objectives(&p, date(8, 31))[0]);
        assert!((summer.2 - 120_000.0 * 12.0 / 14.0).abs() <= 0.5);
    }

    #[test]
    fn an_objective_behind_at_two_readings_in_a_row_says_since_when() {
        let two = sales(&[(date(5, 31), 10_000.0), (date(6, 30), 2_000.0)]);
        let o = &super::objectives(&two, date(7, 10))[0];
        assert_eq!(o.behind_at, [date(6, 30), date(5, 31)]);
        let recovered = sales(&[(date(5, 31), 45_000.0), (date(6, 30), 0.0)]);
        let o = &super::objectives(&recovered, date(7, 10))[0];
        assert_eq!(o.behind_at, [date(6, 30)], "May was on track");
    }

    #[test]
    fn no_reading_expects_the_line_today_all_the_same() {
        let f = &super::kpis(&sales(&[]), date(7, 1))[0];
        assert_eq!(f.pace, Pace::NoData);
        assert!((f.expected_today.unwrap() - 120_000.0 * 182.0 / 365.0).abs() <= 0.5);
    }

    #[test]
    fn an_expected_value_reads_at_the_precision_of_the_figures_typed() {
        assert_eq!(
            typed_precision(29_589.041, &[Some(0.0), Some(120_000.0)]),
            29_589.0
        );
        assert_eq!(typed_precision(1.5512, &[Some(1.1), Some(2.0)]), 1.6);
        assert_eq!(typed_precision(7.4512, &[Some(7.4), Some(8.25)]), 7.45);
        assert_eq!(typed_precision(5.16, &[None, Some(20.0)]), 5.0);
        assert_eq!(typed_precision(5.1634, &[None, None]), 5.16);
    }
}
