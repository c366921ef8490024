//! One source for every figure: on a few hundred generated plans, the figures agree with
//! themselves (every printed split adds up to its printed total, in whole units and in cents), the
//! CSV's totals are the figures' to the cent, and the checklist's money, overdue and unit findings
//! say what the figures say. The PDF is checked against the same figures in
//! `src-tauri/pdf/tests/consistency.rs`.

use boussole_core::checklist::{self, RuleId};
use boussole_core::figures::{self, budget, Amounts, ObjectiveMeasure, Precision};
use boussole_core::plan::*;
use boussole_core::portability::csv::{budget_csv, CsvDialect};
use chrono::NaiveDate;
use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};

/// The day the checks run on: mid-year, so overdue actions and paces exist.
fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2027, 7, 10).unwrap()
}

fn date_in(year: i32) -> impl Strategy<Value = NaiveDate> {
    (0u32..396).prop_map(move |d| {
        NaiveDate::from_ymd_opt(year - 1, 12, 1).unwrap() + chrono::TimeDelta::days(i64::from(d))
    })
}

fn money() -> impl Strategy<Value = Option<Money>> {
    prop_oneof![
        1 => Just(None),
        1 => Just(Some(Money(0))),
        6 => (1i64..2_000_000).prop_map(|c| Some(Money(c))),
        1 => (1i64..100).prop_map(|u| Some(Money(u * 100 + 50))),
    ]
}

const CHANNELS: &[Channel] = &[
    Channel::Website,
    Channel::Email,
    Channel::Events,
    Channel::InStore,
];
const LEVERS: &[Lever] = &[Lever::Product, Lever::Price, Lever::Promotion, Lever::Place];
const STATUSES: &[ActionStatus] = &[
    ActionStatus::Planned,
    ActionStatus::InProgress,
    ActionStatus::Done,
    ActionStatus::Cancelled,
];
const UNITS: &[&str] = &["€", "k€", "EUR", "clients", "couverts/jour", "%", ""];
const COUNTS: &[KpiCounts] = &[KpiCounts::Flow, KpiCounts::Cumulative, KpiCounts::Level];

/// A generated action of the example plan's year, linked to its objectives and segments at random.
fn action() -> impl Strategy<Value = Action> {
    (
        (
            prop::option::of(date_in(2027)),
            prop::option::of(date_in(2027)),
        ),
        (money(), money()),
        prop::sample::select(STATUSES),
        (
            prop::option::of(prop::sample::select(CHANNELS)),
            prop::option::of(prop::sample::select(LEVERS)),
        ),
        (
            prop::collection::vec(1u32..8, 0..3),
            prop::collection::vec(1u32..4, 0..3),
        ),
    )
        .prop_map(
            |(
                (start, end),
                (planned, actual),
                status,
                (channel, lever),
                (objectives, segments),
            )| {
                let mut a = boussole_core::seed::example_plan(2027).actions[0].clone();
                a.start = start;
                a.end = end;
                a.planned_budget = planned;
                a.actual_spend = actual;
                a.status = status;
                a.channel = channel;
                a.lever = lever;
                a.objective_ids = objectives.into_iter().map(ObjectiveId).collect();
                a.segment_ids = segments.into_iter().map(SegmentId).collect();
                a.persona_ids = vec![];
                a.milestones = vec![];
                a
            },
        )
}

/// A generated KPI on one of the example's objectives, in one of a few units, with readings.
fn kpi() -> impl Strategy<Value = Kpi> {
    (
        1u32..6,
        prop::sample::select(UNITS),
        prop::sample::select(COUNTS),
        prop::option::of(0.0f64..1000.0),
        prop::option::of(1.0f64..2000.0),
        prop::collection::vec((date_in(2027), 0.0f64..1500.0), 0..6),
    )
        .prop_map(
            |(objective, unit, counts, baseline, target, readings)| Kpi {
                id: KpiId(0),
                name: "Indicateur".into(),
                objective_id: Some(ObjectiveId(objective)),
                baseline,
                target,
                unit: unit.into(),
                frequency: Some(Frequency::Monthly),
                counts,
                tool: "caisse".into(),
                measurements: readings
                    .into_iter()
                    .map(|(date, value)| Measurement { date, value })
                    .collect(),
            },
        )
}

fn plan() -> impl Strategy<Value = Plan> {
    (
        prop::collection::vec(action(), 0..25),
        prop::collection::vec(kpi(), 0..6),
        money(),
    )
        .prop_map(|(actions, kpis, envelope)| {
            let mut p = boussole_core::seed::example_plan(2027);
            let objectives: Vec<ObjectiveId> = p.objectives.iter().map(|o| o.id).collect();
            let segments: Vec<SegmentId> = p.targets.segments.iter().map(|s| s.id).collect();
            p.actions = actions
                .into_iter()
                .enumerate()
                .map(|(i, mut a)| {
                    a.id = ActionId(i as u32 + 1);
                    a.objective_ids.retain(|o| objectives.contains(o));
                    a.objective_ids.dedup();
                    a.segment_ids.retain(|s| segments.contains(s));
                    a.segment_ids.sort_unstable();
                    a.segment_ids.dedup();
                    a
                })
                .collect();
            p.kpis = kpis
                .into_iter()
                .enumerate()
                .map(|(i, mut k)| {
                    k.id = KpiId(i as u32 + 1);
                    if !objectives.contains(&k.objective_id.unwrap()) {
                        k.objective_id = objectives.first().copied();
                    }
                    k
                })
                .collect();
            p.budget.envelope = envelope;
            p
        })
}

