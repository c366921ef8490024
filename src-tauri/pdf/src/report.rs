//! The progress report: a short document for a banker or a partner at a date of the plan's year.
//!
//! A title block and four key figures, then each objective and KPI against its trajectory, the
//! money spent against what was planned by the date and against the envelope, the actions late
//! and done, and the adjustment log. Every figure is the core's (`figures::report`), worked out
//! for the date; this module lays them out and adds nothing up.

use boussole_core::figures::report::Progress;
use boussole_core::figures::{ObjectiveMeasure, Pace, PACE_TOLERANCE};
use boussole_core::labels::Term;
use boussole_core::plan::{ActionStatus, KpiId, Plan};
use boussole_core::print::{PdfOptions, ReportOptions, Roadmap};

use crate::canvas::{palette, Align, TextStyle};
use crate::catalogue::texts;
use crate::charts::{self, Bar, BarGroup};
use crate::error::PdfError;
use crate::flow::{styles, Flow, Geometry};
use crate::sections::{adjustments, tiles, Ctx};
use crate::table::{Cell, Column, Row, Table};
use crate::{contents, format, open, save, Info, Opened};

/// A pace the reader should look at.
const BEHIND: TextStyle = TextStyle::bold(8.5, palette::ACTUAL);
/// A small note the reader should look at, under a figure.
const BEHIND_NOTE: TextStyle = TextStyle::regular(7.5, palette::ACTUAL);

/// Renders the progress report of `plan` (as known by the report's date) and counts the
/// characters no font could print.
pub(crate) fn render(
    plan: &Plan,
    progress: &Progress,
    options: &ReportOptions,
) -> Result<Roadmap, PdfError> {
    let t = texts(options.language);
    let as_of = format!(
        "{} {}",
        t.report_as_of,
        format::date(options.date, options.language)
    );
    let heading = format!("{} {} — {as_of}", t.report_title, plan.company.plan_year);
    let Opened {
        doc,
        ink,
        company,
        author,
    } = open(plan, &heading)?;
    let (width, height) = options.paper.size_pt();
    let geo = Geometry::new(width, height);
    // The sections' helpers (money, dates, objective codes) read the roadmap's options.
    let pdf_options = PdfOptions {
        language: options.language,
        paper: options.paper,
        sections: Vec::new(),
        investor: false,
        logo: None,
        today: options.date,
    };
    let ctx = Ctx::new(plan, &progress.figures, &pdf_options);

    let mut flow = Flow::new(&ink, geo, t);
    title_block(&ctx, &mut flow, &company, &as_of);
    key_figures(&ctx, &mut flow);
    objectives(&ctx, &mut flow);
    kpis(&ctx, &mut flow);
    money(&ctx, &mut flow);
    actions(&ctx, &mut flow, progress);
    log(&ctx, &mut flow, progress);
    flow.finish();
    let Flow {
        mut pages, anchors, ..
    } = flow;

    let total = pages.len();
    let left = format!("{company} · {} · {as_of}", t.report_title);
    for (i, page) in pages.iter_mut().enumerate() {
        crate::footer(
            page,
            &ink,
            geo,
            &left,
            &format!("{} {} / {total}", t.page, i + 1),
        );
    }
    let outline = contents::entries(&anchors, 0);
    save(
        doc,
        &ink,
        pages,
        &outline,
        Info {
            author,
            subject: heading,
            today: options.today,
            page_height: height,
        },
    )
}

/// The company, the document's title and its date, under an accent band.
fn title_block(ctx: &Ctx, flow: &mut Flow, company: &str, as_of: &str) {
    let t = ctx.t;
    flow.new_page();
    let (width, left) = (flow.geo.content_width(), flow.geo.left);
    let page_width = flow.geo.width;
    flow.page().rect(0.0, 0.0, page_width, 8.0, palette::ACCENT);
    if !company.is_empty() {
        flow.paragraph(company, TextStyle::bold(11.0, palette::MUTED));
    }
    flow.line(t.report_title, styles::SECTION, left, width, Align::Left);
    flow.line(
        &format!("{} {} · {as_of}", t.plan_title, ctx.year),
        TextStyle::regular(11.5, palette::INK),
        left,
        width,
        Align::Left,
    );
    flow.y += 5.0;
    let (right, y) = (flow.geo.right, flow.y);
    flow.page().hrule(left, right, y, 1.2, palette::ACCENT);
    flow.y += 10.0;
    flow.paragraph(t.report_intro, styles::BODY);
    flow.gap(10.0);
}

