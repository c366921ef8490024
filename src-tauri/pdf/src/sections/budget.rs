//! The budget: key figures, then by quarter, channel and lever as tables and bar charts;
//! planned against actual when actuals exist, except in the investor version. Every amount is
//! the figures' (`boussole_core::figures::budget`): whole units whose parts add up to the total.

use boussole_core::figures::Amounts;
use boussole_core::labels::Term;
use boussole_core::plan::{FigurePlace, Money};

use crate::canvas::{palette, Rgb};
use crate::charts::{self, Bar, BarGroup};
use crate::flow::{styles, Flow};
use crate::format;
use crate::gantt::lever_color;
use crate::sections::{empty_note, tiles, Ctx};
use crate::table::{Cell, Column, Row, Table};

/// Lays out the budget.
pub(super) fn render(ctx: &Ctx, flow: &mut Flow) {
    let t = ctx.t;
    let plan = ctx.plan;
    let budget = &ctx.figures.budget;
    let actuals = ctx.shows_actuals();
    let planned = budget.total.planned;
    let actual = budget.total.actual;

    let mut figures = vec![(t.planned.to_string(), ctx.money(planned))];
    if let (Some(envelope), Some(remaining)) = (budget.envelope, budget.remaining) {
        figures.push((
            t.envelope.to_string(),
            ctx.marked(ctx.money(envelope), FigurePlace::Envelope),
        ));
        figures.push((t.remaining.to_string(), ctx.money(remaining)));
    }
    if actuals {
        figures.push((t.actual.to_string(), ctx.money(actual)));
    }
    flow.heading(t.overview, 60.0);
    tiles(flow, &figures);
    if ctx.any_example([FigurePlace::Envelope]) {
        flow.note(t.example_note);
    }
    if !plan.budget.notes.trim().is_empty() {
        flow.labelled(t.budget_notes, &plan.budget.notes);
        flow.gap(6.0);
    }
    if planned.cents() == 0 && (!actuals || actual.cents() == 0) {
        empty_note(ctx, flow);
        return;
    }

    let mut slots: Vec<(String, Amounts)> = budget
        .quarters
        .iter()
        .enumerate()
        .map(|(q, a)| (format!("{}{} {}", t.quarter_prefix, q + 1, ctx.year), *a))
        .collect();
    if budget.other_years != Amounts::default() {
        slots.push((t.other_years.to_string(), budget.other_years));
    }
    if budget.undated != Amounts::default() {
        slots.push((t.undated.to_string(), budget.undated));
    }
    quarter_block(ctx, flow, &slots, actuals);
    flow.note(t.spread_note);
    flow.gap(8.0);

    let amounts = |planned, actual| Amounts { planned, actual };
    let channels: Vec<(String, Amounts)> = budget
        .by_channel
        .iter()
        .map(|s| {
            let label = s.key.map_or(t.no_channel, |c| t.channel(c));
            (label.to_string(), amounts(s.planned, s.actual))
        })
        .collect();
    bars_block(
        ctx,
        flow,
        (t.by_channel, t.channel),
        &channels,
        actuals,
        None,
    );

    let colors: Vec<_> = budget.by_lever.iter().map(|s| lever_color(s.key)).collect();
    let levers: Vec<(String, Amounts)> = budget
        .by_lever
        .iter()
        .map(|s| {
            let label = s.key.map_or(t.no_lever, |l| t.lever(l));
            (label.to_string(), amounts(s.planned, s.actual))
        })
        .collect();
    bars_block(
        ctx,
        flow,
        (t.by_lever, t.lever),
        &levers,
        actuals,
        Some(&colors),
    );

    // An action serving several objectives is shared equally among them (the figures' rule).
    let objectives: Vec<(String, Amounts)> = budget
        .by_objective
        .iter()
        .map(|s| {
            let label = match s.key {
                Some(id) => {
                    let title = plan
                        .objectives
                        .iter()
                        .find(|o| o.id == id)
                        .map_or("", |o| o.title.trim());
                    format!("{} {title}", ctx.code(Some(id)))
                }
                None => Term::NoObjective.label(ctx.lang).to_string(),
            };
            (label, amounts(s.planned, s.actual))
        })
        .collect();
    if !plan.objectives.is_empty() {
        bars_block(
            ctx,
            flow,
            (t.by_objective, t.objective),
            &objectives,
            actuals,
            None,
        );
    }
}