fn sum(rows: impl Iterator<Item = Amounts>) -> Amounts {
    rows.fold(Amounts::default(), |a, r| Amounts {
        planned: a.planned.saturating_add(r.planned),
        actual: a.actual.saturating_add(r.actual),
    })
}

/// Every table of one precision adds up to its total.
fn assert_adds_up(f: &figures::BudgetFigures, step: i64) -> Result<(), TestCaseError> {
    let extra = [f.other_years, f.undated];
    prop_assert_eq!(sum(f.quarters.iter().chain(&extra).copied()), f.total);
    prop_assert_eq!(
        sum(f.months.iter().chain(&extra).copied()),
        f.total,
        "months {:?} extra {:?}",
        f.months,
        extra
    );
    let shares = |rows: Vec<Amounts>| sum(rows.into_iter());
    let of = |planned, actual| Amounts { planned, actual };
    for (name, table) in [
        (
            "channel",
            f.by_channel
                .iter()
                .map(|s| of(s.planned, s.actual))
                .collect::<Vec<_>>(),
        ),
        (
            "lever",
            f.by_lever.iter().map(|s| of(s.planned, s.actual)).collect(),
        ),
        (
            "objective",
            f.by_objective
                .iter()
                .map(|s| of(s.planned, s.actual))
                .collect(),
        ),
        (
            "segment",
            f.by_segment
                .iter()
                .map(|s| of(s.planned, s.actual))
                .collect(),
        ),
    ] {
        prop_assert!(table
            .iter()
            .all(|a| a.planned.cents() % step == 0 && a.actual.cents() % step == 0));
        prop_assert_eq!(shares(table.clone()), f.total, "by {}: {:?}", name, table);
    }
    Ok(())
}

/// The amount of a CSV cell ("1234,50" or "1234.50") in cents.
fn cents(cell: &str) -> i64 {
    cell.replace([',', '.'], "").parse().unwrap()
}

fn check(plan: Plan) -> Result<(), TestCaseError> {
    let units = budget::of(&plan, Precision::Units);
    let exact = budget::of(&plan, Precision::Cents);
    assert_adds_up(&units, 100)?;
    assert_adds_up(&exact, 1)?;
    prop_assert_eq!(exact.total, budget::exact_total(&plan));
    prop_assert!((units.total.planned.cents() - exact.total.planned.cents()).abs() <= 50);

    // The CSV's totals are the figures', to the cent, in both dialects.
    for dialect in [CsvDialect::French, CsvDialect::English] {
        let text = budget_csv(&plan, dialect).unwrap();
        let mut reader = ::csv::ReaderBuilder::new()
            .delimiter(if dialect == CsvDialect::French {
                b';'
            } else {
                b','
            })
            .from_reader(text.trim_start_matches('\u{feff}').as_bytes());
        let rows: Vec<Vec<String>> = reader
            .records()
            .map(|r| r.unwrap().iter().map(str::to_string).collect())
            .collect();
        let of_kind = |fr: &str, en: &str| -> Vec<i64> {
            let kind = if dialect == CsvDialect::French {
                fr
            } else {
                en
            };
            rows.iter()
                .filter(|r| r[0] == kind)
                .map(|r| cents(&r[7]))
                .collect()
        };
        prop_assert_eq!(of_kind("Total", "Total"), vec![exact.total.planned.cents()]);
        let lines: i64 = of_kind("Action", "Action").iter().sum();
        prop_assert_eq!(
            lines,
            exact.total.planned.cents(),
            "the lines add up to the total"
        );
        let quarters = of_kind("Trimestre", "Quarter");
        prop_assert_eq!(
            &quarters[..4],
            &exact
                .quarters
                .iter()
                .map(|q| q.planned.cents())
                .collect::<Vec<_>>()[..]
        );
        prop_assert_eq!(quarters.iter().sum::<i64>(), exact.total.planned.cents());
        let channels = of_kind("Canal", "Channel");
        prop_assert_eq!(
            channels,
            exact
                .by_channel
                .iter()
                .map(|s| s.planned.cents())
                .collect::<Vec<_>>()
        );
        let levers = of_kind("Levier", "Lever");
        prop_assert_eq!(
            levers,
            exact
                .by_lever
                .iter()
                .map(|s| s.planned.cents())
                .collect::<Vec<_>>()
        );
        let objectives = of_kind("Objectif", "Objective");
        prop_assert_eq!(
            objectives,
            exact
                .by_objective
                .iter()
                .map(|s| s.planned.cents())
                .collect::<Vec<_>>()
        );
    }

    // The checklist says what the figures say.
    let f = figures::of(&plan, today());
    let found = checklist::evaluate_with(&plan, &f);
    let fired = |rule: RuleId| found.iter().filter(|x| x.rule_id == rule).count();
    let over = plan
        .budget
        .envelope
        .is_some_and(|e| budget::exact_total(&plan).planned > e);
    prop_assert_eq!(fired(RuleId::BudgetOverEnvelope), usize::from(over));
    let not_comparable = f
        .objectives
        .iter()
        .filter(|o| matches!(o.measure, ObjectiveMeasure::NotComparable { .. }))
        .count();
    prop_assert_eq!(fired(RuleId::ObjectiveNotComparable), not_comparable);
    prop_assert_eq!(fired(RuleId::ActionOverdue), f.actions.overdue.len());
    Ok(())
}

#[test]
fn figures_the_csv_and_the_checklist_agree_on_generated_plans() {
    let cases = if std::env::var("BOUSSOLE_SOAK").is_ok_and(|v| v == "1") {
        3_000
    } else {
        300
    };
    let mut runner = TestRunner::new(Config {
        cases,
        failure_persistence: None,
        ..Config::default()
    });
    if let Err(e) = runner.run(&plan(), check) {
        panic!("{e}");
    }
}
