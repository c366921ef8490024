//! Boussole's PDF roadmap: a marketing plan in, the bytes of a printable PDF out.
//!
//! Cover, contents, executive summary and the plan's sections, with page numbers, links and
//! bookmarks, in French or English, on A4 or US Letter; and the short progress report at a date
//! (`report`). Built on printpdf only: this crate
//! knows nothing of Tauri, the database or the clock (the date comes in with the options).

mod canvas;
mod catalogue;
mod charts;
mod contents;
mod cover;
mod error;
mod flow;
mod fonts;
mod format;
mod gantt;
mod report;
mod sections;
mod shape;
mod system;
mod table;

use boussole_core::figures::report::Progress;
use boussole_core::figures::Figures;
use boussole_core::plan::Plan;
use boussole_core::print::{PdfOptions, ReportOptions, Roadmap};
use chrono::Datelike;
use printpdf::{PdfDocument, PdfPage, PdfSaveOptions, Pt, Rect};

use crate::canvas::{palette, Align, Ink, Page};
use crate::catalogue::texts;
use crate::flow::{styles, Flow, Geometry};
use crate::sections::Ctx;

pub use crate::error::PdfError;

/// The PDF printer the use cases are given: this crate behind the core's `Printer`.
pub struct Printer;

impl boussole_core::print::Printer for Printer {
    fn roadmap(
        &self,
        plan: &Plan,
        figures: &Figures,
        options: &PdfOptions,
    ) -> boussole_core::Result<Roadmap> {
        roadmap(plan, figures, options).map_err(Into::into)
    }

    fn progress(
        &self,
        plan: &Plan,
        progress: &Progress,
        options: &ReportOptions,
    ) -> boussole_core::Result<Roadmap> {
        progress_report(plan, progress, options).map_err(Into::into)
    }
}

/// Deflate level of the page streams (see `compress`).
const COMPRESSION: u32 = 3;

/// Renders a plan as a PDF document, its figures worked out as of `options.today`.
pub fn render(plan: &Plan, options: &PdfOptions) -> Result<Vec<u8>, PdfError> {
    roadmap(
        plan,
        &boussole_core::figures::of(plan, options.today),
        options,
    )
    .map(|r| r.bytes)
}

/// Renders the progress report of a plan as known by `options.date` (see
/// `boussole_core::figures::report::known_by`), and counts the characters no font could print.
pub fn progress_report(
    plan: &Plan,
    progress: &Progress,
    options: &ReportOptions,
) -> Result<Roadmap, PdfError> {
    report::render(plan, progress, options)
}