fn quarter_block(ctx: &Ctx, flow: &mut Flow, slots: &[(String, Amounts)], actuals: bool) {
    let t = ctx.t;
    let table = amounts_table(ctx, flow, t.quarter, slots, actuals);
    flow.heading(t.by_quarter, 190.0);
    if actuals {
        actual_legend(ctx, flow);
    }
    charts::columns(flow, &groups(ctx, slots, actuals, None));
    flow.gap(8.0);
    table.draw(flow);
}

fn bars_block(
    ctx: &Ctx,
    flow: &mut Flow,
    (title, key): (&str, &str),
    slots: &[(String, Amounts)],
    actuals: bool,
    colors: Option<&[Rgb]>,
) {
    if slots.is_empty() {
        return;
    }
    let table = amounts_table(ctx, flow, key, slots, actuals);
    let per_row = if actuals { 28.0 } else { 17.0 };
    flow.heading(title, per_row * slots.len().min(4) as f32);
    if actuals {
        actual_legend(ctx, flow);
    }
    charts::horizontal_bars(flow, &groups(ctx, slots, actuals, colors));
    table.draw(flow);
}

fn actual_legend(ctx: &Ctx, flow: &mut Flow) {
    charts::legend(
        flow,
        &[
            (palette::ACCENT, ctx.t.planned.to_string()),
            (palette::ACTUAL, ctx.t.actual.to_string()),
        ],
    );
}

fn groups(
    ctx: &Ctx,
    slots: &[(String, Amounts)],
    actuals: bool,
    colors: Option<&[Rgb]>,
) -> Vec<BarGroup> {
    slots
        .iter()
        .enumerate()
        .map(|(i, (label, a))| {
            let color = colors
                .and_then(|c| c.get(i).copied())
                .filter(|_| !actuals)
                .unwrap_or(palette::ACCENT);
            let mut bars = vec![Bar {
                value: a.planned.cents() as f64,
                color,
                label: ctx.money(a.planned),
            }];
            if actuals {
                bars.push(Bar {
                    value: a.actual.cents() as f64,
                    color: palette::ACTUAL,
                    label: ctx.money(a.actual),
                });
            }
            BarGroup {
                label: label.clone(),
                bars,
            }
        })
        .collect()
}

fn amounts_table(
    ctx: &Ctx,
    flow: &Flow,
    key: &str,
    slots: &[(String, Amounts)],
    actuals: bool,
) -> Table {
    let t = ctx.t;
    // The parts add up to the figures' total by construction: the total row is the total.
    let Amounts {
        planned: planned_total,
        actual: actual_total,
    } = ctx.figures.budget.total;
    let share = |m: Money| {
        if planned_total.cents() > 0 {
            format::percent(m.cents() as f64 / planned_total.cents() as f64, ctx.lang)
        } else {
            "—".into()
        }
    };
    let row = |label: &str, a: &Amounts, total: bool| {
        let mut cells = vec![
            Cell::styled(label.to_string(), styles::CELL_BOLD),
            Cell::text(ctx.money(a.planned)),
        ];
        if actuals {
            cells.push(Cell::text(ctx.money(a.actual)));
            cells.push(Cell::text(
                ctx.money(Money(a.actual.cents().saturating_sub(a.planned.cents()))),
            ));
        }
        cells.push(Cell::text(share(a.planned)));
        if total {
            Row::total(cells)
        } else {
            Row::new(cells)
        }
    };
    let mut rows: Vec<Row> = slots
        .iter()
        .map(|(label, a)| row(label, a, false))
        .collect();
    rows.push(row(
        t.total,
        &Amounts {
            planned: planned_total,
            actual: actual_total,
        },
        true,
    ));
    let mut columns = vec![Column::left(key, 2.4), Column::right(t.planned, 1.3)];
    if actuals {
        columns.push(Column::right(t.actual, 1.3));
        columns.push(Column::right(t.variance, 1.3));
    }
    columns.push(Column::right(t.share, 0.8));
    Table::new(flow, columns, rows)
}
