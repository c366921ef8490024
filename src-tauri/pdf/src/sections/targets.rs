//! Targets and positioning: segments, personas, the value proposition and the differentiation
//! table, us against each competitor (at most four competitors per table, so columns stay
//! readable; more competitors make more tables).

use boussole_core::plan::CompetitorId;

use crate::flow::{styles, Flow};
use crate::sections::{empty_note, Ctx};
use crate::table::{Cell, Column, Row, Table};

const COMPETITORS_PER_TABLE: usize = 4;

/// Lays out targets and positioning.
pub(super) fn render(ctx: &Ctx, flow: &mut Flow) {
    segments(ctx, flow);
    personas(ctx, flow);
    positioning(ctx, flow);
    differentiation(ctx, flow);
}

fn segments(ctx: &Ctx, flow: &mut Flow) {
    let t = ctx.t;
    let list = &ctx.plan.targets.segments;
    if list.is_empty() {
        flow.heading(t.segments, 20.0);
        empty_note(ctx, flow);
        return;
    }
    let rows = list
        .iter()
        .map(|s| {
            Row::new(vec![
                Cell::styled(s.name.clone(), styles::CELL_BOLD),
                Cell::text(s.criteria.clone()),
                Cell::text(s.size.clone()),
                Cell::text(s.attractiveness.map_or("—", |l| t.level(l))),
                Cell::text(s.priority.map_or("—", |p| t.priority(p))),
            ])
        })
        .collect();
    let table = Table::new(
        flow,
        vec![
            Column::left(t.segment, 1.5),
            Column::left(t.criteria, 2.6),
            Column::left(t.size, 1.5),
            Column::left(t.attractiveness, 1.1),
            Column::left(t.priority, 1.1),
        ],
        rows,
    );
    flow.heading(t.segments, table.first_height());
    table.draw(flow);
}

fn personas(ctx: &Ctx, flow: &mut Flow) {
    let t = ctx.t;
    let list = &ctx.plan.targets.personas;
    if list.is_empty() {
        return;
    }
    let mut first = true;
    for persona in list {
        let segment = persona
            .segment_id
            .and_then(|id| ctx.plan.targets.segments.iter().find(|s| s.id == id))
            .map(|s| s.name.clone())
            .unwrap_or_default();
        // The owner's own words where they wrote some, else the channels chosen.
        let channels = if persona.channels_note.trim().is_empty() {
            persona
                .channels
                .iter()
                .map(|c| c.label(ctx.lang))
                .collect::<Vec<_>>()
                .join(", ")
        } else {
            persona.channels_note.clone()
        };
        let rows: Vec<Row> = [
            (t.role, persona.role.clone()),
            (t.segment, segment),
            (t.goals, persona.goals.clone()),
            (t.pains, persona.pains.clone()),
            (t.channels, channels),
            (t.buying_habits, persona.buying_habits.clone()),
        ]
        .into_iter()
        .filter(|(_, v)| !v.trim().is_empty())
        .map(|(label, value)| {
            Row::new(vec![
                Cell::styled(label, styles::CELL_BOLD),
                Cell::text(value),
            ])
        })
        .collect();
        let table = Table::headless(
            flow,
            vec![Column::left("", 1.0), Column::left("", 3.4)],
            rows,
        );
        let name = if persona.name.trim().is_empty() {
            "—"
        } else {
            persona.name.trim()
        };
        if first {
            flow.heading(t.personas, table.first_height() + 24.0);
            first = false;
        }
        flow.subheading(name, table.first_height());
        table.draw(flow);
    }
}

fn positioning(ctx: &Ctx, flow: &mut Flow) {
    let t = ctx.t;
    let p = &ctx.plan.positioning;
    let rows: Vec<Row> = [
        (t.value_proposition, p.value_proposition.clone()),
        (t.brand_promise, p.brand_promise.clone()),
        (t.statement, p.statement.clone()),
        (
            t.price_level,
            p.price_level
                .map(|l| t.price_level(l).to_string())
                .unwrap_or_default(),
        ),
    ]
    .into_iter()
    .filter(|(_, v)| !v.trim().is_empty())
    .map(|(label, value)| {
        Row::new(vec![
            Cell::styled(label, styles::CELL_BOLD),
            Cell::text(value),
        ])
    })
    .collect();
    if rows.is_empty() {
        flow.heading(t.positioning, 20.0);
        empty_note(ctx, flow);
        return;
    }
    let table = Table::headless(
        flow,
        vec![Column::left("", 1.0), Column::left("", 3.4)],
        rows,
    );
    flow.heading(t.positioning, table.first_height());
    table.draw(flow);
}

fn differentiation(ctx: &Ctx, flow: &mut Flow) {
    let t = ctx.t;
    let rows = &ctx.plan.positioning.differentiation;
    if rows.is_empty() {
        return;
    }
    // Columns: the competitors of the diagnostic, then any other id the table refers to.
    let mut ids: Vec<CompetitorId> = ctx
        .plan
        .diagnostic
        .competitors
        .iter()
        .map(|c| c.id)
        .collect();
    for row in rows {
        for cell in &row.competitors {
            if !ids.contains(&cell.competitor_id) {
                ids.push(cell.competitor_id);
            }
        }
    }
    let name = |id: CompetitorId| {
        ctx.plan
            .diagnostic
            .competitors
            .iter()
            .find(|c| c.id == id)
            .map(|c| c.name.clone())
            .unwrap_or_else(|| format!("{} {id}", t.competitor))
    };
    let chunks: Vec<&[CompetitorId]> = if ids.is_empty() {
        vec![&[]]
    } else {
        ids.chunks(COMPETITORS_PER_TABLE).collect()
    };
    let mut first = true;
    for chunk in chunks {
        let mut columns = vec![Column::left(t.criterion, 1.4), Column::left(t.us, 1.4)];
        columns.extend(chunk.iter().map(|id| Column::left(&name(*id), 1.2)));
        let body = rows
            .iter()
            .map(|row| {
                let mut cells = vec![
                    Cell::styled(row.criterion.clone(), styles::CELL_BOLD),
                    Cell::styled(row.us.clone(), styles::CELL_BOLD),
                ];
                cells.extend(chunk.iter().map(|id| {
                    Cell::text(
                        row.competitors
                            .iter()
                            .find(|c| c.competitor_id == *id)
                            .map(|c| c.value.clone())
                            .unwrap_or_default(),
                    )
                }));
                Row::new(cells)
            })
            .collect();
        let table = Table::new(flow, columns, body);
        if first {
            flow.heading(t.differentiation, table.first_height());
            first = false;
        }
        table.draw(flow);
    }
}
