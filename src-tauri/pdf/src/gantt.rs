//! The Gantt chart of the plan year: one row per dated action, twelve month columns.
//!
//! Bars are coloured by lever, milestones are diamonds, and the month header is repeated on
//! every page the chart crosses. Actions outside the year are left to the action table.

use boussole_core::plan::{Action, Lever};
use chrono::{Datelike, NaiveDate};

use crate::canvas::{palette, Align, Rgb, TextStyle};
use crate::catalogue::Texts;
use crate::charts::legend;
use crate::flow::{styles, Flow};

const ROW_H: f32 = 13.0;
const HEADER_H: f32 = 16.0;
const BAR_H: f32 = 7.0;

/// The colour of a lever (grey for none).
pub(crate) fn lever_color(lever: Option<Lever>) -> Rgb {
    palette::LEVERS[lever.map_or(7, |l| l as usize)]
}

/// A dated action reduced to what the chart draws.
struct Row<'a> {
    action: &'a Action,
    start: NaiveDate,
    end: NaiveDate,
}

/// Where the chart's columns are.
struct Frame {
    left: f32,
    label_w: f32,
    chart_x: f32,
    chart_w: f32,
    year: i32,
    days: f32,
}

impl Frame {
    /// The x of a date's start, clamped to the year.
    fn x(&self, date: NaiveDate) -> f32 {
        let offset = if date.year() < self.year {
            0.0
        } else if date.year() > self.year {
            self.days
        } else {
            date.ordinal0() as f32
        };
        self.chart_x + self.chart_w * offset / self.days
    }

    /// The x of the end of a date (its next midnight).
    fn x_end(&self, date: NaiveDate) -> f32 {
        match date.succ_opt() {
            Some(next) => self.x(next),
            None => self.chart_x + self.chart_w,
        }
    }
}

/// Draws the chart for the actions that touch `year`; returns how many were left out undated.
pub(crate) fn draw(flow: &mut Flow, t: &Texts, actions: &[Action], year: i32) -> usize {
    let mut rows: Vec<Row> = Vec::new();
    let mut undated = 0;
    for action in actions {
        let (start, end) = match (action.start, action.end) {
            (Some(s), Some(e)) => (s.min(e), s.max(e)),
            (Some(d), None) | (None, Some(d)) => (d, d),
            (None, None) => {
                undated += 1;
                continue;
            }
        };
        if end.year() < year || start.year() > year {
            continue;
        }
        rows.push(Row { action, start, end });
    }
    rows.sort_by_key(|r| (r.start, r.end, r.action.id));
    if rows.is_empty() {
        return undated;
    }

    let mut levers: Vec<Option<Lever>> = rows.iter().map(|r| r.action.lever).collect();
    levers.sort();
    levers.dedup();
    let mut items: Vec<(Rgb, String)> = levers
        .iter()
        .map(|l| {
            (
                lever_color(*l),
                l.map_or(t.no_lever, |l| t.lever(l)).to_string(),
            )
        })
        .collect();
    if rows
        .iter()
        .any(|r| r.action.milestones.iter().any(|m| m.date.is_some()))
    {
        items.push((palette::INK, t.milestone.to_string()));
    }
    flow.ensure(styles::SMALL.line_height() * 2.0 + HEADER_H + ROW_H * 3.0);
    legend(flow, &items);

    let label_w = flow.geo.content_width() * 0.32;
    let days = if NaiveDate::from_ymd_opt(year, 12, 31).is_some_and(|d| d.leap_year()) {
        366.0
    } else {
        365.0
    };
    let frame = Frame {
        left: flow.geo.left,
        label_w,
        chart_x: flow.geo.left + label_w,
        chart_w: flow.geo.content_width() - label_w,
        year,
        days,
    };

    let mut remaining = &rows[..];
    let mut index = 0;
    while !remaining.is_empty() {
        if HEADER_H + ROW_H > flow.room() {
            flow.new_page();
        }
        header(flow, t, &frame);
        let fit = ((flow.room() / ROW_H).floor() as usize).clamp(1, remaining.len());
        let (chunk, rest) = remaining.split_at(fit);
        let top = flow.y;
        let page = flow.page();
        for i in 0..chunk.len() {
            if (index + i) % 2 == 1 {
                let y = top + i as f32 * ROW_H;
                page.rect(
                    frame.left,
                    y,
                    frame.label_w + frame.chart_w,
                    ROW_H,
                    palette::ZEBRA,
                );
            }
        }
        grid(flow, &frame, top, top + chunk.len() as f32 * ROW_H);
        for row in chunk {
            draw_row(flow, &frame, row);
        }
        index += chunk.len();
        remaining = rest;
    }
    flow.y += 8.0;
    undated
}

