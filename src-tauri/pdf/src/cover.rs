//! The cover page: optional logo, "Plan marketing 2027", the company, its sector and the date.
//!
//! Also reads the logo: a PNG or JPEG that cannot be decoded is the caller's error, reported
//! in plain words rather than skipped.

use printpdf::{ImageOptimizationOptions, PdfDocument, RawImage, XObjectId};

use crate::canvas::{palette, Align, Ink, Page, TextStyle};
use crate::error::PdfError;
use crate::flow::Geometry;
use crate::sections::Ctx;

/// A logo added to the document: its id and its size in pixels.
pub(crate) struct Logo {
    id: XObjectId,
    pixels: (usize, usize),
}

/// Decodes the logo and adds it to the document.
pub(crate) fn load_logo(doc: &mut PdfDocument, bytes: &[u8]) -> Result<Logo, PdfError> {
    let is_png = bytes.starts_with(b"\x89PNG\r\n\x1a\n");
    let is_jpeg = bytes.starts_with(&[0xFF, 0xD8, 0xFF]);
    if !is_png && !is_jpeg {
        return Err(PdfError::Logo("the file is neither PNG nor JPEG".into()));
    }
    let mut warnings = Vec::new();
    let image = RawImage::decode_from_bytes(bytes, &mut warnings).map_err(PdfError::Logo)?;
    if image.width == 0 || image.height == 0 {
        return Err(PdfError::Logo("the image is empty".into()));
    }
    let pixels = (image.width, image.height);
    let id = doc.add_image(&image);
    Ok(Logo { id, pixels })
}

/// How images are stored: recompressed, a logo never needs more than a few hundred kilobytes.
pub(crate) fn image_options() -> ImageOptimizationOptions {
    ImageOptimizationOptions {
        max_image_size: Some("300kb".into()),
        ..Default::default()
    }
}

/// Draws the cover.
pub(crate) fn draw(ink: &Ink, geo: Geometry, ctx: &Ctx, logo: Option<&Logo>) -> Page {
    let t = ctx.t;
    let fonts = ink.fonts;
    let mut page = Page::new(geo.width, geo.height);
    let width = geo.content_width();
    let left = geo.left;

    // A quiet frame: an accent band along the top edge and a thin one at the foot.
    page.rect(0.0, 0.0, geo.width, 10.0, palette::ACCENT);
    page.rect(0.0, geo.height - 4.0, geo.width, 4.0, palette::ACCENT);

    if let Some(logo) = logo {
        page.image(&logo.id, logo.pixels, left, 64.0, (170.0, 80.0));
    }

    let mut y = geo.height * 0.34;
    page.rect(left, y, 48.0, 3.5, palette::ACCENT);
    y += 22.0;

    let title = TextStyle::bold(30.0, palette::ACCENT);
    let heading = format!("{} {}", t.plan_title, ctx.year);
    for line in fonts.wrap(&heading, title.weight, title.size, width) {
        page.text(ink, &line, title, left, y, width, Align::Left);
        y += title.line_height();
    }
    y += 10.0;

    let name_style = TextStyle::bold(19.0, palette::INK);
    let name = fonts.clean(&ctx.plan.company.name, false);
    let name = if name.trim().is_empty() {
        "—".to_string()
    } else {
        name.trim().to_string()
    };
    let mut lines = fonts.wrap(&name, name_style.weight, name_style.size, width);
    // A very long name is cut after six lines so it never reaches the date.
    if lines.len() > 6 {
        lines.truncate(6);
        let last = format!("{}…", lines[5]);
        lines[5] = fonts.ellipsize(&last, name_style.weight, name_style.size, width);
    }
    for line in &lines {
        page.text(ink, line, name_style, left, y, width, Align::Left);
        y += name_style.line_height();
    }
    y += 6.0;

    let company = &ctx.plan.company;
    let details: Vec<&str> = [company.sector.trim(), company.country.trim()]
        .into_iter()
        .filter(|s| !s.is_empty())
        .collect();
    if !details.is_empty() {
        let style = TextStyle::regular(11.5, palette::MUTED);
        let text = fonts.clean(&details.join(" · "), false);
        let text = fonts.ellipsize(&text, style.weight, style.size, width);
        page.text(ink, &text, style, left, y, width, Align::Left);
    }

    let date_style = TextStyle::regular(11.0, palette::INK);
    let foot = geo.height - 120.0;
    page.hrule(left, geo.right, foot - 12.0, 0.6, palette::RULE);
    page.text(
        ink,
        &ctx.date(ctx.options.today),
        date_style,
        left,
        foot,
        width,
        Align::Left,
    );
    if ctx.options.investor {
        let style = TextStyle::regular(9.5, palette::MUTED);
        let text = fonts.ellipsize(t.investor_edition, style.weight, style.size, width);
        page.text(
            ink,
            &text,
            style,
            left,
            foot + date_style.line_height() + 2.0,
            width,
            Align::Left,
        );
    }
    page
}
