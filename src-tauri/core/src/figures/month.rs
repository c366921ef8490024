//! What the month of a date asks of the owner ("This month", the first screen of a plan during its
//! year): the actions starting, running, ending or overdue, the milestones due or late, the KPI
//! readings due and not yet entered, and the actual spend still to record.
//!
//! The rules, each applied once here:
//! - **Actions** done or cancelled ask nothing. An action is *overdue* by `actions::is_overdue`;
//!   otherwise it is *ending* when its end falls in the month, *starting* when its start does,
//!   *running* when it started before the month and ends after it.
//! - **Milestones** not done, of actions still live: *late* when dated before the date, *due*
//!   when dated from the date to the month's end.
//! - **A reading is due** for a KPI with a frequency when its latest period ended before the date
//!   (weeks run Monday to Sunday, months and quarters by the calendar, the year is the plan
//!   year), that period lies in the plan year, and no reading is dated from the period's first
//!   day on. The reading offered is dated on the period's last day.
//! - **Spend to record**: an action done, or live and ended before the date, with a planned
//!   budget and no actual spend yet.

use chrono::{Datelike, Duration, NaiveDate};
use schemars::JsonSchema;
use serde::Serialize;
use ts_rs::TS;

use super::actions::is_overdue;
use crate::plan::{Action, ActionId, ActionStatus, Frequency, Kpi, KpiId, Plan};

/// Where an action stands in the month.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub enum ActionMoment {
    Overdue,
    Ending,
    Starting,
    Running,
}

/// An action the month asks about.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct ActionDue {
    pub id: ActionId,
    pub moment: ActionMoment,
}

/// A milestone not done, due this month or late.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct MilestoneDue {
    pub action_id: ActionId,
    /// Its place in its action's list of milestones.
    pub index: u32,
    pub date: NaiveDate,
    pub late: bool,
}

/// A KPI reading due and not entered yet.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct ReadingDue {
    pub kpi_id: KpiId,
    /// The first day of the period the reading is for.
    pub from: NaiveDate,
    /// The last day of that period: the date offered for the reading.
    pub date: NaiveDate,
}

/// What the month of a date asks of the owner.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct Month {
    /// The month's first and last days.
    pub first: NaiveDate,
    pub last: NaiveDate,
    /// Whether the date falls in the plan year: the plan is then being steered.
    pub in_plan_year: bool,
    pub actions: Vec<ActionDue>,
    pub milestones: Vec<MilestoneDue>,
    pub readings: Vec<ReadingDue>,
    /// Actions ended with a planned budget and no actual spend recorded.
    pub spend_to_record: Vec<ActionId>,
}

/// What the month of `today` asks of the owner of `plan`.
pub fn of(plan: &Plan, today: NaiveDate) -> Month {
    let first = today.with_day(1).unwrap_or(today);
    let last = last_of_month(today);
    let year = plan.company.plan_year;
    let live = |a: &&Action| matches!(a.status, ActionStatus::Planned | ActionStatus::InProgress);
    let actions = plan
        .actions
        .iter()
        .filter(live)
        .filter_map(|a| moment(a, today, first, last).map(|moment| ActionDue { id: a.id, moment }))
        .collect();
    let mut milestones = Vec::new();
    for action in plan.actions.iter().filter(live) {
        for (index, m) in action.milestones.iter().enumerate() {
            let Some(date) = m.date.filter(|d| !m.done && *d <= last) else {
                continue;
            };
            milestones.push(MilestoneDue {
                action_id: action.id,
                index: u32::try_from(index).unwrap_or(u32::MAX),
                date,
                late: date < today,
            });
        }
    }
    milestones.sort_by_key(|m| (m.date, m.action_id, m.index));
    let readings = plan
        .kpis
        .iter()
        .filter_map(|k| reading_due(k, year, today))
        .collect();
    let spend_to_record = plan
        .actions
        .iter()
        .filter(|a| {
            let ended = match a.status {
                ActionStatus::Done => true,
                ActionStatus::Planned | ActionStatus::InProgress => {
                    a.end.is_some_and(|e| e < today)
                }
                ActionStatus::Cancelled => false,
            };
            ended && a.planned_budget.is_some_and(|b| b.cents() > 0) && a.actual_spend.is_none()
        })
        .map(|a| a.id)
        .collect();
    Month {
        first,
        last,
        in_plan_year: today.year() == year,
        actions,
        milestones,
        readings,
        spend_to_record,
    }
}

