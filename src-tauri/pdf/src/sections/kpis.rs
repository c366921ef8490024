//! KPI tracking: a table of every KPI with its latest value and share of target, the adjustment
//! log when it has entries, then, for each KPI that has measurements, a small chart of its last
//! twelve values against the target.

use boussole_core::plan::FigurePlace;

use crate::charts;
use crate::flow::{styles, Flow};
use crate::format;
use crate::sections::{adjustments, empty_note, Ctx};
use crate::table::{Cell, Column, Row, Table};

/// Measurements shown per chart: a year of monthly values.
const POINTS: usize = 12;

/// Lays out KPI tracking.
pub(super) fn render(ctx: &Ctx, flow: &mut Flow) {
    let t = ctx.t;
    let kpis = &ctx.plan.kpis;
    if kpis.is_empty() {
        empty_note(ctx, flow);
        log(ctx, flow);
        return;
    }
    let rows = kpis
        .iter()
        .zip(&ctx.figures.kpis)
        .map(|(k, figures)| {
            let last = figures.latest.as_ref();
            // How far toward its goal, by the figures' rule for what the KPI counts.
            let progress = figures
                .progress
                .map_or_else(|| "—".into(), |p| format::percent(p, ctx.lang));
            let mut about = Vec::new();
            if let Some(f) = k.frequency {
                about.push(t.frequency(f).to_string());
            }
            if !k.tool.trim().is_empty() {
                about.push(k.tool.trim().to_string());
            }
            Row::new(vec![
                Cell::styled(k.name.clone(), styles::CELL_BOLD)
                    .then(about.join(" · "), styles::CELL_MUTED),
                Cell::text(ctx.code(k.objective_id)),
                Cell::text(ctx.marked(
                    ctx.quantity(k.baseline, &k.unit),
                    FigurePlace::KpiBaseline(k.id),
                )),
                Cell::styled(
                    ctx.marked(
                        ctx.quantity(k.target, &k.unit),
                        FigurePlace::KpiTarget(k.id),
                    ),
                    styles::CELL_BOLD,
                ),
                Cell::text(
                    last.map_or_else(|| "—".to_string(), |m| ctx.quantity(Some(m.value), &k.unit)),
                )
                .then(
                    last.map(|m| ctx.short_date(Some(m.date)))
                        .unwrap_or_default(),
                    styles::CELL_MUTED,
                ),
                Cell::styled(progress, styles::CELL_BOLD)
                    .then(figures.pace.label(ctx.lang), styles::CELL_MUTED),
            ])
        })
        .collect();
    let table = Table::new(
        flow,
        vec![
            Column::left(t.kpi, 3.0),
            Column::left(t.objective, 0.9),
            Column::right(t.baseline, 1.2),
            Column::right(t.target, 1.2),
            Column::right(t.last_value, 1.4),
            Column::right(t.progress, 1.1),
        ],
        rows,
    );
    table.draw(flow);
    let places = kpis
        .iter()
        .flat_map(|k| [FigurePlace::KpiBaseline(k.id), FigurePlace::KpiTarget(k.id)]);
    if ctx.any_example(places) {
        flow.note(t.example_note);
    }

    log(ctx, flow);

    let mut first = true;
    for kpi in kpis.iter().filter(|k| !k.measurements.is_empty()) {
        let mut measurements: Vec<_> = kpi.measurements.iter().collect();
        measurements.sort_by_key(|m| m.date);
        let shown = &measurements[measurements.len().saturating_sub(POINTS)..];
        let points: Vec<(String, f64, String)> = shown
            .iter()
            .map(|m| {
                (
                    ctx.short_date(Some(m.date)),
                    m.value,
                    format::number(m.value, ctx.lang),
                )
            })
            .collect();
        let target = kpi.target.map(|v| {
            (
                v,
                format!("{} {}", t.target, ctx.quantity(Some(v), &kpi.unit)),
            )
        });
        if first {
            flow.heading(t.measurements, 120.0);
            first = false;
        }
        flow.subheading(&kpi.name, 110.0);
        charts::measurements(flow, &points, target);
        flow.gap(4.0);
    }
}

/// The adjustment log, when it has entries.
fn log(ctx: &Ctx, flow: &mut Flow) {
    let log = boussole_core::figures::report::log(ctx.plan);
    if log.is_empty() {
        return;
    }
    flow.heading(ctx.t.adjustments, 60.0);
    flow.note(ctx.t.adjustments_note);
    flow.gap(4.0);
    adjustments(ctx, flow, &log);
}
