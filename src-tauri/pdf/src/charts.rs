//! Small charts drawn with rectangles and rules: horizontal bars, columns, Porter's ratings and
//! a KPI's measurements against its target.
//!
//! Each chart knows its height before drawing, so it is kept whole on one page; labels are
//! shortened with an ellipsis rather than allowed to overflow.

use crate::canvas::{palette, Align, Rgb, TextStyle};
use crate::flow::{legend_item, styles, Flow};

/// One bar of a chart: its value (for the length), its colour and the label printed after it.
pub(crate) struct Bar {
    pub value: f64,
    pub color: Rgb,
    pub label: String,
}

/// A labelled group of bars (one bar, or planned and actual side by side).
pub(crate) struct BarGroup {
    pub label: String,
    pub bars: Vec<Bar>,
}

/// Draws a legend line of coloured squares at the cursor.
pub(crate) fn legend(flow: &mut Flow, items: &[(Rgb, String)]) {
    let lh = styles::SMALL.line_height();
    flow.ensure(lh);
    let mut x = flow.geo.left;
    for (color, label) in items {
        let label = flow.ink.fonts.clean(label, false);
        let needed = flow
            .ink
            .fonts
            .width(&label, styles::SMALL.weight, styles::SMALL.size)
            + 23.0;
        if x + needed > flow.geo.right && x > flow.geo.left {
            flow.y += lh + 2.0;
            x = flow.geo.left;
        }
        let (y, ink) = (flow.y, flow.ink);
        let label = flow.ink.fonts.ellipsize(
            &label,
            styles::SMALL.weight,
            styles::SMALL.size,
            flow.geo.content_width() - 23.0,
        );
        x += legend_item(flow.page(), ink, x, y, *color, &label);
    }
    flow.y += lh + 4.0;
}

/// Horizontal bars, one group per line, scaled to the largest value.
pub(crate) fn horizontal_bars(flow: &mut Flow, groups: &[BarGroup]) {
    if groups.is_empty() {
        return;
    }
    let label_style = styles::CELL;
    let value_style = styles::CELL_MUTED;
    let bar_h = 9.0;
    let label_w = flow.geo.content_width() * 0.30;
    let value_w = 92.0;
    let area_x = flow.geo.left + label_w + 8.0;
    let area_w = (flow.geo.right - area_x - value_w).max(40.0);
    let max = groups
        .iter()
        .flat_map(|g| g.bars.iter().map(|b| b.value))
        .filter(|v| v.is_finite())
        .fold(0.0_f64, f64::max);
    for group in groups {
        let height = group.bars.len().max(1) as f32 * (bar_h + 2.0) + 6.0;
        flow.ensure(height);
        let top = flow.y;
        let ink = flow.ink;
        let label = ink.fonts.clean(&group.label, false);
        let label = ink
            .fonts
            .ellipsize(&label, label_style.weight, label_style.size, label_w);
        let label_top = top + (height - 6.0 - label_style.line_height()) / 2.0;
        let left = flow.geo.left;
        let page = flow.page();
        page.text(
            ink,
            &label,
            label_style,
            left,
            label_top,
            label_w,
            Align::Left,
        );
        for (i, bar) in group.bars.iter().enumerate() {
            let y = top + i as f32 * (bar_h + 2.0);
            let ratio = if max > 0.0 && bar.value.is_finite() {
                (bar.value / max).clamp(0.0, 1.0)
            } else {
                0.0
            };
            let w = (area_w as f64 * ratio) as f32;
            page.rect(area_x, y, area_w, bar_h, palette::ZEBRA);
            page.rect(
                area_x,
                y,
                w.max(if bar.value > 0.0 { 1.0 } else { 0.0 }),
                bar_h,
                bar.color,
            );
            let text = ink.fonts.ellipsize(
                &ink.fonts.clean(&bar.label, false),
                value_style.weight,
                value_style.size,
                value_w - 6.0,
            );
            let text_top = y + (bar_h - value_style.line_height()) / 2.0;
            page.text(
                ink,
                &text,
                value_style,
                area_x + area_w + 6.0,
                text_top,
                value_w - 6.0,
                Align::Left,
            );
        }
        flow.y = top + height;
    }
    flow.y += 6.0;
}

