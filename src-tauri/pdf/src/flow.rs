//! The running layout of the body: a cursor that moves down the page and breaks to a new one.
//!
//! Headings are kept with what follows them, paragraphs break between lines, and every
//! heading it places is recorded as an anchor for the contents page and the bookmarks.
//!
//! What the owner wrote is bounded here, so that any plan a file may hold makes a PDF of a
//! sensible size: runs of blank lines print as one, a paragraph or a table cell prints a
//! bounded number of lines (then says it was shortened), and the body stops at a page limit.

use crate::canvas::{palette, Align, Ink, Page, Rgb, TextStyle};
use crate::catalogue::Texts;
use crate::fonts::Weight;

/// Most lines one paragraph of the owner's text prints: two thirds of a page of body text
/// (about 3,500 characters across the page, 1,000 in a narrow column).
pub(crate) const PARAGRAPH_LINES: usize = 40;
/// Most lines one table cell, or one text under a label, prints, all its paragraphs together.
pub(crate) const BLOCK_LINES: usize = 60;
/// Most pages of the body. The largest plan a file may hold makes far fewer (see
/// docs/PERFORMANCE.md); past it the layout goes on into a page that is thrown away, and a last
/// page says where the document stopped.
pub(crate) const MAX_BODY_PAGES: usize = 10_000;

/// Page size and margins, in points from the top-left corner.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Geometry {
    pub width: f32,
    pub height: f32,
    pub left: f32,
    pub right: f32,
    pub top: f32,
    pub bottom: f32,
}

impl Geometry {
    /// Margins for a page size: generous, and the same on both sides.
    pub fn new(width: f32, height: f32) -> Geometry {
        let side = 56.0;
        Geometry {
            width,
            height,
            left: side,
            right: width - side,
            top: 58.0,
            bottom: height - 64.0,
        }
    }

    /// Width between the margins.
    pub fn content_width(&self) -> f32 {
        self.right - self.left
    }

    /// Height between the margins.
    pub fn content_height(&self) -> f32 {
        self.bottom - self.top
    }
}

/// A heading placed in the body, for the contents and the bookmarks.
#[derive(Debug, Clone)]
pub(crate) struct Anchor {
    /// 0 for a section, 1 for a subsection.
    pub level: u8,
    pub title: String,
    /// Index of the page in the body.
    pub page: usize,
    /// Distance of the heading from the top of its page.
    pub top: f32,
}

/// Text styles of the body.
pub(crate) mod styles {
    use super::*;

    pub const SECTION: TextStyle = TextStyle::bold(19.0, palette::ACCENT);
    pub const HEADING: TextStyle = TextStyle::bold(12.5, palette::ACCENT);
    pub const SUBHEADING: TextStyle = TextStyle::bold(10.0, palette::INK);
    pub const BODY: TextStyle = TextStyle::regular(9.5, palette::INK);
    pub const BODY_BOLD: TextStyle = TextStyle::bold(9.5, palette::INK);
    pub const SMALL: TextStyle = TextStyle::regular(8.0, palette::MUTED);
    pub const CELL: TextStyle = TextStyle::regular(8.5, palette::INK);
    pub const CELL_BOLD: TextStyle = TextStyle::bold(8.5, palette::INK);
    pub const CELL_MUTED: TextStyle = TextStyle::regular(7.5, palette::MUTED);
}

/// The body being laid out.
pub(crate) struct Flow<'a> {
    pub ink: &'a Ink,
    pub geo: Geometry,
    /// The words of the document's language (for the notes where text was shortened).
    pub t: &'static Texts,
    pub pages: Vec<Page>,
    pub anchors: Vec<Anchor>,
    /// Distance of the cursor from the top of the current page.
    pub y: f32,
    /// Past the page limit: the page drawn on, never kept.
    overflow: Option<Page>,
}