/// Money spent and planned by the date, the year's budget, and the actions late.
fn key_figures(ctx: &Ctx, flow: &mut Flow) {
    let t = ctx.t;
    let spend = &ctx.figures.spend;
    let date = ctx.short_date(Some(ctx.figures.today));
    let budget_label = if ctx.plan.budget.envelope.is_some() {
        t.envelope
    } else {
        t.year_budget
    };
    tiles(
        flow,
        &[
            (format!("{} {date}", t.spent_by), ctx.money(spend.actual)),
            (format!("{} {date}", t.planned_by), ctx.money(spend.planned)),
            (budget_label.to_string(), ctx.money(spend.budget)),
            (
                t.actions_late.to_string(),
                format!(
                    "{} / {}",
                    ctx.figures.actions.overdue.len(),
                    ctx.figures.actions.total
                ),
            ),
        ],
    );
}

/// Each objective with a target: its target, the value expected at the date, the value measured
/// and how far it has come, with its pace.
fn objectives(ctx: &Ctx, flow: &mut Flow) {
    let t = ctx.t;
    let date = ctx.short_date(Some(ctx.figures.today));
    let rows: Vec<Row> = ctx
        .objectives
        .iter()
        .filter(|(o, _, _)| o.target.is_some() && !o.draft)
        .map(|(o, code, _)| {
            let target = ctx.quantity(o.target, &o.unit);
            let deadline = o
                .deadline
                .map(|d| format!("{} {}", t.by, ctx.short_date(Some(d))))
                .unwrap_or_default();
            let measure = ctx
                .figures
                .objectives
                .iter()
                .find(|f| f.id == o.id)
                .map(|f| &f.measure);
            let missing = ctx
                .figures
                .objectives
                .iter()
                .find(|f| f.id == o.id)
                .and_then(|f| f.kpis.iter().find_map(|k| reading_due(ctx, *k)));
            let (measured, expected, situation, today) = match measure {
                Some(ObjectiveMeasure::Measured {
                    measured,
                    expected,
                    expected_today,
                    at,
                    progress,
                    pace,
                    ..
                }) => (
                    Cell::styled(ctx.quantity(Some(*measured), &o.unit), styles::CELL_BOLD).then(
                        format!("{} {}", t.on, ctx.short_date(Some(*at))),
                        styles::CELL_MUTED,
                    ),
                    Cell::text(ctx.quantity(Some(*expected), &o.unit)),
                    pace_cell(ctx, *pace, Some(*progress)),
                    Cell::text(ctx.quantity(Some(*expected_today), &o.unit)),
                ),
                Some(ObjectiveMeasure::NotComparable { units }) => (
                    Cell::text("—"),
                    Cell::text("—"),
                    Cell::text(Term::NotComparable.label(ctx.lang))
                        .then(units.join(", "), styles::CELL_MUTED),
                    Cell::text("—"),
                ),
                Some(ObjectiveMeasure::NoKpi) => (
                    Cell::text("—"),
                    Cell::text("—"),
                    Cell::text(t.no_kpi),
                    Cell::text("—"),
                ),
                _ => (
                    Cell::text("—"),
                    Cell::text("—"),
                    pace_cell(ctx, Pace::NoData, None),
                    Cell::text("—"),
                ),
            };
            let measured = match missing {
                Some(note) => measured.then(note, BEHIND_NOTE),
                None => measured,
            };
            Row::new(vec![
                Cell::styled(code.clone(), styles::CELL_BOLD),
                Cell::styled(o.title.trim().to_string(), styles::CELL_BOLD).then(
                    format!("{} {target} {deadline}", t.target)
                        .trim()
                        .to_string(),
                    styles::CELL_MUTED,
                ),
                measured,
                expected,
                situation,
                today,
            ])
        })
        .collect();
    flow.heading(t.report_objectives, 80.0);
    if rows.is_empty() {
        flow.paragraph(t.no_objective, styles::BODY);
        return;
    }
    let table = Table::new(
        flow,
        vec![
            Column::left("", 0.45),
            Column::left(t.objective, 2.7),
            Column::right(t.latest_reading, 1.45),
            Column::right(t.expected_then, 1.4),
            Column::right(t.situation, 1.35),
            Column::right(&format!("{} {date}", t.expected_at), 1.45),
        ],
        rows,
    );
    table.draw(flow);
    let tolerance = format::percent(PACE_TOLERANCE, ctx.lang);
    flow.note(&t.trajectory_note.replace("{tolerance}", &tolerance));
    flow.gap(6.0);
}

