//! The diagnostic: market and offer, SWOT grid, PESTEL table, Porter's forces, competitors,
//! and last year's review when the plan renews an earlier one.
//!
//! Empty parts are left out, except the classic grids, which say they are not filled in.

use boussole_core::plan::{Force, PestelFactor, PorterForce, SwotQuadrant};

use crate::canvas::{palette, Align, TextStyle};
use crate::charts;
use crate::flow::{styles, Flow, PARAGRAPH_LINES};
use crate::sections::Ctx;
use crate::table::{Cell, Column, Row, Table};

/// Lays out the diagnostic.
pub(super) fn render(ctx: &Ctx, flow: &mut Flow) {
    market(ctx, flow);
    swot(ctx, flow);
    pestel(ctx, flow);
    porter(ctx, flow);
    competitors(ctx, flow);
    review(ctx, flow);
}

/// A label and value table, skipping empty values.
fn pairs(flow: &Flow, rows: Vec<(&str, String)>) -> Option<Table> {
    let rows: Vec<Row> = rows
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
        return None;
    }
    Some(Table::headless(
        flow,
        vec![Column::left("", 1.0), Column::left("", 3.4)],
        rows,
    ))
}

fn market(ctx: &Ctx, flow: &mut Flow) {
    let t = ctx.t;
    let d = &ctx.plan.diagnostic;
    let mut offer = d.offer.description.trim().to_string();
    let list = |items: &[String]| {
        items
            .iter()
            .map(|s| s.trim())
            .filter(|s| !s.is_empty())
            .collect::<Vec<_>>()
            .join(" ; ")
    };
    let strengths = list(&d.offer.strengths);
    if !strengths.is_empty() {
        offer.push_str(&format!("\n+ {strengths}"));
    }
    let weaknesses = list(&d.offer.weaknesses);
    if !weaknesses.is_empty() {
        offer.push_str(&format!("\n− {weaknesses}"));
    }
    let rows = vec![
        (t.market_size, d.market.size.clone()),
        (t.market_growth, d.market.growth.clone()),
        (
            t.market_maturity,
            d.market
                .maturity
                .map(|m| t.maturity(m).to_string())
                .unwrap_or_default(),
        ),
        (t.market_outlook, d.market.outlook.clone()),
        (t.offer, offer),
        (t.audience, d.audience.clone()),
    ];
    if let Some(table) = pairs(flow, rows) {
        flow.heading(t.market, table.first_height());
        table.draw(flow);
    }
}

/// One quadrant of the SWOT grid, wrapped to its box.
struct Quadrant {
    title: &'static str,
    lines: Vec<(bool, String)>,
}

const QUAD_PAD: f32 = 8.0;
const QUAD_TITLE_H: f32 = 20.0;

