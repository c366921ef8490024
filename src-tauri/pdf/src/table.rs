//! Tables: measured first (every cell wrapped to its column), then drawn row by row.
//!
//! A row that does not fit moves to the next page under a repeated header row; a row taller
//! than a whole page is split between its lines. A closing total keeps the two rows before it on
//! its page. Zebra stripes and thin rules, nothing more.

use crate::canvas::{palette, Align, TextStyle};
use crate::flow::{styles, Flow, BLOCK_LINES};

const PAD_X: f32 = 5.0;
const PAD_Y: f32 = 4.0;

/// A column: its title, its share of the width and how its cells align.
pub(crate) struct Column {
    pub title: String,
    pub weight: f32,
    pub align: Align,
}

impl Column {
    /// A left-aligned column.
    pub fn left(title: &str, weight: f32) -> Column {
        Column {
            title: title.to_string(),
            weight,
            align: Align::Left,
        }
    }

    /// A right-aligned column, for figures.
    pub fn right(title: &str, weight: f32) -> Column {
        Column {
            title: title.to_string(),
            weight,
            align: Align::Right,
        }
    }
}

/// The content of a cell: one or more paragraphs, each with its own style.
#[derive(Default)]
pub(crate) struct Cell {
    parts: Vec<(String, TextStyle)>,
}

impl Cell {
    /// A cell of plain body text.
    pub fn text(text: impl Into<String>) -> Cell {
        Cell::styled(text, styles::CELL)
    }

    /// A cell with one styled paragraph.
    pub fn styled(text: impl Into<String>, style: TextStyle) -> Cell {
        Cell {
            parts: vec![(text.into(), style)],
        }
    }

    /// Adds a paragraph below, skipped when empty.
    pub fn then(mut self, text: impl Into<String>, style: TextStyle) -> Cell {
        let text = text.into();
        if !text.trim().is_empty() {
            self.parts.push((text, style));
        }
        self
    }
}

/// A row of cells; an emphasised row (a total) is set off by a rule and never striped.
pub(crate) struct Row {
    pub cells: Vec<Cell>,
    pub emphasis: bool,
}

impl Row {
    /// A plain row.
    pub fn new(cells: Vec<Cell>) -> Row {
        Row {
            cells,
            emphasis: false,
        }
    }

    /// A total row.
    pub fn total(cells: Vec<Cell>) -> Row {
        Row {
            cells,
            emphasis: true,
        }
    }
}

struct Line {
    text: String,
    style: TextStyle,
}

struct Measured {
    cells: Vec<Vec<Line>>,
    emphasis: bool,
}

impl Measured {
    fn height_from(&self, start: &[usize]) -> f32 {
        self.cells
            .iter()
            .zip(start)
            .map(|(lines, &s)| {
                lines[s.min(lines.len())..]
                    .iter()
                    .map(|l| l.style.line_height())
                    .sum::<f32>()
            })
            .fold(0.0, f32::max)
            + 2.0 * PAD_Y
    }
}

/// A table measured for the content width, ready to be drawn.
pub(crate) struct Table {
    columns: Vec<Column>,
    widths: Vec<f32>,
    header: Option<Measured>,
    rows: Vec<Measured>,
}

impl Table {
    /// Measures a table with a header row.
    pub fn new(flow: &Flow, columns: Vec<Column>, rows: Vec<Row>) -> Table {
        Table::build(flow, columns, rows, true)
    }

    /// Measures a table without a header row (label and value pairs).
    pub fn headless(flow: &Flow, columns: Vec<Column>, rows: Vec<Row>) -> Table {
        Table::build(flow, columns, rows, false)
    }

    fn build(flow: &Flow, columns: Vec<Column>, rows: Vec<Row>, header: bool) -> Table {
        let total_width = flow.geo.content_width();
        let header_style = TextStyle {
            color: palette::ACCENT,
            ..styles::CELL_BOLD
        };
        let mut mins: Vec<f32> = columns
            .iter()
            .map(|c| longest_word(flow, &c.title, header_style))
            .collect();
        for row in &rows {
            for (min, cell) in mins.iter_mut().zip(&row.cells) {
                for (text, style) in &cell.parts {
                    let style = if row.emphasis {
                        TextStyle {
                            weight: styles::CELL_BOLD.weight,
                            ..*style
                        }
                    } else {
                        *style
                    };
                    *min = min.max(longest_word(flow, text, style));
                }
            }
        }
        let widths = fit_widths(&columns, &mins, total_width);
        let measure = |cells: Vec<Cell>, emphasis: bool| -> Measured {
            let cells = (0..widths.len())
                .zip(
                    cells
                        .into_iter()
                        .chain(std::iter::repeat_with(Cell::default)),
                )
                .map(|(i, cell)| {
                    let inner = (widths[i] - 2.0 * PAD_X).max(8.0);
                    let mut lines = Vec::new();
                    for (text, style) in cell.parts {
                        let style = if emphasis {
                            TextStyle {
                                weight: styles::CELL_BOLD.weight,
                                ..style
                            }
                        } else {
                            style
                        };
                        for text in flow.lines(&text, style, inner, BLOCK_LINES) {
                            lines.push(Line { text, style });
                        }
                    }
                    lines
                })
                .collect();
            Measured { cells, emphasis }
        };
        let header = header.then(|| {
            let cells = columns
                .iter()
                .map(|c| Cell::styled(c.title.clone(), header_style))
                .collect();
            measure(cells, false)
        });
        let rows = rows
            .into_iter()
            .map(|r| measure(r.cells, r.emphasis))
            .collect();
        Table {
            columns,
            widths,
            header,
            rows,
        }
    }