impl<'a> Flow<'a> {
    /// An empty body.
    pub fn new(ink: &'a Ink, geo: Geometry, t: &'static Texts) -> Flow<'a> {
        Flow {
            ink,
            geo,
            t,
            pages: Vec::new(),
            anchors: Vec::new(),
            y: geo.top,
            overflow: None,
        }
    }

    /// Starts a new page and puts the cursor at its top margin.
    pub fn new_page(&mut self) {
        if let Some(last) = self.pages.last_mut() {
            last.finish();
        }
        let page = Page::new(self.geo.width, self.geo.height);
        if self.pages.len() < MAX_BODY_PAGES {
            self.pages.push(page);
        } else {
            self.overflow = Some(page);
        }
        self.y = self.geo.top;
    }

    /// Whether the body reached the page limit (what follows it is not printed).
    pub fn overflowed(&self) -> bool {
        self.overflow.is_some()
    }

    /// Ends the body: when it reached the page limit, one more page says where it stopped.
    pub fn finish(&mut self) {
        if self.overflow.take().is_some() {
            self.pages.push(Page::new(self.geo.width, self.geo.height));
            self.y = self.geo.top;
            self.paragraph(self.t.document_shortened, styles::BODY);
        }
    }

    /// The current page.
    pub fn page(&mut self) -> &mut Page {
        if self.pages.is_empty() {
            self.new_page();
        }
        if let Some(page) = &mut self.overflow {
            return page;
        }
        let last = self.pages.len() - 1;
        &mut self.pages[last]
    }

    /// Whether the cursor is at the top of a page (a break would gain nothing).
    pub fn at_top(&self) -> bool {
        self.y <= self.geo.top + 0.5
    }

    /// Room left above the bottom margin.
    pub fn room(&self) -> f32 {
        self.geo.bottom - self.y
    }

    /// Breaks the page unless `height` fits below the cursor.
    pub fn ensure(&mut self, height: f32) {
        if self.pages.is_empty() || (height > self.room() && !self.at_top()) {
            self.new_page();
        }
    }

    /// Moves the cursor down, unless at the top of a page.
    pub fn gap(&mut self, height: f32) {
        if !self.at_top() {
            self.y = (self.y + height).min(self.geo.bottom);
        }
    }

    fn anchor(&mut self, level: u8, title: &str) {
        if self.overflowed() {
            return;
        }
        let page = self.pages.len().saturating_sub(1);
        let title = self.ink.fonts.clean(title, false);
        self.anchors.push(Anchor {
            level,
            title,
            page,
            top: self.y,
        });
    }

    /// A numbered section title at the top of a new page.
    pub fn section(&mut self, number: usize, title: &str) {
        self.new_page();
        let style = styles::SECTION;
        let text = format!("{number}. {}", self.ink.fonts.clean(title, false));
        self.anchor(0, title);
        let width = self.geo.content_width();
        let lines = self.ink.fonts.wrap(&text, style.weight, style.size, width);
        for line in lines {
            self.line(&line, style, self.geo.left, width, Align::Left);
        }
        self.y += 5.0;
        let (left, right, y) = (self.geo.left, self.geo.right, self.y);
        self.page().hrule(left, right, y, 1.2, palette::ACCENT);
        self.y += 16.0;
    }

    /// A subsection title, kept on the same page as the first `keep` points of what follows.
    pub fn heading(&mut self, title: &str, keep: f32) {
        self.titled(title, styles::HEADING, 16.0, keep, true);
    }

    /// A minor title (not in the contents), kept with the first `keep` points that follow.
    pub fn subheading(&mut self, title: &str, keep: f32) {
        self.titled(title, styles::SUBHEADING, 9.0, keep, false);
    }

    fn titled(&mut self, title: &str, style: TextStyle, before: f32, keep: f32, anchored: bool) {
        let width = self.geo.content_width();
        let text = self.ink.fonts.clean(title, false);
        let lines = self.ink.fonts.wrap(&text, style.weight, style.size, width);
        let after = 4.0;
        let height = lines.len() as f32 * style.line_height() + after;
        // Never more than a page: a heading with an impossibly tall follower still moves once.
        let keep = keep.min(self.geo.content_height() / 2.0);
        if !self.at_top() {
            if before + height + keep > self.room() {
                self.new_page();
            } else {
                self.y += before;
            }
        } else if self.pages.is_empty() {
            self.new_page();
        }
        if anchored {
            self.anchor(1, title);
        }
        for line in lines {
            if style.line_height() > self.room() {
                self.new_page();
            }
            self.line(&line, style, self.geo.left, width, Align::Left);
        }
        self.y += after;
    }

    /// Draws one line of cleaned text at the cursor and moves down by its line height.
    pub fn line(&mut self, text: &str, style: TextStyle, x: f32, width: f32, align: Align) {
        let y = self.y;
        let ink = self.ink;
        self.page().text(ink, text, style, x, y, width, align);
        self.y += style.line_height();
    }

    /// A paragraph of the owner's text, wrapped to the content width.
    pub fn paragraph(&mut self, text: &str, style: TextStyle) {
        self.paragraph_at(text, style, self.geo.left, self.geo.content_width());
    }

    /// A paragraph wrapped to a column; breaks the page between lines, never inside one.
    pub fn paragraph_at(&mut self, text: &str, style: TextStyle, x: f32, width: f32) {
        let lines = self.lines(text, style, width, usize::MAX);
        self.print_lines(&lines, style, x, width);
    }

    /// Lines already wrapped to `width`, two at least together at the bottom of a page.
    fn print_lines(&mut self, lines: &[String], style: TextStyle, x: f32, width: f32) {
        let lh = style.line_height();
        // Two lines at least together at the bottom of a page, so no line is left alone.
        self.ensure(lh * lines.len().min(2) as f32);
        for line in lines {
            if lh > self.room() {
                self.new_page();
            }
            self.line(line, style, x, width, Align::Left);
        }
    }

    /// A bulleted list; each item wraps under its own first letter.
    pub fn bullets(&mut self, items: &[String], style: TextStyle) {
        let indent = 12.0;
        let x = self.geo.left;
        let width = self.geo.content_width() - indent;
        let lh = style.line_height();
        for item in items {
            let lines = self.lines(item, style, width, PARAGRAPH_LINES);
            self.ensure(lh * lines.len().min(2) as f32);
            for (i, line) in lines.iter().enumerate() {
                if lh > self.room() {
                    self.new_page();
                }
                if i == 0 {
                    let (y, ink) = (self.y, self.ink);
                    self.page().text(
                        ink,
                        "•",
                        style_muted(style),
                        x + 2.0,
                        y,
                        indent,
                        Align::Left,
                    );
                }
                self.line(line, style, x + indent, width, Align::Left);
            }
            self.y += 2.0;
        }
    }

    /// Height a paragraph would take at the content width (for keep-with-next).
    pub fn paragraph_height(&self, text: &str, style: TextStyle, lines_max: usize) -> f32 {
        let lines = self.lines(text, style, self.geo.content_width(), lines_max);
        lines.len().min(lines_max) as f32 * style.line_height()
    }

    /// The owner's text as the lines it prints in a column: cleaned, runs of blank lines made
    /// one, each paragraph at most `PARAGRAPH_LINES` lines and the whole at most `max_lines`;
    /// where it was cut, the last line ends with "…" and a note says so.
    pub fn lines(&self, text: &str, style: TextStyle, width: f32, max_lines: usize) -> Vec<String> {
        let fonts = self.ink.fonts;
        let clean = fonts.clean(text, true);
        let mut lines: Vec<String> = Vec::new();
        let mut cut = false;
        let mut blank = false;
        for paragraph in clean.trim().split('\n') {
            if lines.len() >= max_lines {
                cut = true;
                break;
            }
            let paragraph = paragraph.trim_end();
            if paragraph.trim().is_empty() {
                if !blank {
                    lines.push(String::new());
                }
                blank = true;
                continue;
            }
            blank = false;
            let room = PARAGRAPH_LINES.min(max_lines - lines.len());
            let mut wrapped =
                fonts.wrap_at_most(paragraph, style.weight, style.size, width, room + 1);
            if wrapped.len() > room {
                wrapped.truncate(room);
                cut = true;
                if let Some(last) = wrapped.last_mut() {
                    *last = fonts.ellipsize(&format!("{last} …"), style.weight, style.size, width);
                }
            }
            lines.extend(wrapped);
        }
        if cut {
            let note = fonts.clean(self.t.shortened, false);
            lines.extend(fonts.wrap(&note, style.weight, style.size, width));
        }
        lines
    }

    /// Text cut to at most `max_lines` lines of `width`, ending with "…" when cut.
    pub fn clamp(&self, text: &str, style: TextStyle, width: f32, max_lines: usize) -> String {
        let fonts = self.ink.fonts;
        let clean = fonts.clean(text, false);
        let lines =
            fonts.wrap_at_most(clean.trim(), style.weight, style.size, width, max_lines + 1);
        if lines.len() <= max_lines {
            return clean.trim().to_string();
        }
        let mut kept = lines[..max_lines.max(1)].join(" ");
        kept.push_str(" …");
        let last = lines[max_lines.max(1) - 1].clone() + " …";
        if fonts.width(&last, style.weight, style.size) > width {
            let head = lines[..max_lines.max(1) - 1].join(" ");
            let tail = fonts.ellipsize(&last, style.weight, style.size, width);
            kept = if head.is_empty() {
                tail
            } else {
                format!("{head} {tail}")
            };
        }
        kept
    }

    /// A muted one-line note, e.g. under a chart.
    pub fn note(&mut self, text: &str) {
        self.paragraph(text, styles::SMALL);
    }

    /// A short bold label above a block of text, kept with its first lines.
    pub fn labelled(&mut self, label: &str, text: &str) {
        if text.trim().is_empty() {
            return;
        }
        let keep = self.paragraph_height(text, styles::BODY, 2);
        self.subheading(label, keep);
        let (x, width) = (self.geo.left, self.geo.content_width());
        let lines = self.lines(text, styles::BODY, width, BLOCK_LINES);
        self.print_lines(&lines, styles::BODY, x, width);
    }
}