fn swot(ctx: &Ctx, flow: &mut Flow) {
    let t = ctx.t;
    let s = &ctx.plan.diagnostic.swot;
    let lists: Vec<(&[String], &'static str)> = SwotQuadrant::ALL
        .iter()
        .map(|&q| (s.quadrant(q), q.label(ctx.lang)))
        .collect();
    let gap = 8.0;
    let box_w = (flow.geo.content_width() - gap) / 2.0;
    let style = styles::CELL;
    let indent = 10.0;
    let quads: Vec<Quadrant> = lists
        .iter()
        .map(|&(items, title)| {
            let mut lines = Vec::new();
            for item in items.iter().filter(|i| !i.trim().is_empty()) {
                let width = box_w - 2.0 * QUAD_PAD - indent;
                let wrapped = flow.lines(item, style, width, PARAGRAPH_LINES);
                for (i, line) in wrapped.into_iter().enumerate() {
                    lines.push((i == 0, line));
                }
            }
            if lines.is_empty() {
                lines.push((false, "—".to_string()));
            }
            Quadrant { title, lines }
        })
        .collect();
    let height =
        |q: &Quadrant| QUAD_TITLE_H + q.lines.len() as f32 * style.line_height() + QUAD_PAD;
    let row_heights = [
        height(&quads[0]).max(height(&quads[1])),
        height(&quads[2]).max(height(&quads[3])),
    ];
    // The 2x2 grid reads as one figure: kept on one page with its heading whenever it fits.
    let grid = row_heights[0] + gap + row_heights[1];
    let titled = grid + 2.0 * styles::HEADING.line_height() + 20.0;
    if titled <= flow.geo.content_height() {
        flow.ensure(titled);
    }
    flow.heading(t.swot, row_heights[0].min(flow.geo.content_height() / 2.0));
    if row_heights.iter().any(|h| *h > flow.geo.content_height()) {
        // Too long for a grid: the four lists one after the other.
        for &(items, title) in &lists {
            let items: Vec<String> = items
                .iter()
                .filter(|i| !i.trim().is_empty())
                .cloned()
                .collect();
            flow.subheading(title, styles::CELL.line_height() * 2.0);
            flow.bullets(&items, styles::CELL);
        }
        return;
    }
    for (r, row_h) in row_heights.iter().enumerate() {
        flow.ensure(*row_h);
        let top = flow.y;
        let ink = flow.ink;
        for c in 0..2 {
            let quad = &quads[r * 2 + c];
            let x = flow.geo.left + c as f32 * (box_w + gap);
            let page = flow.page();
            page.rect(x, top, box_w, *row_h, palette::ZEBRA);
            page.rect(x, top, box_w, QUAD_TITLE_H, palette::ACCENT_TINT);
            let title_style = TextStyle {
                color: palette::ACCENT,
                ..styles::CELL_BOLD
            };
            let title_style = TextStyle {
                size: 9.5,
                ..title_style
            };
            page.text(
                ink,
                quad.title,
                title_style,
                x + QUAD_PAD,
                top + (QUAD_TITLE_H - title_style.line_height()) / 2.0,
                box_w,
                Align::Left,
            );
            let mut y = top + QUAD_TITLE_H + QUAD_PAD / 2.0;
            for (first, line) in &quad.lines {
                if *first {
                    page.text(
                        ink,
                        "•",
                        TextStyle {
                            color: palette::ACCENT,
                            ..style
                        },
                        x + QUAD_PAD,
                        y,
                        indent,
                        Align::Left,
                    );
                }
                page.text(
                    ink,
                    line,
                    style,
                    x + QUAD_PAD + indent,
                    y,
                    box_w - 2.0 * QUAD_PAD - indent,
                    Align::Left,
                );
                y += style.line_height();
            }
        }
        flow.y = top + row_h + gap;
    }
    flow.gap(6.0);
}

fn pestel(ctx: &Ctx, flow: &mut Flow) {
    let t = ctx.t;
    let p = &ctx.plan.diagnostic.pestel;
    let rows: Vec<Row> = PestelFactor::ALL
        .iter()
        .map(|&factor| {
            let value = p.factor(factor);
            let value = if value.trim().is_empty() {
                Cell::styled("—", styles::CELL_MUTED)
            } else {
                Cell::text(value.to_string())
            };
            Row::new(vec![
                Cell::styled(factor.label(ctx.lang), styles::CELL_BOLD),
                value,
            ])
        })
        .collect();
    let table = Table::new(
        flow,
        vec![Column::left(t.factor, 1.0), Column::left(t.analysis, 3.4)],
        rows,
    );
    flow.heading(t.pestel, table.first_height());
    table.draw(flow);
}

fn porter(ctx: &Ctx, flow: &mut Flow) {
    let t = ctx.t;
    let p = &ctx.plan.diagnostic.porter;
    let forces: Vec<(&'static str, &Force)> = PorterForce::ALL
        .iter()
        .map(|&f| (f.label(ctx.lang), p.force(f)))
        .collect();
    let rows: Vec<(String, Option<u8>)> = forces
        .iter()
        .map(|(name, f)| (name.to_string(), f.rating))
        .collect();
    flow.heading(t.porter, 17.0 * 5.0 + styles::SMALL.line_height());
    flow.note(t.porter_scale);
    flow.gap(4.0);
    charts::ratings(flow, &rows, t.not_rated);
    let notes: Vec<Row> = forces
        .iter()
        .filter(|(_, f)| !f.note.trim().is_empty())
        .map(|(name, f)| {
            Row::new(vec![
                Cell::styled(*name, styles::CELL_BOLD),
                Cell::text(f.note.clone()),
            ])
        })
        .collect();
    if !notes.is_empty() {
        let table = Table::new(
            flow,
            vec![Column::left(t.force, 1.3), Column::left(t.note, 3.1)],
            notes,
        );
        table.draw(flow);
    }
}

fn competitors(ctx: &Ctx, flow: &mut Flow) {
    let t = ctx.t;
    let list = &ctx.plan.diagnostic.competitors;
    if list.is_empty() {
        return;
    }
    let rows = list
        .iter()
        .map(|c| {
            Row::new(vec![
                Cell::styled(c.name.clone(), styles::CELL_BOLD),
                Cell::text(c.offer.clone()),
                Cell::text(c.positioning.clone()),
                Cell::text(c.price_level.map_or("—", |p| t.price_level(p))),
                Cell::text(c.differentiators.clone()),
            ])
        })
        .collect();
    let table = Table::new(
        flow,
        vec![
            Column::left(t.competitor, 1.3),
            Column::left(t.offer, 1.8),
            Column::left(t.positioning, 1.8),
            Column::left(t.price, 1.0),
            Column::left(t.differentiators, 1.8),
        ],
        rows,
    );
    flow.heading(t.competitors, table.first_height());
    table.draw(flow);
}

fn review(ctx: &Ctx, flow: &mut Flow) {
    let t = ctx.t;
    let r = &ctx.plan.review;
    let has_budget =
        r.budget_planned.is_some() || (r.budget_spent.is_some() && !ctx.options.investor);
    if r.actions.is_empty() && r.objectives.is_empty() && r.lessons.trim().is_empty() && !has_budget
    {
        return;
    }
    let title = match r.previous_year {
        Some(year) => format!("{} ({year})", t.review),
        None => t.review.to_string(),
    };
    flow.heading(&title, 40.0);
    if !r.objectives.is_empty() {
        let rows = r
            .objectives
            .iter()
            .map(|o| {
                Row::new(vec![
                    Cell::styled(o.title.clone(), styles::CELL_BOLD),
                    Cell::text(ctx.quantity(o.target, &o.unit)),
                    Cell::text(ctx.quantity(o.measured, &o.unit)),
                    Cell::text(o.comment.clone()),
                ])
            })
            .collect();
        let table = Table::new(
            flow,
            vec![
                Column::left(t.last_year_objectives, 2.4),
                Column::right(t.target, 1.0),
                Column::right(t.measured, 1.0),
                Column::left(t.comment, 2.4),
            ],
            rows,
        );
        table.draw(flow);
    }
    if !r.actions.is_empty() {
        let rows = r
            .actions
            .iter()
            .map(|a| {
                Row::new(vec![
                    Cell::styled(a.title.clone(), styles::CELL_BOLD),
                    Cell::text(a.decision.map_or("—", |d| t.review_decision(d))),
                    Cell::text(a.note.clone()),
                ])
            })
            .collect();
        let table = Table::new(
            flow,
            vec![
                Column::left(t.last_year_actions, 2.4),
                Column::left(t.decision, 1.0),
                Column::left(t.comment, 3.4),
            ],
            rows,
        );
        table.draw(flow);
    }
    if has_budget {
        let mut line = format!(
            "{}{}{}",
            t.last_year_budget,
            t.colon,
            ctx.opt_money(r.budget_planned)
        );
        if let (Some(spent), false) = (r.budget_spent, ctx.options.investor) {
            line.push_str(&format!(" — {} {}", ctx.money(spent), t.spent));
        }
        flow.paragraph(&line, styles::BODY);
        flow.gap(6.0);
    }
    if !r.lessons.trim().is_empty() {
        flow.labelled(t.lessons, &r.lessons);
    }
}
