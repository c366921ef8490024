//! Objectives and KPIs: one table, each objective with its metric, baseline, target, deadline,
//! the KPIs that measure it and how far it has come (the figures' progress and pace, or "not
//! comparable" when its KPIs count another unit); sub-objectives follow their parent, key results
//! sit under the title, and the North Star carries a star.

use boussole_core::figures::ObjectiveMeasure;
use boussole_core::labels::Term;
use boussole_core::plan::FigurePlace;

use crate::flow::{styles, Flow};
use crate::format;
use crate::sections::{empty_note, Ctx};
use crate::table::{Cell, Column, Row, Table};

/// Lays out the objectives.
pub(super) fn render(ctx: &Ctx, flow: &mut Flow) {
    let t = ctx.t;
    if ctx.objectives.is_empty() {
        empty_note(ctx, flow);
        return;
    }
    let rows = ctx
        .objectives
        .iter()
        .map(|(o, code, child)| {
            let title = if o.north_star {
                format!("★ {}", o.title.trim())
            } else {
                o.title.trim().to_string()
            };
            let mut cell = Cell::styled(
                title,
                if *child {
                    styles::CELL
                } else {
                    styles::CELL_BOLD
                },
            )
            .then(t.category(o.category), styles::CELL_MUTED);
            for kr in &o.key_results {
                let target = if kr.target.is_some() {
                    format!(" — {}", ctx.quantity(kr.target, &kr.unit))
                } else {
                    String::new()
                };
                cell = cell.then(format!("› {}{target}", kr.title.trim()), styles::CELL_MUTED);
            }
            let kpis: Vec<String> = ctx
                .plan
                .kpis
                .iter()
                .filter(|k| k.objective_id == Some(o.id))
                .map(|k| k.name.trim().to_string())
                .collect();
            Row::new(vec![
                Cell::styled(
                    code.clone(),
                    if *child {
                        styles::CELL
                    } else {
                        styles::CELL_BOLD
                    },
                ),
                cell,
                Cell::text(o.metric.clone()),
                Cell::text(ctx.marked(
                    ctx.quantity(o.baseline, &o.unit),
                    FigurePlace::ObjectiveBaseline(o.id),
                )),
                Cell::styled(
                    ctx.marked(
                        ctx.quantity(o.target, &o.unit),
                        FigurePlace::ObjectiveTarget(o.id),
                    ),
                    styles::CELL_BOLD,
                ),
                Cell::text(ctx.short_date(o.deadline)),
                Cell::text(if kpis.is_empty() {
                    "—".to_string()
                } else {
                    kpis.join("\n")
                }),
                progress(ctx, o.id),
            ])
        })
        .collect();
    let table = Table::new(
        flow,
        vec![
            Column::left("", 0.6),
            Column::left(t.objective, 3.6),
            Column::left(t.metric, 1.5),
            Column::right(t.baseline, 1.15),
            Column::right(t.target, 1.15),
            Column::left(t.deadline, 1.0),
            Column::left(t.kpi_list, 1.5),
            Column::right(t.progress, 1.15),
        ],
        rows,
    );
    table.draw(flow);
    let places = ctx.objectives.iter().flat_map(|(o, _, _)| {
        [
            FigurePlace::ObjectiveBaseline(o.id),
            FigurePlace::ObjectiveTarget(o.id),
        ]
    });
    if ctx.any_example(places) {
        flow.note(t.example_note);
    }
}

/// The objective's progress as the figures measure it, with its pace; "not comparable" and the
/// units its KPIs count when they are all in another unit; a dash when it is not measured.
fn progress(ctx: &Ctx, id: boussole_core::plan::ObjectiveId) -> Cell {
    let measure = ctx
        .figures
        .objectives
        .iter()
        .find(|o| o.id == id)
        .map(|o| &o.measure);
    match measure {
        Some(ObjectiveMeasure::Measured { progress, pace, .. }) => {
            Cell::styled(format::percent(*progress, ctx.lang), styles::CELL_BOLD)
                .then(pace.label(ctx.lang), styles::CELL_MUTED)
        }
        Some(ObjectiveMeasure::NotComparable { units }) => {
            Cell::text(Term::NotComparable.label(ctx.lang))
                .then(units.join(", "), styles::CELL_MUTED)
        }
        _ => Cell::text("—"),
    }
}