    fn header_height(&self) -> f32 {
        self.header
            .as_ref()
            .map_or(0.0, |h| h.height_from(&vec![0; self.widths.len()]))
    }

    /// The height that must fit with a heading: the header and the first row (or a part of it).
    pub fn first_height(&self) -> f32 {
        let zero = vec![0; self.widths.len()];
        let first = self.rows.first().map_or(0.0, |r| r.height_from(&zero));
        self.header_height() + first.min(60.0)
    }

    /// Draws the table at the cursor, breaking pages as needed.
    pub fn draw(&self, flow: &mut Flow) {
        if self.rows.is_empty() {
            return;
        }
        flow.ensure(self.first_height());
        self.draw_header(flow);
        let tail = self.kept_tail();
        for (index, row) in self.rows.iter().enumerate() {
            if Some(index) == tail {
                // Keep with next: the last rows go overleaf with their total rather than leave
                // a lone row and the total on a page of their own.
                let zero = vec![0usize; self.widths.len()];
                let height: f32 = self.rows[index..]
                    .iter()
                    .map(|r| r.height_from(&zero))
                    .sum();
                let fresh_room = flow.geo.content_height() - self.header_height();
                if height > flow.room() && height <= fresh_room {
                    self.break_page(flow);
                }
            }
            let mut start = vec![0usize; self.widths.len()];
            let mut first_part = true;
            loop {
                let done = row
                    .cells
                    .iter()
                    .zip(&start)
                    .all(|(lines, &s)| s >= lines.len());
                if done && !first_part {
                    break;
                }
                let height = row.height_from(&start);
                let fresh_room = flow.geo.content_height() - self.header_height();
                if height <= flow.room() {
                    self.draw_part(flow, row, index, &start, None, height);
                    break;
                }
                if first_part && height <= fresh_room {
                    self.break_page(flow);
                    first_part = false;
                    continue;
                }
                // Too tall for what is left: fill the page line by line and carry on overleaf.
                let available = flow.room() - 2.0 * PAD_Y;
                let smallest = row
                    .cells
                    .iter()
                    .zip(&start)
                    .filter_map(|(lines, &s)| lines.get(s).map(|l| l.style.line_height()))
                    .fold(f32::MAX, f32::min);
                if available < smallest {
                    self.break_page(flow);
                    first_part = false;
                    continue;
                }
                let mut end = start.clone();
                for (c, lines) in row.cells.iter().enumerate() {
                    let mut used = 0.0;
                    while let Some(line) = lines.get(end[c]) {
                        if used + line.style.line_height() > available {
                            break;
                        }
                        used += line.style.line_height();
                        end[c] += 1;
                    }
                }
                let room = flow.room();
                self.draw_part(flow, row, index, &start, Some(&end), room);
                start = end;
                self.break_page(flow);
                first_part = false;
            }
        }
        let (left, right, y) = (flow.geo.left, flow.geo.right, flow.y);
        flow.page().hrule(left, right, y, 0.6, palette::RULE);
        flow.y += 10.0;
    }

    /// Where the rows kept together with a closing total start: the last two rows before it and
    /// the total itself; None when the table does not end on a total.
    fn kept_tail(&self) -> Option<usize> {
        const KEPT_BEFORE_TOTAL: usize = 2;
        match self.rows.last() {
            Some(last) if last.emphasis && self.rows.len() > 1 => {
                Some(self.rows.len().saturating_sub(KEPT_BEFORE_TOTAL + 1))
            }
            _ => None,
        }
    }

    fn break_page(&self, flow: &mut Flow) {
        flow.new_page();
        self.draw_header(flow);
    }

    fn draw_header(&self, flow: &mut Flow) {
        let Some(header) = &self.header else { return };
        let zero = vec![0; self.widths.len()];
        let height = header.height_from(&zero);
        let (left, width, y) = (flow.geo.left, flow.geo.content_width(), flow.y);
        flow.page()
            .rect(left, y, width, height, palette::ACCENT_TINT);
        self.draw_cells(flow, header, &zero, None);
        flow.y += height;
    }

