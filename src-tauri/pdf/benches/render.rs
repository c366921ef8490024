//! Rendering time of the example plan and of a 150-action plan, release mode.
//!
//! Run: `cargo bench -p boussole-pdf --bench render`. Before the measurements it prints each
//! file's size and, on Linux, the CPU time of one render (steadier than wall-clock time on a
//! busy machine); the figures are recorded in docs/PERFORMANCE.md.

#[path = "../tests/common/mod.rs"]
mod common;

use std::hint::black_box;

use boussole_core::print::PdfOptions;
use boussole_pdf::render;
use criterion::{criterion_group, criterion_main, Criterion};

/// CPU time of this thread in nanoseconds, where Linux tells it.
fn cpu_nanos() -> Option<u64> {
    let stat = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    stat.split_whitespace().next()?.parse().ok()
}

fn bench(c: &mut Criterion) {
    let cases = [
        ("example plan", common::example()),
        ("150 actions", common::plan_with_actions(150)),
    ];
    for (name, plan) in &cases {
        let options = PdfOptions::for_plan(plan, common::today());
        let size = render(plan, &options).map(|b| b.len()).unwrap_or(0);
        let runs = 30;
        let start = cpu_nanos();
        for _ in 0..runs {
            let _ = black_box(render(black_box(plan), black_box(&options)));
        }
        match (start, cpu_nanos()) {
            (Some(a), Some(b)) => {
                let ms = b.saturating_sub(a) as f64 / runs as f64 / 1e6;
                eprintln!("{name}: {size} bytes, {ms:.1} ms CPU per render");
            }
            _ => eprintln!("{name}: {size} bytes"),
        }
        c.bench_function(&format!("render {name}"), |b| {
            b.iter(|| render(black_box(plan), black_box(&options)))
        });
    }
}

criterion_group!(benches, bench);
criterion_main!(benches);
