//! The action plan: the marketing mix decisions, the Gantt chart of the year, then every
//! action with its owner, dates, budget and the objectives it serves (in date order, undated
//! actions last).

use crate::flow::{styles, Flow};
use crate::gantt;
use crate::sections::{empty_note, Ctx};
use crate::table::{Cell, Column, Row, Table};

/// Lines of an action's description kept in the table; the full text belongs in the app.
const DESCRIPTION_LINES: usize = 3;

/// Lays out the action plan.
pub(super) fn render(ctx: &Ctx, flow: &mut Flow) {
    mix(ctx, flow);
    let t = ctx.t;
    let actions = &ctx.plan.actions;
    if actions.is_empty() {
        flow.heading(t.action_list, 20.0);
        empty_note(ctx, flow);
        return;
    }

    flow.heading(t.timeline, 90.0);
    let undated = gantt::draw(flow, t, actions, ctx.year);
    if undated > 0 {
        flow.note(&format!("{undated} {}", t.undated_actions));
        flow.gap(6.0);
    }

    let mut ordered: Vec<_> = actions.iter().collect();
    ordered.sort_by_key(|a| (a.start.is_none(), a.start, a.end, a.id));
    let description_width = flow.geo.content_width() * 0.36 - 10.0;
    let rows = ordered
        .iter()
        .map(|a| {
            let mut tags = Vec::new();
            if let Some(lever) = a.lever {
                tags.push(t.lever(lever));
            }
            if let Some(channel) = a.channel {
                tags.push(t.channel(channel));
            }
            tags.push(t.status(a.status));
            let description = flow.clamp(
                &a.description,
                styles::CELL_MUTED,
                description_width,
                DESCRIPTION_LINES,
            );
            let title = Cell::styled(a.title.trim().to_string(), styles::CELL_BOLD)
                .then(tags.join(" · "), styles::CELL_MUTED)
                .then(description, styles::CELL_MUTED);
            Row::new(vec![
                title,
                Cell::text(a.owner.clone()),
                Cell::text(crate::format::date_range(
                    a.start, a.end, ctx.year, ctx.lang,
                )),
                Cell::text(ctx.opt_money(a.planned_budget)),
                Cell::text(ctx.codes(&a.objective_ids)),
            ])
        })
        .collect();
    let table = Table::new(
        flow,
        vec![
            Column::left(t.action, 3.6),
            Column::left(t.owner, 1.3),
            Column::left(t.dates, 1.6),
            Column::right(t.budget, 1.3),
            Column::left(t.objectives_count, 1.1),
        ],
        rows,
    );
    flow.heading(t.action_list, table.first_height());
    table.draw(flow);
}

fn mix(ctx: &Ctx, flow: &mut Flow) {
    let t = ctx.t;
    let m = &ctx.plan.mix;
    use boussole_core::plan::Lever::*;
    let rows: Vec<Row> = [
        (Product, &m.product),
        (Price, &m.price),
        (Place, &m.place),
        (Promotion, &m.promotion),
        (People, &m.people),
        (Process, &m.process),
        (PhysicalEvidence, &m.physical_evidence),
    ]
    .into_iter()
    .filter(|(_, text)| !text.trim().is_empty())
    .map(|(lever, text)| {
        Row::new(vec![
            Cell::styled(t.lever(lever), styles::CELL_BOLD),
            Cell::text(text.clone()),
        ])
    })
    .collect();
    if rows.is_empty() {
        return;
    }
    let table = Table::new(
        flow,
        vec![Column::left(t.lever, 1.0), Column::left(t.decisions, 3.4)],
        rows,
    );
    flow.heading(t.mix, table.first_height());
    table.draw(flow);
}