/// "31 May missing" when a KPI's reading for its latest period is due and not entered.
fn reading_due(ctx: &Ctx, kpi: KpiId) -> Option<String> {
    let due = ctx
        .figures
        .month
        .readings
        .iter()
        .find(|r| r.kpi_id == kpi)?;
    Some(
        ctx.t
            .reading_missing
            .replace("{date}", &ctx.short_date(Some(due.date))),
    )
}

/// Progress, in bold, over the pace; a pace the reader should look at stands out.
fn pace_cell(ctx: &Ctx, pace: Pace, progress: Option<f64>) -> Cell {
    let style = if pace == Pace::Behind {
        BEHIND
    } else {
        styles::CELL
    };
    match progress {
        Some(p) => Cell::styled(format::percent(p, ctx.lang), styles::CELL_BOLD)
            .then(pace.label(ctx.lang), style),
        None => Cell::styled(pace.label(ctx.lang), style),
    }
}

/// Each KPI: its goal, the value expected at the date, the value measured and its pace.
fn kpis(ctx: &Ctx, flow: &mut Flow) {
    let t = ctx.t;
    if ctx.plan.kpis.is_empty() {
        return;
    }
    let date = ctx.short_date(Some(ctx.figures.today));
    let rows = ctx
        .plan
        .kpis
        .iter()
        .zip(&ctx.figures.kpis)
        .map(|(k, f)| {
            let mut about = vec![ctx.code(k.objective_id)];
            if let Some(frequency) = k.frequency {
                about.push(t.frequency(frequency).to_string());
            }
            let measured = match (f.measured, &f.latest) {
                (Some(value), Some(latest)) => {
                    Cell::styled(ctx.quantity(Some(value), &k.unit), styles::CELL_BOLD).then(
                        format!("{} {}", t.on, ctx.short_date(Some(latest.date))),
                        styles::CELL_MUTED,
                    )
                }
                _ => Cell::text("—"),
            };
            let measured = match reading_due(ctx, k.id) {
                Some(note) => measured.then(note, BEHIND_NOTE),
                None => measured,
            };
            Row::new(vec![
                Cell::styled(k.name.trim().to_string(), styles::CELL_BOLD)
                    .then(about.join(" · "), styles::CELL_MUTED),
                Cell::text(ctx.quantity(f.goal, &k.unit)),
                measured,
                Cell::text(ctx.quantity(f.expected, &k.unit)),
                pace_cell(ctx, f.pace, f.progress),
                Cell::text(ctx.quantity(f.expected_today, &k.unit)),
            ])
        })
        .collect();
    flow.heading(t.report_kpis, 80.0);
    let table = Table::new(
        flow,
        vec![
            Column::left(t.kpi, 2.3),
            Column::right(t.target, 1.25),
            Column::right(t.latest_reading, 1.45),
            Column::right(t.expected_then, 1.4),
            Column::right(t.situation, 1.35),
            Column::right(&format!("{} {date}", t.expected_at), 1.45),
        ],
        rows,
    );
    table.draw(flow);
    flow.note(t.goal_note);
    flow.gap(6.0);
}

/// Money spent against what was planned by the date, the year's planned total and the envelope.
fn money(ctx: &Ctx, flow: &mut Flow) {
    let t = ctx.t;
    let spend = &ctx.figures.spend;
    let budget = &ctx.figures.budget;
    let date = ctx.short_date(Some(ctx.figures.today));
    flow.heading(t.report_money, 110.0);
    let bar = |label: String, amount: boussole_core::plan::Money, color| BarGroup {
        label,
        bars: vec![Bar {
            value: amount.cents() as f64,
            color,
            label: ctx.money(amount),
        }],
    };
    let mut groups = Vec::new();
    if let Some(envelope) = budget.envelope {
        groups.push(bar(t.envelope.to_string(), envelope, palette::RULE));
    }
    groups.push(bar(
        t.year_budget.to_string(),
        budget.total.planned,
        palette::MUTED,
    ));
    groups.push(bar(
        format!("{} {date}", t.planned_by),
        spend.planned,
        palette::ACCENT,
    ));
    groups.push(bar(
        format!("{} {date}", t.spent_by),
        spend.actual,
        palette::ACTUAL,
    ));
    charts::horizontal_bars(flow, &groups);
    if let Some(over) = spend.over_envelope {
        flow.paragraph(
            &format!(
                "{}{}{}",
                Term::OverBy.label(ctx.lang),
                t.colon,
                ctx.money(over)
            ),
            BEHIND,
        );
    }
    if spend.ahead {
        flow.paragraph(t.spend_ahead, BEHIND);
    }
    if let Some(remaining) = budget.remaining {
        flow.paragraph(
            &format!(
                "{}{}{}",
                Term::Remaining.label(ctx.lang),
                t.colon,
                ctx.money(remaining)
            ),
            styles::BODY,
        );
    }
    flow.gap(2.0);
    flow.note(t.spend_note);
    flow.gap(6.0);
}