fn moment(
    action: &Action,
    today: NaiveDate,
    first: NaiveDate,
    last: NaiveDate,
) -> Option<ActionMoment> {
    let within = |d: Option<NaiveDate>| d.is_some_and(|d| first <= d && d <= last);
    if is_overdue(action, today) {
        Some(ActionMoment::Overdue)
    } else if within(action.end) {
        Some(ActionMoment::Ending)
    } else if within(action.start) {
        Some(ActionMoment::Starting)
    } else if action.start.is_some_and(|s| s < first) && action.end.is_some_and(|e| e > last) {
        Some(ActionMoment::Running)
    } else {
        None
    }
}

fn last_of_month(day: NaiveDate) -> NaiveDate {
    let next = if day.month() == 12 {
        NaiveDate::from_ymd_opt(day.year() + 1, 1, 1)
    } else {
        NaiveDate::from_ymd_opt(day.year(), day.month() + 1, 1)
    };
    next.and_then(|n| n.pred_opt()).unwrap_or(day)
}

/// The period of `frequency` that holds `day`: its first and last days (the year is `year`'s).
pub(crate) fn period(
    frequency: Frequency,
    day: NaiveDate,
    year: i32,
) -> Option<(NaiveDate, NaiveDate)> {
    match frequency {
        Frequency::Weekly => {
            let monday = day - Duration::days(i64::from(day.weekday().num_days_from_monday()));
            Some((monday, monday + Duration::days(6)))
        }
        Frequency::Monthly => Some((day.with_day(1)?, last_of_month(day))),
        Frequency::Quarterly => {
            let first_month = (day.month0() / 3) * 3 + 1;
            let first = NaiveDate::from_ymd_opt(day.year(), first_month, 1)?;
            let last = last_of_month(NaiveDate::from_ymd_opt(day.year(), first_month + 2, 1)?);
            Some((first, last))
        }
        Frequency::Yearly => Some((
            NaiveDate::from_ymd_opt(year, 1, 1)?,
            NaiveDate::from_ymd_opt(year, 12, 31)?,
        )),
    }
}