fn header(flow: &mut Flow, t: &Texts, frame: &Frame) {
    let ink = flow.ink;
    let y = flow.y;
    let style = TextStyle {
        color: palette::ACCENT,
        ..styles::CELL_BOLD
    };
    let style = TextStyle { size: 7.5, ..style };
    let page = flow.page();
    page.rect(
        frame.left,
        y,
        frame.label_w + frame.chart_w,
        HEADER_H,
        palette::ACCENT_TINT,
    );
    for (m, name) in t.months_short.iter().enumerate() {
        let start = NaiveDate::from_ymd_opt(frame.year, m as u32 + 1, 1);
        let end = NaiveDate::from_ymd_opt(frame.year, m as u32 + 1, 1)
            .and_then(|d| d.checked_add_months(chrono::Months::new(1)));
        let (Some(start), Some(end)) = (start, end) else {
            continue;
        };
        let x0 = frame.x(start);
        let x1 = if end.year() > frame.year {
            frame.chart_x + frame.chart_w
        } else {
            frame.x(end)
        };
        page.text(
            ink,
            name,
            style,
            x0,
            y + (HEADER_H - style.line_height()) / 2.0,
            x1 - x0,
            Align::Center,
        );
    }
    flow.y += HEADER_H;
}

fn draw_row(flow: &mut Flow, frame: &Frame, row: &Row) {
    let ink = flow.ink;
    let y = flow.y;
    let style = TextStyle {
        size: 7.5,
        ..styles::CELL
    };
    let page = flow.page();
    let title = ink.fonts.clean(&row.action.title, false);
    let title = ink
        .fonts
        .ellipsize(title.trim(), style.weight, style.size, frame.label_w - 8.0);
    page.text(
        ink,
        &title,
        style,
        frame.left + 3.0,
        y + (ROW_H - style.line_height()) / 2.0,
        frame.label_w - 8.0,
        Align::Left,
    );
    let x0 = frame.x(row.start);
    let x1 = frame
        .x_end(row.end)
        .max(x0 + 2.0)
        .min(frame.chart_x + frame.chart_w);
    let x0 = x0.min(x1 - 2.0);
    page.rect(
        x0,
        y + (ROW_H - BAR_H) / 2.0,
        x1 - x0,
        BAR_H,
        lever_color(row.action.lever),
    );
    for milestone in &row.action.milestones {
        let Some(date) = milestone.date else { continue };
        if date.year() != frame.year {
            continue;
        }
        let cx = (frame.x(date) + frame.x_end(date)) / 2.0;
        page.diamond(cx, y + ROW_H / 2.0, 3.6, palette::WHITE);
        page.diamond(cx, y + ROW_H / 2.0, 2.6, palette::INK);
    }
    flow.y += ROW_H;
}

/// Month separators behind the rows of one page, darker at each quarter.
fn grid(flow: &mut Flow, frame: &Frame, top: f32, bottom: f32) {
    let page = flow.page();
    for m in 0..=12u32 {
        let x = match NaiveDate::from_ymd_opt(frame.year, m.min(11) + 1, 1) {
            Some(d) if m < 12 => frame.x(d),
            _ => frame.chart_x + frame.chart_w,
        };
        let (thickness, color) = if m % 3 == 0 {
            (0.6, palette::RULE)
        } else {
            (0.3, palette::TRACK)
        };
        page.line(x, top - HEADER_H, x, bottom, thickness, color, false);
    }
    page.hrule(
        frame.left,
        frame.chart_x + frame.chart_w,
        bottom,
        0.6,
        palette::RULE,
    );
}