/// Renders a plan whose figures are already worked out as a PDF document, and counts the
/// characters no font could print.
pub fn roadmap(plan: &Plan, figures: &Figures, options: &PdfOptions) -> Result<Roadmap, PdfError> {
    let t = texts(options.language);
    let heading = format!("{} {}", t.plan_title, plan.company.plan_year);
    let Opened {
        mut doc,
        ink,
        company,
        author,
    } = open(plan, &heading)?;
    let logo = match &options.logo {
        Some(bytes) => Some(cover::load_logo(&mut doc, bytes)?),
        None => None,
    };

    let (width, height) = options.paper.size_pt();
    let geo = Geometry::new(width, height);
    let ctx = Ctx::new(plan, figures, options);

    let mut flow = Flow::new(&ink, geo, t);
    let mut wanted = options.sections.clone();
    wanted.sort();
    wanted.dedup();
    let mut number = 0;
    for section in wanted {
        if sections::wanted(section, &ctx) {
            number += 1;
            sections::render(section, number, &ctx, &mut flow);
        }
    }
    flow.finish();
    let Flow {
        pages: body,
        anchors,
        ..
    } = flow;

    // The contents' own length decides where the body starts. It does not depend on the page
    // numbers it prints (one line per entry whatever the number), so a first pass counts it.
    let probe = contents::layout(&ink, geo, t, &contents::entries(&anchors, 2));
    let entries = contents::entries(&anchors, 1 + probe.len());
    let contents_pages = contents::layout(&ink, geo, t, &entries);

    let mut pages = vec![cover::draw(&ink, geo, &ctx, logo.as_ref())];
    pages.extend(contents_pages);
    pages.extend(body);
    let total = pages.len();
    for (i, page) in pages.iter_mut().enumerate().skip(1) {
        footer(
            page,
            &ink,
            geo,
            &company,
            &format!("{} {} / {total}", t.page, i + 1),
        );
    }

    let mut outline = vec![contents::Entry {
        level: 0,
        title: t.contents.to_string(),
        page: 2,
        top: geo.top,
    }];
    outline.extend(entries);
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

/// What the document information says, and the page height the bookmarks point into.
struct Info {
    author: String,
    subject: String,
    /// The creation date.
    today: chrono::NaiveDate,
    page_height: f32,
}

/// A new document about a plan, with the embedded faces, counting what they cannot print.
struct Opened {
    doc: PdfDocument,
    ink: Ink,
    /// The company's name as the fonts print it, for footers.
    company: String,
    /// The company's name as typed (control characters left out), for the metadata.
    author: String,
}

/// Opens the document of `plan` titled `heading` (and the company).
fn open(plan: &Plan, heading: &str) -> Result<Opened, PdfError> {
    let fonts = fonts::fonts()?;
    fonts::start_counting();
    let company = fonts.clean(&plan.company.name, false).trim().to_string();
    let author: String = plan
        .company
        .name
        .chars()
        .filter(|c| !c.is_control())
        .collect();
    let author = author.trim().to_string();
    let title = if author.is_empty() {
        heading.to_string()
    } else {
        format!("{heading} — {author}")
    };
    let mut doc = PdfDocument::new(&title);
    let ink = Ink::new(
        fonts,
        doc.add_font(&fonts.regular.parsed),
        doc.add_font(&fonts.bold.parsed),
    );
    Ok(Opened {
        doc,
        ink,
        company,
        author,
    })
}

/// Puts the pages into the document with its metadata, fonts and bookmarks: the deflated bytes
/// of the file, and how many characters no font could print.
fn save(
    mut doc: PdfDocument,
    ink: &Ink,
    pages: Vec<Page>,
    outline: &[contents::Entry],
    about: Info,
) -> Result<Roadmap, PdfError> {
    let fonts = ink.fonts;
    let info = &mut doc.metadata.info;
    info.author = about.author;
    info.creator = "Boussole".into();
    info.producer = "Boussole".into();
    info.subject = about.subject;
    let today = about.today;
    let date = printpdf::DateTime {
        date: printpdf::Date {
            year: today.year(),
            month: today.month() as u8,
            day: today.day() as u8,
        },
        time: printpdf::Time {
            hour: 0,
            minute: 0,
            second: 0,
            millisecond: 0,
        },
        offset: printpdf::Offset {
            hours: 0,
            minutes: 0,
            seconds: 0,
            milliseconds: 0,
        },
    };
    info.creation_date = date;
    info.modification_date = date;
    info.metadata_date = date;

    // The fonts of this computer the pages draw with, under the ids the pages gave them.
    for (n, id) in ink.system.borrow().iter().enumerate() {
        if let (Some(id), Some(face)) = (id, fonts.system(n)) {
            let font = printpdf::PdfFont::new(face.parsed.clone());
            doc.resources.fonts.map.insert(id.clone(), font);
        }
    }
    doc.with_pages(pages.into_iter().map(to_pdf_page).collect());
    let save = PdfSaveOptions {
        image_optimization: Some(cover::image_options()),
        ..Default::default()
    };
    let mut warnings = Vec::new();
    let mut lo = doc.to_lopdf_document(&save, &mut warnings);
    // The pages' operations are in the lopdf document now: their memory goes before deflating.
    drop(doc);

    contents::write_outline(&mut lo, outline, about.page_height)?;
    tidy_info(&mut lo);
    compress(&mut lo);
    let mut bytes = Vec::new();
    lo.save_to(&mut bytes)
        .map_err(|e| PdfError::Write(e.to_string()))?;
    Ok(Roadmap {
        bytes,
        unprinted: fonts::unprinted(),
    })
}

/// The company name and "Page X / Y" under a thin rule.
fn footer(page: &mut Page, ink: &Ink, geo: Geometry, company: &str, number: &str) {
    let style = styles::SMALL;
    let top = geo.height - 44.0;
    page.hrule(geo.left, geo.right, top - 4.0, 0.5, palette::RULE);
    let number_w = ink.fonts.width(number, style.weight, style.size);
    let name_w = geo.content_width() - number_w - 24.0;
    let name = ink
        .fonts
        .ellipsize(company, style.weight, style.size, name_w);
    page.text(ink, &name, style, geo.left, top, name_w, Align::Left);
    page.text(
        ink,
        number,
        style,
        geo.right - number_w,
        top,
        number_w,
        Align::Right,
    );
}

/// Drops what printpdf writes into the document information by default but that is untrue or
/// empty here: a PDF/X version claim (the file is not PDF/X), empty keywords and identifier.
fn tidy_info(doc: &mut lopdf::Document) {
    let Ok(id) = doc
        .trailer
        .get(b"Info")
        .and_then(lopdf::Object::as_reference)
    else {
        return;
    };
    if let Ok(info) = doc.get_object_mut(id).and_then(lopdf::Object::as_dict_mut) {
        for key in [&b"GTS_PDFXVersion"[..], b"Keywords", b"Identifier"] {
            info.remove(key);
        }
    }
}

/// Deflates every stream that may be compressed and is not yet. Level 3 measured at half the
/// time of lopdf's `Compression::best()` for a file 5 % larger (150 actions: 150 KB, not 142).
fn compress(doc: &mut lopdf::Document) {
    use std::io::Write;
    for object in doc.objects.values_mut() {
        let lopdf::Object::Stream(stream) = object else {
            continue;
        };
        if !stream.allows_compression || stream.dict.get(b"Filter").is_ok() {
            continue;
        }
        let mut encoder =
            flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::new(COMPRESSION));
        let Ok(compressed) = encoder
            .write_all(&stream.content)
            .and_then(|()| encoder.finish())
        else {
            continue;
        };
        if compressed.len() < stream.content.len() {
            stream
                .dict
                .set("Filter", lopdf::Object::Name(b"FlateDecode".to_vec()));
            stream.set_content(compressed);
        }
    }
}

fn to_pdf_page(mut page: Page) -> PdfPage {
    page.finish();
    let rect = Rect::from_wh(Pt(page.width), Pt(page.height));
    PdfPage {
        media_box: rect.clone(),
        trim_box: rect.clone(),
        crop_box: rect,
        ops: page.ops,
    }
}
