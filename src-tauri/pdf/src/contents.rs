//! The contents page(s): every section and subsection with its page number, each line a link
//! to its heading; and the same tree as PDF bookmarks, written into the finished file.
//!
//! Page numbers are physical page numbers (the cover is page 1), so they match the viewer.

use lopdf::{Dictionary, Object, ObjectId, StringFormat};

use crate::canvas::{palette, Align, Ink, Page, TextStyle};
use crate::catalogue::Texts;
use crate::error::PdfError;
use crate::flow::{styles, Anchor, Geometry};

/// A heading with its final page number (1-based) and distance from the top of that page.
pub(crate) struct Entry {
    pub level: u8,
    pub title: String,
    pub page: usize,
    pub top: f32,
}

/// Turns body anchors into entries, given how many pages come before the body.
pub(crate) fn entries(anchors: &[Anchor], pages_before: usize) -> Vec<Entry> {
    let mut number = 0;
    anchors
        .iter()
        .map(|a| {
            let title = if a.level == 0 {
                number += 1;
                format!("{number}. {}", a.title)
            } else {
                a.title.clone()
            };
            Entry {
                level: a.level,
                title,
                page: pages_before + a.page + 1,
                top: a.top,
            }
        })
        .collect()
}

/// Lays out the contents pages.
pub(crate) fn layout(ink: &Ink, geo: Geometry, t: &Texts, entries: &[Entry]) -> Vec<Page> {
    let fonts = ink.fonts;
    let mut pages = vec![Page::new(geo.width, geo.height)];
    let mut y = geo.top;
    let title = styles::SECTION;
    let last = pages.len() - 1;
    pages[last].text(
        ink,
        t.contents,
        title,
        geo.left,
        y,
        geo.content_width(),
        Align::Left,
    );
    y += title.line_height() + 5.0;
    pages[last].hrule(geo.left, geo.right, y, 1.2, palette::ACCENT);
    y += 22.0;

    let number_w = 36.0;
    for entry in entries {
        let (style, indent, before, height) = if entry.level == 0 {
            (TextStyle::bold(11.0, palette::INK), 0.0, 9.0, 19.0)
        } else {
            (TextStyle::regular(9.5, palette::MUTED), 16.0, 0.0, 15.0)
        };
        if y + before + height > geo.bottom {
            pages.push(Page::new(geo.width, geo.height));
            y = geo.top;
        } else {
            y += before;
        }
        let page = match pages.last_mut() {
            Some(page) => page,
            None => break,
        };
        let x = geo.left + indent;
        let text_w = geo.content_width() - indent - number_w - 12.0;
        let text = fonts.ellipsize(&entry.title, style.weight, style.size, text_w);
        let line_top = y + (height - style.line_height()) / 2.0;
        page.text(ink, &text, style, x, line_top, text_w, Align::Left);
        let number = entry.page.to_string();
        page.text(
            ink,
            &number,
            style,
            geo.right - number_w,
            line_top,
            number_w,
            Align::Right,
        );
        // A dotted leader from the end of the title to the page number.
        let from = x + fonts.width(&text, style.weight, style.size) + 6.0;
        let to = geo.right - fonts.width(&number, style.weight, style.size) - 6.0;
        if to > from {
            let baseline = line_top + style.line_height() / 2.0 + style.size * 0.36;
            page.line(from, baseline, to, baseline, 0.5, palette::RULE, true);
        }
        page.link(
            geo.left,
            y,
            geo.content_width(),
            height,
            (entry.page, entry.top),
        );
        y += height;
    }
    pages
}

/// Writes the entries as the document outline (bookmarks), sections holding their subsections.
pub(crate) fn write_outline(
    doc: &mut lopdf::Document,
    entries: &[Entry],
    page_height: f32,
) -> Result<(), PdfError> {
    if entries.is_empty() {
        return Ok(());
    }
    let pages = doc.get_pages();
    let page_ref = |n: usize| pages.get(&(n as u32)).copied();
    let root = doc.new_object_id();

    // Group subsections under the section before them.
    let mut tree: Vec<(&Entry, Vec<&Entry>)> = Vec::new();
    for entry in entries {
        match (entry.level, tree.last_mut()) {
            (0, _) | (_, None) => tree.push((entry, Vec::new())),
            (_, Some((_, children))) => children.push(entry),
        }
    }

    let ids: Vec<ObjectId> = tree.iter().map(|_| doc.new_object_id()).collect();
    let mut total = 0;
    for (i, (entry, children)) in tree.iter().enumerate() {
        let mut dict = item(entry, root, page_ref(entry.page), page_height);
        if i > 0 {
            dict.set("Prev", Object::Reference(ids[i - 1]));
        }
        if let Some(next) = ids.get(i + 1) {
            dict.set("Next", Object::Reference(*next));
        }
        if !children.is_empty() {
            let child_ids: Vec<ObjectId> = children.iter().map(|_| doc.new_object_id()).collect();
            for (j, child) in children.iter().enumerate() {
                let mut c = item(child, ids[i], page_ref(child.page), page_height);
                if j > 0 {
                    c.set("Prev", Object::Reference(child_ids[j - 1]));
                }
                if let Some(next) = child_ids.get(j + 1) {
                    c.set("Next", Object::Reference(*next));
                }
                doc.objects.insert(child_ids[j], Object::Dictionary(c));
            }
            if let (Some(first), Some(last)) = (child_ids.first(), child_ids.last()) {
                dict.set("First", Object::Reference(*first));
                dict.set("Last", Object::Reference(*last));
            }
            // Open: the reader sees the subsections without a click.
            dict.set("Count", Object::Integer(children.len() as i64));
            total += children.len();
        }
        doc.objects.insert(ids[i], Object::Dictionary(dict));
        total += 1;
    }
    let mut outlines = Dictionary::new();
    outlines.set("Type", Object::Name(b"Outlines".to_vec()));
    if let (Some(first), Some(last)) = (ids.first(), ids.last()) {
        outlines.set("First", Object::Reference(*first));
        outlines.set("Last", Object::Reference(*last));
    }
    outlines.set("Count", Object::Integer(total as i64));
    doc.objects.insert(root, Object::Dictionary(outlines));

    let catalog = doc
        .catalog_mut()
        .map_err(|e| PdfError::Write(e.to_string()))?;
    catalog.set("Outlines", Object::Reference(root));
    catalog.set("PageMode", Object::Name(b"UseOutlines".to_vec()));
    Ok(())
}

/// One outline item: its title (UTF-16) and where it goes.
fn item(entry: &Entry, parent: ObjectId, page: Option<ObjectId>, page_height: f32) -> Dictionary {
    let mut title = vec![0xFE, 0xFF];
    title.extend(entry.title.encode_utf16().flat_map(|u| u.to_be_bytes()));
    let mut dict = Dictionary::new();
    dict.set("Title", Object::String(title, StringFormat::Hexadecimal));
    dict.set("Parent", Object::Reference(parent));
    if let Some(page) = page {
        dict.set(
            "Dest",
            Object::Array(vec![
                Object::Reference(page),
                Object::Name(b"XYZ".to_vec()),
                Object::Null,
                Object::Real(page_height - entry.top + 6.0),
                Object::Null,
            ]),
        );
    }
    dict
}
