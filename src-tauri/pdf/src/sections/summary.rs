//! The one-page executive summary, generated from the rest of the plan.
//!
//! Key figures, the positioning in a sentence, the North Star, the main objectives and the
//! key dates; every list is capped and every text clamped so the page stays a single page.

use boussole_core::plan::FigurePlace;
use chrono::{Datelike, NaiveDate};

use crate::canvas::{palette, Align, TextStyle};
use crate::flow::{styles, Flow};
use crate::sections::{tiles, Ctx};
use crate::table::{Cell, Column, Row, Table};

// Caps that keep the summary on one page even on US Letter with every text at its longest.
const MAX_OBJECTIVES: usize = 6;
const MAX_DATES: usize = 5;
const MAX_POSITIONING_LINES: usize = 6;

/// Lays out the summary.
pub(super) fn render(ctx: &Ctx, flow: &mut Flow) {
    let t = ctx.t;
    let plan = ctx.plan;
    let planned = ctx.figures.budget.total.planned;
    let budget = match (planned.cents(), ctx.figures.budget.envelope) {
        (0, Some(envelope)) => ctx.marked(ctx.money(envelope), FigurePlace::Envelope),
        _ => ctx.money(planned),
    };
    let mut figures = vec![
        (t.total_budget.to_string(), budget),
        // The objectives the table below lists: sub-objectives are part of their parent.
        (
            t.objectives_count.to_string(),
            ctx.objectives
                .iter()
                .filter(|(_, _, child)| !child)
                .count()
                .to_string(),
        ),
        (t.actions_count.to_string(), plan.actions.len().to_string()),
    ];
    if let Some(envelope) = ctx.figures.budget.envelope.filter(|_| planned.cents() != 0) {
        figures.push((
            t.envelope.to_string(),
            ctx.marked(ctx.money(envelope), FigurePlace::Envelope),
        ));
    }
    tiles(flow, &figures);

    let positioning = [
        &plan.positioning.statement,
        &plan.positioning.value_proposition,
        &plan.positioning.brand_promise,
    ]
    .into_iter()
    .find(|s| !s.trim().is_empty());
    if let Some(text) = positioning {
        let style = TextStyle::regular(11.0, palette::INK);
        let text = flow.clamp(
            text,
            style,
            flow.geo.content_width() - 14.0,
            MAX_POSITIONING_LINES,
        );
        flow.heading(t.positioning, style.line_height() * 2.0);
        quote(flow, &text, style);
    }

    if let Some(star) = ctx.objectives.iter().find(|(o, _, _)| o.north_star) {
        let (objective, _, _) = star;
        let mut line = objective.title.trim().to_string();
        let target = ctx.marked(
            ctx.quantity(objective.target, &objective.unit),
            FigurePlace::ObjectiveTarget(objective.id),
        );
        if objective.target.is_some() {
            line.push_str(&format!(" — {} {target}", t.target.to_lowercase()));
        }
        if let Some(deadline) = objective.deadline {
            line.push_str(&format!(" — {}", ctx.date(deadline)));
        }
        let style = styles::BODY_BOLD;
        let text = flow.clamp(&line, style, flow.geo.content_width() - 14.0, 3);
        flow.heading(t.north_star, style.line_height() * 2.0);
        quote(flow, &text, style);
    }

    if !ctx.objectives.is_empty() {
        let width = flow.geo.content_width() * 0.5;
        let mut rows: Vec<Row> = ctx
            .objectives
            .iter()
            .filter(|(_, _, child)| !child)
            .take(MAX_OBJECTIVES)
            .map(|(o, code, _)| {
                let title = flow.clamp(&o.title, styles::CELL, width, 1);
                Row::new(vec![
                    Cell::styled(code.clone(), styles::CELL_BOLD),
                    Cell::text(title),
                    Cell::text(ctx.marked(
                        ctx.quantity(o.target, &o.unit),
                        FigurePlace::ObjectiveTarget(o.id),
                    )),
                    Cell::text(o.deadline.map_or_else(|| "—".to_string(), |d| ctx.date(d))),
                ])
            })
            .collect();
        let tops = ctx.objectives.iter().filter(|(_, _, child)| !child).count();
        if tops > MAX_OBJECTIVES {
            rows.push(Row::new(vec![
                Cell::default(),
                Cell::styled(
                    format!("+ {} {}", tops - MAX_OBJECTIVES, t.more_items),
                    styles::CELL_MUTED,
                ),
            ]));
        }
        let table = Table::new(
            flow,
            vec![
                Column::left("", 0.6),
                Column::left(t.objective, 5.5),
                Column::right(t.target, 2.0),
                Column::right(t.deadline, 2.0),
            ],
            rows,
        );
        flow.heading(t.objectives_count, table.first_height());
        table.draw(flow);
    }

    let dates = key_dates(ctx);
    if !dates.is_empty() {
        let width = flow.geo.content_width() * 0.65;
        let rows = dates
            .iter()
            .map(|(date, what)| {
                Row::new(vec![
                    Cell::styled(ctx.date(*date), styles::CELL_BOLD),
                    Cell::text(flow.clamp(what, styles::CELL, width, 1)),
                ])
            })
            .collect();
        let table = Table::headless(
            flow,
            vec![Column::left("", 1.0), Column::left("", 3.0)],
            rows,
        );
        flow.heading(t.key_dates, table.first_height());
        table.draw(flow);
    }
    let places = std::iter::once(FigurePlace::Envelope).chain(
        ctx.objectives
            .iter()
            .map(|(o, _, _)| FigurePlace::ObjectiveTarget(o.id)),
    );
    if ctx.any_example(places) {
        flow.note(t.example_note);
    }
}

/// A text set off by an accent bar on its left.
fn quote(flow: &mut Flow, text: &str, style: TextStyle) {
    let width = flow.geo.content_width() - 14.0;
    let lines = flow.ink.fonts.wrap(text, style.weight, style.size, width);
    let height = lines.len() as f32 * style.line_height();
    flow.ensure(height);
    let (left, top) = (flow.geo.left, flow.y);
    flow.page()
        .rect(left, top + 1.0, 3.0, height - 2.0, palette::ACCENT);
    for line in lines {
        flow.line(&line, style, left + 14.0, width, Align::Left);
    }
    flow.y += 4.0;
}

/// The plan year's milestones, or else its action starts, in date order.
fn key_dates(ctx: &Ctx) -> Vec<(NaiveDate, String)> {
    let in_year = |d: &NaiveDate| d.year() == ctx.year;
    let mut dates: Vec<(NaiveDate, String)> = ctx
        .plan
        .actions
        .iter()
        .flat_map(|a| {
            a.milestones.iter().filter_map(move |m| {
                let date = m.date.filter(in_year)?;
                let what = if m.title.trim().is_empty() {
                    a.title.trim().to_string()
                } else {
                    format!("{} ({})", m.title.trim(), a.title.trim())
                };
                Some((date, what))
            })
        })
        .collect();
    if dates.len() < 3 {
        dates.extend(
            ctx.plan
                .actions
                .iter()
                .filter_map(|a| Some((a.start.filter(in_year)?, a.title.trim().to_string()))),
        );
    }
    dates.sort();
    dates.dedup();
    dates.truncate(MAX_DATES);
    dates
}