/// The actions late, then the actions done, after how many there are by status.
fn actions(ctx: &Ctx, flow: &mut Flow, progress: &Progress) {
    let t = ctx.t;
    let counts = &ctx.figures.actions;
    flow.heading(t.report_actions, 60.0);
    let by_status = [
        (ActionStatus::Planned, counts.planned),
        (ActionStatus::InProgress, counts.in_progress),
        (ActionStatus::Done, counts.done),
        (ActionStatus::Cancelled, counts.cancelled),
    ]
    .iter()
    .map(|(status, n)| format!("{}{}{n}", t.status(*status), t.colon))
    .collect::<Vec<_>>()
    .join(" · ");
    flow.paragraph(&by_status, styles::BODY);
    flow.gap(6.0);

    let action = |id| ctx.plan.actions.iter().find(|a| a.id == id);
    let late: Vec<Row> = counts
        .overdue
        .iter()
        .filter_map(|id| action(*id))
        .map(|a| {
            Row::new(vec![
                Cell::styled(a.title.trim().to_string(), styles::CELL_BOLD),
                Cell::styled(ctx.short_date(a.end), BEHIND),
                Cell::text(t.status(a.status)),
                Cell::text(a.owner.trim().to_string()),
            ])
        })
        .collect();
    counted_table(
        flow,
        t.late_actions,
        t.no_late_action,
        vec![
            Column::left(t.action, 3.6),
            Column::left(t.due_end, 1.2),
            Column::left(t.status_column, 1.1),
            Column::left(t.owner, 1.6),
        ],
        late,
    );

    let done: Vec<Row> = progress
        .done
        .iter()
        .filter_map(|id| action(*id))
        .map(|a| {
            Row::new(vec![
                Cell::styled(a.title.trim().to_string(), styles::CELL_BOLD),
                Cell::text(format::date_range(a.start, a.end, ctx.year, ctx.lang)),
                Cell::text(ctx.opt_money(a.planned_budget)),
                Cell::text(ctx.opt_money(a.actual_spend)),
            ])
        })
        .collect();
    counted_table(
        flow,
        t.done_actions,
        t.no_done_action,
        vec![
            Column::left(t.action, 3.6),
            Column::left(t.dates, 1.5),
            Column::right(t.planned, 1.2),
            Column::right(t.actual, 1.2),
        ],
        done,
    );
}

/// A list of actions under its heading with their count, or the sentence saying there is none.
fn counted_table(flow: &mut Flow, heading: &str, none: &str, columns: Vec<Column>, rows: Vec<Row>) {
    flow.subheading(&format!("{heading} ({})", rows.len()), 40.0);
    if rows.is_empty() {
        flow.paragraph(none, styles::BODY);
        flow.gap(6.0);
    } else {
        Table::new(flow, columns, rows).draw(flow);
    }
}

/// The adjustments noted up to the date.
fn log(ctx: &Ctx, flow: &mut Flow, progress: &Progress) {
    let t = ctx.t;
    flow.heading(t.adjustments, 40.0);
    let entries: Vec<_> = progress
        .adjustments
        .iter()
        .filter_map(|id| ctx.plan.adjustments.iter().find(|a| a.id == *id))
        .collect();
    if entries.is_empty() {
        flow.paragraph(t.no_adjustment, styles::BODY);
        return;
    }
    flow.note(t.adjustments_note);
    flow.gap(4.0);
    adjustments(ctx, flow, &entries);
}