/// Vertical columns, one group per slot along the axis, with values above and labels below.
pub(crate) fn columns(flow: &mut Flow, groups: &[BarGroup]) {
    if groups.is_empty() {
        return;
    }
    let plot_h = 110.0;
    let value_style = TextStyle {
        size: 7.0,
        ..styles::CELL_MUTED
    };
    let label_style = styles::CELL;
    let total_h = plot_h + value_style.line_height() * 2.0 + label_style.line_height() + 8.0;
    flow.ensure(total_h);
    let ink = flow.ink;
    let left = flow.geo.left;
    let width = flow.geo.content_width();
    let top = flow.y + value_style.line_height() * 2.0;
    let base = top + plot_h;
    let slot = width / groups.len() as f32;
    let max = groups
        .iter()
        .flat_map(|g| g.bars.iter().map(|b| b.value))
        .filter(|v| v.is_finite())
        .fold(0.0_f64, f64::max);
    let page = flow.page();
    for step in 1..=4 {
        let y = base - plot_h * step as f32 / 4.0;
        page.hrule(left, left + width, y, 0.3, palette::TRACK);
    }
    for (g, group) in groups.iter().enumerate() {
        let n = group.bars.len().max(1) as f32;
        let bar_w = (slot * 0.6 / n).min(46.0);
        let group_w = bar_w * n + 4.0 * (n - 1.0);
        let mut x = left + slot * g as f32 + (slot - group_w) / 2.0;
        for bar in &group.bars {
            let ratio = if max > 0.0 && bar.value.is_finite() {
                (bar.value / max).clamp(0.0, 1.0)
            } else {
                0.0
            };
            let h = (plot_h as f64 * ratio) as f32;
            page.rect(x, base - h, bar_w, h, bar.color);
            let text = ink.fonts.clean(&bar.label, false);
            // Each value label keeps to its own bar's lane so neighbours never collide.
            let label_w = if group.bars.len() > 1 {
                bar_w + 3.5
            } else {
                slot - 4.0
            };
            let text = ink
                .fonts
                .ellipsize(&text, value_style.weight, value_style.size, label_w);
            page.text(
                ink,
                &text,
                value_style,
                x + bar_w / 2.0 - label_w / 2.0,
                base - h - value_style.line_height() - 1.0,
                label_w,
                Align::Center,
            );
            x += bar_w + 4.0;
        }
        let label = ink.fonts.ellipsize(
            &ink.fonts.clean(&group.label, false),
            label_style.weight,
            label_style.size,
            slot - 4.0,
        );
        page.text(
            ink,
            &label,
            label_style,
            left + slot * g as f32 + 2.0,
            base + 4.0,
            slot - 4.0,
            Align::Center,
        );
    }
    page.hrule(left, left + width, base, 0.8, palette::MUTED);
    flow.y += total_h;
}

/// Porter's forces: a label, five boxes of which `rating` are filled, and "3/5".
pub(crate) fn ratings(flow: &mut Flow, rows: &[(String, Option<u8>)], unrated: &str) {
    let label_style = styles::CELL;
    let row_h = 17.0;
    let label_w = flow.geo.content_width() * 0.42;
    let box_w = 24.0;
    let gap = 3.0;
    for (label, rating) in rows {
        flow.ensure(row_h);
        let top = flow.y;
        let ink = flow.ink;
        let (left, right) = (flow.geo.left, flow.geo.right);
        let label = ink.fonts.ellipsize(
            &ink.fonts.clean(label, false),
            label_style.weight,
            label_style.size,
            label_w,
        );
        let page = flow.page();
        page.text(
            ink,
            &label,
            label_style,
            left,
            top + (row_h - label_style.line_height()) / 2.0,
            label_w,
            Align::Left,
        );
        let filled = rating.map_or(0, |r| r.clamp(1, 5));
        let x0 = left + label_w + 8.0;
        for i in 0..5u8 {
            let color = if i < filled {
                palette::ACCENT
            } else {
                palette::TRACK
            };
            page.rect(
                x0 + f32::from(i) * (box_w + gap),
                top + 4.0,
                box_w,
                row_h - 8.0,
                color,
            );
        }
        let text = match rating {
            Some(_) => format!("{filled}/5"),
            None => unrated.to_string(),
        };
        let style = if rating.is_some() {
            styles::CELL_BOLD
        } else {
            styles::CELL_MUTED
        };
        let x = x0 + 5.0 * (box_w + gap) + 6.0;
        page.text(
            ink,
            &text,
            style,
            x,
            top + (row_h - style.line_height()) / 2.0,
            right - x,
            Align::Left,
        );
        flow.y = top + row_h;
    }
    flow.y += 6.0;
}

