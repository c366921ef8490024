//! Objectives and KPIs: one table, each objective with its metric, baseline, target, deadline
//! and the KPIs that measure it; sub-objectives follow their parent, key results sit under
//! the title, and the North Star carries a star.

use crate::flow::{styles, Flow};
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
                Cell::text(ctx.quantity(o.baseline, &o.unit)),
                Cell::styled(ctx.quantity(o.target, &o.unit), styles::CELL_BOLD),
                Cell::text(ctx.short_date(o.deadline)),
                Cell::text(if kpis.is_empty() {
                    "—".to_string()
                } else {
                    kpis.join("\n")
                }),
            ])
        })
        .collect();
    let table = Table::new(
        flow,
        vec![
            Column::left("", 0.7),
            Column::left(t.objective, 3.2),
            Column::left(t.metric, 1.7),
            Column::right(t.baseline, 1.2),
            Column::right(t.target, 1.2),
            Column::left(t.deadline, 1.2),
            Column::left(t.kpi_list, 1.8),
        ],
        rows,
    );
    table.draw(flow);
}