/// The same style in the muted grey.
fn style_muted(style: TextStyle) -> TextStyle {
    TextStyle {
        color: palette::MUTED,
        weight: Weight::Regular,
        ..style
    }
}

/// A small coloured square and its label, for chart legends; returns the width used.
pub(crate) fn legend_item(
    page: &mut Page,
    ink: &Ink,
    x: f32,
    top: f32,
    color: Rgb,
    label: &str,
) -> f32 {
    let style = styles::SMALL;
    let lh = style.line_height();
    let square = 7.0;
    page.rect(x, top + (lh - square) / 2.0, square, square, color);
    let width = ink.fonts.width(label, style.weight, style.size);
    page.text(ink, label, style, x + square + 4.0, top, width, Align::Left);
    square + 4.0 + width + 12.0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_body_stops_at_the_page_limit_and_says_so() {
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
        for i in 0..MAX_BODY_PAGES + 50 {
            flow.heading(&format!("Heading {i}"), 0.0);
            flow.new_page();
        }
        assert_eq!(flow.pages.len(), MAX_BODY_PAGES);
        assert!(flow.anchors.iter().all(|a| a.page < MAX_BODY_PAGES));
        flow.finish();
        assert_eq!(flow.pages.len(), MAX_BODY_PAGES + 1);
        let last = format!("{:?}", flow.pages[MAX_BODY_PAGES].ops);
        assert!(last.contains("The document stops here"), "{last}");
    }
}