/// One KPI's measurements as columns, with the target as a dashed line.
pub(crate) fn measurements(
    flow: &mut Flow,
    points: &[(String, f64, String)],
    target: Option<(f64, String)>,
) {
    if points.is_empty() {
        return;
    }
    let plot_h = 70.0;
    let value_style = TextStyle {
        size: 6.5,
        ..styles::CELL_MUTED
    };
    let label_style = TextStyle {
        size: 7.0,
        ..styles::CELL_MUTED
    };
    let total_h = plot_h + value_style.line_height() + label_style.line_height() + 10.0;
    flow.ensure(total_h);
    let ink = flow.ink;
    let left = flow.geo.left;
    let target_label_w = 110.0;
    let width = flow.geo.content_width() - target_label_w;
    let top = flow.y + value_style.line_height() + 2.0;
    let base = top + plot_h;
    let finite = |v: f64| if v.is_finite() { v } else { 0.0 };
    // Headroom above the tallest bar or the target, so labels and the dashed line stay apart.
    let max = points
        .iter()
        .map(|p| finite(p.1))
        .chain(target.as_ref().map(|t| finite(t.0)))
        .fold(0.0_f64, f64::max)
        * 1.12;
    let slot = width / points.len().max(6) as f32;
    let bar_w = (slot * 0.55).min(30.0);
    let target_y = target
        .as_ref()
        .filter(|(value, _)| max > 0.0 && value.is_finite() && *value >= 0.0)
        .map(|(value, _)| base - (plot_h as f64 * (value / max).clamp(0.0, 1.0)) as f32);
    let page = flow.page();
    for (i, (date, value, label)) in points.iter().enumerate() {
        let ratio = if max > 0.0 {
            (finite(*value) / max).clamp(0.0, 1.0)
        } else {
            0.0
        };
        let h = (plot_h as f64 * ratio) as f32;
        let x = left + slot * i as f32 + (slot - bar_w) / 2.0;
        page.rect(x, base - h, bar_w, h, palette::ACCENT);
        let text = ink.fonts.ellipsize(
            &ink.fonts.clean(label, false),
            value_style.weight,
            value_style.size,
            slot,
        );
        // A value just under the target would be struck through by its line: lifted above it.
        let mut value_y = base - h - value_style.line_height();
        if let Some(line_y) = target_y.filter(|y| (value_y - 1.0..=base - h + 1.0).contains(y)) {
            value_y = line_y - value_style.line_height() - 1.0;
        }
        page.text(
            ink,
            &text,
            value_style,
            left + slot * i as f32,
            value_y,
            slot,
            Align::Center,
        );
        let date = ink.fonts.ellipsize(
            &ink.fonts.clean(date, false),
            label_style.weight,
            label_style.size,
            slot,
        );
        page.text(
            ink,
            &date,
            label_style,
            left + slot * i as f32,
            base + 3.0,
            slot,
            Align::Center,
        );
    }
    page.hrule(left, left + width, base, 0.8, palette::MUTED);
    if let Some((_, label)) = target {
        if let Some(y) = target_y {
            page.line(left, y, left + width, y, 0.9, palette::ACTUAL, true);
            let style = TextStyle {
                color: palette::ACTUAL,
                ..styles::CELL_MUTED
            };
            let text = ink.fonts.ellipsize(
                &ink.fonts.clean(&label, false),
                style.weight,
                style.size,
                target_label_w - 8.0,
            );
            page.text(
                ink,
                &text,
                style,
                left + width + 6.0,
                y - style.line_height() / 2.0,
                target_label_w - 8.0,
                Align::Left,
            );
        }
    }
    flow.y += total_h;
}