    fn draw_part(
        &self,
        flow: &mut Flow,
        row: &Measured,
        index: usize,
        start: &[usize],
        end: Option<&[usize]>,
        height: f32,
    ) {
        let (left, right, width, y) = (
            flow.geo.left,
            flow.geo.right,
            flow.geo.content_width(),
            flow.y,
        );
        if row.emphasis {
            flow.page().hrule(left, right, y, 0.8, palette::MUTED);
        } else if index % 2 == 1 {
            flow.page().rect(left, y, width, height, palette::ZEBRA);
        }
        self.draw_cells(flow, row, start, end);
        flow.y += height;
    }

    fn draw_cells(&self, flow: &mut Flow, row: &Measured, start: &[usize], end: Option<&[usize]>) {
        let top = flow.y + PAD_Y;
        let mut x = flow.geo.left;
        let ink = flow.ink;
        for (c, lines) in row.cells.iter().enumerate() {
            let width = self.widths[c];
            let align = self.columns[c].align;
            let stop = end.map_or(lines.len(), |e| e[c]).min(lines.len());
            let mut y = top;
            for line in &lines[start[c].min(stop)..stop] {
                flow.page().text(
                    ink,
                    &line.text,
                    line.style,
                    x + PAD_X,
                    y,
                    width - 2.0 * PAD_X,
                    align,
                );
                y += line.style.line_height();
            }
            x += width;
        }
    }
}

/// The width of the widest unbreakable word of a text, padding included, capped so that one
/// monstrous word cannot starve the other columns.
fn longest_word(flow: &Flow, text: &str, style: TextStyle) -> f32 {
    let fonts = flow.ink.fonts;
    let widest = text
        .split([' ', '\n'])
        .filter(|w| !w.is_empty())
        .map(|w| fonts.width(&fonts.clean(w, false), style.weight, style.size))
        .fold(0.0, f32::max);
    // One point of slack so rounding never pushes the word to a second line.
    (widest + 2.0 * PAD_X + 1.0).min(flow.geo.content_width() * 0.4)
}

/// Column widths from their weights, widened where a word would not fit and paid for by the
/// columns with room to spare.
fn fit_widths(columns: &[Column], mins: &[f32], total: f32) -> Vec<f32> {
    let weights: f32 = columns.iter().map(|c| c.weight.max(0.01)).sum();
    let mut widths: Vec<f32> = columns
        .iter()
        .map(|c| total * c.weight.max(0.01) / weights)
        .collect();
    for _ in 0..3 {
        let deficit: f32 = widths.iter().zip(mins).map(|(w, m)| (m - w).max(0.0)).sum();
        let slack: f32 = widths.iter().zip(mins).map(|(w, m)| (w - m).max(0.0)).sum();
        if deficit < 0.5 || slack < 0.5 {
            break;
        }
        let take = (deficit / slack).min(1.0);
        for (w, m) in widths.iter_mut().zip(mins) {
            if *w < *m {
                *w = *m;
            } else {
                *w -= (*w - m) * take;
            }
        }
    }
    // When the words cannot all fit, everything shrinks alike and long words are cut.
    let sum: f32 = widths.iter().sum();
    if sum > total {
        for w in &mut widths {
            *w *= total / sum;
        }
    }
    widths
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::canvas::Ink;
    use crate::flow::Geometry;

    #[test]
    fn a_total_never_goes_overleaf_with_a_single_row() {
        let fonts = match crate::fonts::fonts() {
            Ok(f) => f,
            Err(e) => panic!("fonts: {e}"),
        };
        let ink = Ink::new(fonts, printpdf::FontId::new(), printpdf::FontId::new());
        let mut flow = Flow::new(
            &ink,
            Geometry::new(595.0, 842.0),
            crate::catalogue::texts(boussole_core::plan::Language::En),
        );
        let mut rows: Vec<Row> = (1..=8)
            .map(|i| Row::new(vec![Cell::text(format!("Channel {i}")), Cell::text("100")]))
            .collect();
        rows.push(Row::total(vec![Cell::text("Total"), Cell::text("800")]));
        let table = Table::new(
            &flow,
            vec![Column::left("Channel", 3.0), Column::right("Planned", 1.0)],
            rows,
        );
        let zero = [0usize, 0];
        let row = table.rows[0].height_from(&zero);
        // Room for the header and seven rows and a half: the eighth row and the total would be
        // left alone overleaf.
        flow.new_page();
        flow.y = flow.geo.bottom - (table.header_height() + 7.5 * row);
        table.draw(&mut flow);
        assert_eq!(flow.pages.len(), 2);
        let first = format!("{:?}", flow.pages[0].ops);
        let second = format!("{:?}", flow.pages[1].ops);
        assert!(
            first.contains("Channel 6") && !first.contains("Channel 7"),
            "{first}"
        );
        for kept in ["Channel 7", "Channel 8", "Total"] {
            assert!(second.contains(kept), "{kept} overleaf: {second}");
        }
    }
}
