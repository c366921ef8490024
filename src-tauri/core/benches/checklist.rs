//! Benchmark of the checklist: full evaluation, and the report with texts, of generated plans of
//! 10, 100 and 1,000 actions (target: under 5 ms at 1,000 actions).
//!
//! Plans are built from `Plan::blank` with synthetic objectives, actions, KPIs and a review, and
//! an upmarket positioning so that the discount-wording scan runs on every action.

use std::hint::black_box;

use boussole_core::checklist::{evaluate, report};
use boussole_core::plan::*;
use chrono::NaiveDate;
use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion};

/// A date in the plan year (day of year 0 to 364).
fn day(year: i32, n: u32) -> NaiveDate {
    NaiveDate::from_yo_opt(year, 1 + n % 365).unwrap_or_default()
}

/// A plan with `n` actions, one objective per ten actions (a third of them sub-objectives), one
/// KPI per objective, and a few deliberate mistakes spread over the items.
fn plan(n: u32) -> Plan {
    let year = 2027;
    let mut p = Plan::blank("Bench", year, Language::Fr);
    p.company.size = Some(CompanySize::Pme);
    p.positioning.price_level = Some(PriceLevel::Premium);
    p.budget.envelope = Some(Money::from_units(1_000 * i64::from(n)));
    p.targets.segments = vec![Segment {
        id: SegmentId(1),
        name: "Segment".into(),
        criteria: String::new(),
        size: String::new(),
        attractiveness: None,
        priority: Some(Priority::Primary),
    }];

    let objectives = (n / 10).max(1);
    p.objectives = (1..=objectives)
        .map(|i| Objective {
            id: ObjectiveId(i),
            title: if i % 7 == 0 {
                "Augmenter les ventes".into()
            } else {
                format!("Atteindre {i} 000 clients")
            },
            category: ObjectiveCategory::Business,
            metric: "clients".into(),
            baseline: (i % 5 != 0).then_some(100.0),
            target: (i % 7 != 0).then_some(f64::from(i) * 1000.0),
            unit: String::new(),
            deadline: Some(day(year, 200 + i)),
            parent_id: (i % 3 == 0).then(|| ObjectiveId(i - 1)),
            key_results: vec![],
            north_star: i == 1,
            draft: false,
            monthly_profile: None,
        })
        .collect();

    let channels = [
        Channel::InStore,
        Channel::Website,
        Channel::Email,
        Channel::Events,
        Channel::SocialMedia,
    ];
    let levers = [
        Lever::Product,
        Lever::Price,
        Lever::Place,
        Lever::Promotion,
        Lever::People,
    ];
    p.actions = (1..=n)
        .map(|i| {
            let start = day(year, i * 7);
            let idx = i as usize;
            Action {
                segment_ids: vec![],
                persona_ids: vec![],
                id: ActionId(i),
                title: if i % 50 == 0 { "Soldes d'hiver".into() } else { format!("Action numéro {i} pour les clients") },
                description: "Préparer les visuels, réserver l'emplacement, prévenir les habitués et suivre les ventes de la semaine."
                    .into(),
                objective_ids: if i % 25 == 0 { vec![] } else { vec![ObjectiveId(1 + i % objectives)] },
                lever: Some(levers[idx % levers.len()]),
                channel: Some(channels[idx % channels.len()]),
                owner: if i % 30 == 0 { String::new() } else { format!("Personne {}", i % 6) },
                start: Some(start),
                end: Some(day(year, i * 7 + 30)),
                milestones: vec![
                    Milestone { title: "Lancement".into(), date: Some(start), done: false },
                    Milestone { title: "Bilan".into(), date: Some(day(year, i * 7 + 20)), done: false },
                ],
                planned_budget: (i % 40 != 0).then(|| Money::from_units(800)),
                actual_spend: (i % 9 == 0).then(|| Money::from_units(850)),
                status: if i % 11 == 0 { ActionStatus::Cancelled } else { ActionStatus::Planned },
                correction_note: String::new(),
            }
        })
        .collect();

    p.kpis = (1..=objectives)
        .map(|i| Kpi {
            counts: KpiCounts::Level,
            id: KpiId(i),
            name: format!("Indicateur {i}"),
            objective_id: Some(ObjectiveId(i)),
            baseline: Some(0.0),
            target: (i % 4 != 0).then_some(100.0),
            unit: String::new(),
            frequency: Some(Frequency::Monthly),
            tool: "Caisse".into(),
            measurements: (1..=3)
                .map(|m| Measurement {
                    date: day(year, m * 30),
                    value: f64::from(m),
                })
                .collect(),
        })
        .collect();

    p.review.previous_year = Some(year - 1);
    p.review.actions = (1..=n / 10)
        .map(|i| ActionReview {
            action_id: ActionId(i),
            title: format!("Action numéro {i} pour les clients"),
            decision: Some(if i % 4 == 0 {
                ReviewDecision::Abandon
            } else {
                ReviewDecision::Keep
            }),
            note: String::new(),
        })
        .collect();
    p
}

fn bench(c: &mut Criterion) {
    let today = NaiveDate::from_ymd_opt(2027, 6, 15).unwrap_or_default();
    let mut group = c.benchmark_group("checklist");
    for n in [10, 100, 1_000] {
        let plan = plan(n);
        group.bench_with_input(BenchmarkId::new("evaluate", n), &plan, |b, plan| {
            b.iter(|| evaluate(black_box(plan), black_box(today)))
        });
        group.bench_with_input(BenchmarkId::new("report", n), &plan, |b, plan| {
            b.iter(|| report(black_box(plan), black_box(today), Language::Fr))
        });
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
