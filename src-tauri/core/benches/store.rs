//! Benchmark of the library on a real file, through the use cases the app calls: saving one
//! section as the user types (the checklist evaluated and the score stored with each save),
//! opening a plan, and listing the library. Plans grow from the example plan to 10, 100 and
//! 1,000 actions (one KPI per 5).

use std::hint::black_box;

use boussole_core::plan::*;
use boussole_core::seed::example_plan;
use boussole_core::usecases::Library;
use chrono::NaiveDate;
use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion};

const SIZES: [u32; 3] = [10, 100, 1_000];

/// The example plan with its actions and KPIs repeated up to `actions` and `actions / 5`.
fn plan(actions: u32) -> Plan {
    let mut p = example_plan(2027);
    let template_actions = p.actions.clone();
    let template_kpis = p.kpis.clone();
    p.actions = (0..actions)
        .map(|i| {
            let mut a = template_actions[i as usize % template_actions.len()].clone();
            a.id = ActionId(i + 1);
            a.title = format!("{} #{i}", a.title);
            a
        })
        .collect();
    p.kpis = (0..(actions / 5).max(1))
        .map(|i| {
            let mut k = template_kpis[i as usize % template_kpis.len()].clone();
            k.id = KpiId(i + 1);
            k.name = format!("{} #{i}", k.name);
            k
        })
        .collect();
    p
}

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2027, 3, 15).unwrap_or_default()
}

fn saving(c: &mut Criterion) {
    let mut group = c.benchmark_group("save_section");
    for n in SIZES {
        let mut counter = 0u64;
        // As the app saves: through the library, which keeps the plan being edited between
        // saves; a small section (notes), one action, and the largest section (every action).
        let dir = tempfile::tempdir().expect("temp dir");
        let lib = Library::open(dir.path(), today()).expect("library");
        let big = plan(n);
        let id = lib.create(&big, None, today()).expect("create");
        group.bench_with_input(BenchmarkId::new("app_notes", n), &n, |b, _| {
            b.iter(|| {
                counter += 1;
                let notes = PlanSection::Notes(format!("Edit {counter}"));
                black_box(
                    lib.save_section(id, notes, today(), Language::Fr)
                        .expect("save"),
                );
            })
        });
        let mut one = big.actions[0].clone();
        group.bench_with_input(BenchmarkId::new("app_one_action", n), &n, |b, _| {
            b.iter(|| {
                counter += 1;
                one.title = format!("Edit {counter}");
                let section = PlanSection::Action(one.clone());
                black_box(
                    lib.save_section(id, section, today(), Language::Fr)
                        .expect("save"),
                );
            })
        });
        let mut actions = big.actions.clone();
        group.bench_with_input(BenchmarkId::new("app_actions", n), &n, |b, _| {
            b.iter(|| {
                counter += 1;
                actions[0].title = format!("Edit {counter}");
                let section = PlanSection::Actions(actions.clone());
                black_box(
                    lib.save_section(id, section, today(), Language::Fr)
                        .expect("save"),
                );
            })
        });
    }
    group.finish();
}

fn loading(c: &mut Criterion) {
    let mut group = c.benchmark_group("load");
    for n in SIZES {
        let dir = tempfile::tempdir().expect("temp dir");
        let lib = Library::open(dir.path(), today()).expect("library");
        let id = lib.create(&plan(n), None, today()).expect("create");
        group.bench_with_input(BenchmarkId::new("get_plan", n), &n, |b, _| {
            b.iter(|| black_box(lib.open_plan(id, today()).expect("get")))
        });
    }
    let dir = tempfile::tempdir().expect("temp dir");
    let lib = Library::open(dir.path(), today()).expect("library");
    let small = example_plan(2027);
    for _ in 0..499 {
        lib.create(&small, None, today()).expect("create");
    }
    group.bench_function("list_500_plans", |b| {
        b.iter(|| black_box(lib.list().expect("list")))
    });
    group.finish();
}

criterion_group!(benches, saving, loading);
criterion_main!(benches);