/// The reading due for `kpi` on `today`, if any: its latest period ended before today, in the
/// plan year, with no reading from that period's first day on.
fn reading_due(kpi: &Kpi, year: i32, today: NaiveDate) -> Option<ReadingDue> {
    let frequency = kpi.frequency?;
    let year_first = NaiveDate::from_ymd_opt(year, 1, 1)?;
    let year_last = NaiveDate::from_ymd_opt(year, 12, 31)?;
    // The period ended last: the one holding the day before the current period starts.
    let (current_first, _) = period(frequency, today.min(year_last + Duration::days(1)), year)?;
    let (from, date) = if frequency == Frequency::Yearly {
        period(frequency, today, year).filter(|(_, last)| *last < today)?
    } else {
        period(frequency, current_first.pred_opt()?, year)?
    };
    if date < year_first || date > year_last {
        return None;
    }
    let entered = kpi.measurements.iter().any(|m| m.date >= from);
    (!entered).then_some(ReadingDue {
        kpi_id: kpi.id,
        from,
        date,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plan::{KpiCounts, Language, Measurement, Milestone, Money, Plan};

    fn d(m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2027, m, day).unwrap()
    }

    fn action(id: u32, start: NaiveDate, end: NaiveDate, status: ActionStatus) -> Action {
        Action {
            id: ActionId(id),
            title: format!("Action {id}"),
            description: String::new(),
            objective_ids: vec![],
            lever: None,
            channel: None,
            owner: String::new(),
            start: Some(start),
            end: Some(end),
            milestones: vec![],
            segment_ids: vec![],
            persona_ids: vec![],
            planned_budget: None,
            actual_spend: None,
            status,
            correction_note: String::new(),
        }
    }

    fn kpi(id: u32, frequency: Frequency, readings: &[NaiveDate]) -> Kpi {
        Kpi {
            id: KpiId(id),
            name: format!("KPI {id}"),
            objective_id: None,
            baseline: None,
            target: None,
            unit: String::new(),
            frequency: Some(frequency),
            counts: KpiCounts::Level,
            tool: String::new(),
            measurements: readings
                .iter()
                .map(|date| Measurement {
                    date: *date,
                    value: 1.0,
                })
                .collect(),
        }
    }

    fn plan() -> Plan {
        Plan::blank("Fournil", 2027, Language::Fr)
    }

    #[test]
    fn actions_are_told_apart_by_where_they_stand_in_the_month() {
        let mut p = plan();
        p.actions = vec![
            action(1, d(1, 10), d(2, 28), ActionStatus::InProgress),
            action(2, d(3, 1), d(3, 31), ActionStatus::Planned),
            action(3, d(3, 20), d(5, 31), ActionStatus::Planned),
            action(4, d(2, 1), d(6, 30), ActionStatus::InProgress),
            action(5, d(3, 1), d(3, 10), ActionStatus::Done),
            action(6, d(1, 1), d(1, 31), ActionStatus::Cancelled),
            action(7, d(6, 1), d(6, 30), ActionStatus::Planned),
        ];
        let m = of(&p, d(3, 15));
        let got: Vec<(u32, ActionMoment)> = m.actions.iter().map(|a| (a.id.0, a.moment)).collect();
        assert_eq!(
            got,
            [
                (1, ActionMoment::Overdue),
                (2, ActionMoment::Ending),
                (3, ActionMoment::Starting),
                (4, ActionMoment::Running),
            ]
        );
        assert_eq!((m.first, m.last, m.in_plan_year), (d(3, 1), d(3, 31), true));
    }

    #[test]
    fn milestones_due_this_month_or_late_and_not_done() {
        let mut p = plan();
        let mut a = action(1, d(1, 1), d(6, 30), ActionStatus::InProgress);
        a.milestones = vec![
            Milestone {
                title: "Devis".into(),
                date: Some(d(2, 10)),
                done: false,
            },
            Milestone {
                title: "Maquette".into(),
                date: Some(d(3, 5)),
                done: true,
            },
            Milestone {
                title: "Impression".into(),
                date: Some(d(3, 25)),
                done: false,
            },
            Milestone {
                title: "Envoi".into(),
                date: Some(d(4, 2)),
                done: false,
            },
        ];
        p.actions = vec![a];
        let m = of(&p, d(3, 15));
        let got: Vec<(u32, bool)> = m.milestones.iter().map(|m| (m.index, m.late)).collect();
        assert_eq!(got, [(0, true), (2, false)]);
    }

    #[test]
    fn a_reading_is_due_for_the_period_that_ended_without_one() {
        let mut p = plan();
        p.kpis = vec![
            kpi(1, Frequency::Monthly, &[d(1, 31)]),
            kpi(2, Frequency::Monthly, &[d(1, 31), d(3, 2)]),
            kpi(3, Frequency::Quarterly, &[]),
            kpi(4, Frequency::Weekly, &[]),
            kpi(5, Frequency::Yearly, &[]),
        ];
        let m = of(&p, d(3, 15));
        let got: Vec<(u32, NaiveDate, NaiveDate)> = m
            .readings
            .iter()
            .map(|r| (r.kpi_id.0, r.from, r.date))
            .collect();
        assert_eq!(
            got,
            [(1, d(2, 1), d(2, 28)), (4, d(3, 8), d(3, 14))],
            "February missing; a reading in March counts for February; no quarter or year ended"
        );
        let april = of(&p, d(4, 3));
        assert!(april
            .readings
            .iter()
            .any(|r| r.kpi_id == KpiId(3) && r.date == d(3, 31)));
        let next_year = of(&p, NaiveDate::from_ymd_opt(2028, 1, 10).unwrap());
        assert!(next_year
            .readings
            .iter()
            .any(|r| r.kpi_id == KpiId(5) && r.date == d(12, 31)));
        assert!(next_year
            .readings
            .iter()
            .any(|r| r.kpi_id == KpiId(1) && r.date == d(12, 31)));
        assert!(!next_year.in_plan_year);
        let before = of(&p, NaiveDate::from_ymd_opt(2026, 12, 20).unwrap());
        assert!(
            before.readings.is_empty(),
            "nothing is due before the year starts"
        );
    }

    #[test]
    fn spend_is_to_record_for_ended_actions_with_a_budget_and_no_spend() {
        let mut p = plan();
        let budget = Some(Money::from_units(500));
        p.actions = vec![
            Action {
                planned_budget: budget,
                ..action(1, d(1, 1), d(2, 28), ActionStatus::InProgress)
            },
            Action {
                planned_budget: budget,
                ..action(2, d(3, 1), d(3, 10), ActionStatus::Done)
            },
            Action {
                planned_budget: budget,
                actual_spend: Some(Money::from_units(450)),
                ..action(3, d(1, 1), d(1, 31), ActionStatus::Done)
            },
            Action {
                planned_budget: budget,
                ..action(4, d(3, 1), d(4, 30), ActionStatus::InProgress)
            },
            action(5, d(1, 1), d(1, 31), ActionStatus::Done),
        ];
        let ids: Vec<u32> = of(&p, d(3, 15))
            .spend_to_record
            .iter()
            .map(|a| a.0)
            .collect();
        assert_eq!(ids, [1, 2]);
    }
}
