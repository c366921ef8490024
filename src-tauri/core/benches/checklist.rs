//! Benchmark of the checklist's full evaluation (filled in with the rule engine).

use criterion::{criterion_group, criterion_main, Criterion};

fn bench(_c: &mut Criterion) {}

criterion_group!(benches, bench);
criterion_main!(benches);
