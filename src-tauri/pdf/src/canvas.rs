//! Drawing primitives on one page, in points from the top-left corner.
//!
//! The only module that builds printpdf operations: text runs, filled rectangles, rules,
//! polygons, links and images. It knows nothing of plans or layout.

use printpdf::{
    Actions, BorderArray, Color, ColorArray, Destination, FontId, Line, LineDashPattern, LinePoint,
    LinkAnnotation, Op, PaintMode, PdfFontHandle, Point, Polygon, PolygonRing, Pt, Rect, TextItem,
    TextMatrix, WindingOrder, XObjectId, XObjectTransform,
};

use std::cell::RefCell;

use crate::fonts::{FaceKey, Fonts, Weight};

/// An RGB colour, each channel 0 to 1.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Rgb(pub f32, pub f32, pub f32);

impl Rgb {
    /// A colour from its 0-255 channels.
    pub const fn hex(r: u8, g: u8, b: u8) -> Rgb {
        Rgb(r as f32 / 255.0, g as f32 / 255.0, b as f32 / 255.0)
    }

    fn color(self) -> Color {
        Color::Rgb(printpdf::Rgb {
            r: self.0.clamp(0.0, 1.0),
            g: self.1.clamp(0.0, 1.0),
            b: self.2.clamp(0.0, 1.0),
            icc_profile: None,
        })
    }
}

/// The document's colours: one accent, greys, and muted hues for chart categories.
pub(crate) mod palette {
    use super::Rgb;

    pub const ACCENT: Rgb = Rgb::hex(0x1E, 0x4D, 0x7B);
    pub const ACCENT_TINT: Rgb = Rgb::hex(0xE7, 0xEE, 0xF5);
    pub const INK: Rgb = Rgb::hex(0x1F, 0x29, 0x33);
    pub const MUTED: Rgb = Rgb::hex(0x61, 0x6E, 0x7C);
    pub const RULE: Rgb = Rgb::hex(0xCB, 0xD2, 0xD9);
    pub const ZEBRA: Rgb = Rgb::hex(0xF5, 0xF7, 0xFA);
    pub const TRACK: Rgb = Rgb::hex(0xE4, 0xE7, 0xEB);
    pub const WHITE: Rgb = Rgb::hex(0xFF, 0xFF, 0xFF);
    /// Actual spend, beside the accent used for planned amounts.
    pub const ACTUAL: Rgb = Rgb::hex(0xD0, 0x8A, 0x3B);
    /// One muted hue per lever, in the model's order, then one for "no lever".
    pub const LEVERS: [Rgb; 8] = [
        Rgb::hex(0x1E, 0x4D, 0x7B),
        Rgb::hex(0xC2, 0x76, 0x2B),
        Rgb::hex(0x3C, 0x8D, 0x6E),
        Rgb::hex(0x7B, 0x5E, 0xA7),
        Rgb::hex(0xB5, 0x4D, 0x4A),
        Rgb::hex(0x4A, 0x98, 0xB0),
        Rgb::hex(0x8C, 0x7B, 0x5A),
        Rgb::hex(0x9A, 0xA5, 0xB1),
    ];
}

/// Operations a footer adds to a finished page: a rule and two runs of text.
const FOOTER_OPS: usize = 16;

/// Size, weight and colour of a run of text.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct TextStyle {
    pub size: f32,
    pub weight: Weight,
    pub color: Rgb,
}

impl TextStyle {
    /// Regular text of a size and colour.
    pub const fn regular(size: f32, color: Rgb) -> TextStyle {
        TextStyle {
            size,
            weight: Weight::Regular,
            color,
        }
    }

    /// Bold text of a size and colour.
    pub const fn bold(size: f32, color: Rgb) -> TextStyle {
        TextStyle {
            size,
            weight: Weight::Bold,
            color,
        }
    }

    /// Line height for this size.
    pub fn line_height(self) -> f32 {
        self.size * 1.38
    }
}

/// Horizontal alignment inside a box.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Align {
    Left,
    Center,
    Right,
}

/// The fonts and their ids in the document: what drawing text needs.
pub(crate) struct Ink {
    pub fonts: &'static Fonts,
    pub regular: FontId,
    pub bold: FontId,
    /// Ids given to the system's fonts this document draws with (`FaceKey::System` order),
    /// added to the document once the pages are laid out.
    pub system: RefCell<Vec<Option<FontId>>>,
}

impl Ink {
    /// The embedded faces under their ids in the document.
    pub fn new(fonts: &'static Fonts, regular: FontId, bold: FontId) -> Ink {
        Ink {
            fonts,
            regular,
            bold,
            system: RefCell::new(Vec::new()),
        }
    }

    /// The document's id for a face.
    fn id(&self, key: FaceKey) -> FontId {
        match key {
            FaceKey::Regular => self.regular.clone(),
            FaceKey::Bold => self.bold.clone(),
            FaceKey::System(n) => {
                let mut ids = self.system.borrow_mut();
                if ids.len() <= n {
                    ids.resize(n + 1, None);
                }
                ids[n].get_or_insert_with(FontId::new).clone()
            }
        }
    }
}

/// One page being drawn.
pub(crate) struct Page {
    pub width: f32,
    pub height: f32,
    pub ops: Vec<Op>,
    // The graphics state already set on this page (it outlives text objects), so a setting
    // is written only when it changes: a third of the content stream otherwise.
    fill: Option<Rgb>,
    font: Option<(FaceKey, f32)>,
    stroke: Option<(Rgb, f32, bool)>,
    // Consecutive lines share one text object, each placed by its own text matrix: two
    // operations a line instead of four (the largest plans make thousands of pages).
    in_text: bool,
}

impl Page {
    /// A blank page of a size in points.
    pub fn new(width: f32, height: f32) -> Page {
        Page {
            width,
            height,
            ops: Vec::new(),
            fill: None,
            font: None,
            stroke: None,
            in_text: false,
        }
    }

    /// Closes what is open and gives back the memory the page no longer needs, keeping room
    /// for the footer drawn once the page count is known (so that it does not double it).
    pub fn finish(&mut self) {
        self.end_text();
        self.ops.shrink_to(self.ops.len() + FOOTER_OPS);
    }

    fn end_text(&mut self) {
        if self.in_text {
            self.ops.push(Op::EndTextSection);
            self.in_text = false;
        }
    }

    fn set_fill(&mut self, color: Rgb) {
        if self.fill != Some(color) {
            self.ops.push(Op::SetFillColor { col: color.color() });
            self.fill = Some(color);
        }
    }

    fn point(&self, x: f32, y: f32) -> Point {
        Point {
            x: Pt(x),
            y: Pt(self.height - y),
        }
    }

    /// Draws one line of cleaned text whose line box starts at `top` and is `line_height` tall.
    #[allow(clippy::too_many_arguments)]
    pub fn text(
        &mut self,
        ink: &Ink,
        text: &str,
        style: TextStyle,
        x: f32,
        top: f32,
        box_width: f32,
        align: Align,
    ) {
        if text.is_empty() {
            return;
        }
        let x = match align {
            Align::Left => x,
            Align::Center => {
                x + (box_width - ink.fonts.width(text, style.weight, style.size)) / 2.0
            }
            Align::Right => x + box_width - ink.fonts.width(text, style.weight, style.size),
        };
        // Centres the cap height in the line box: DejaVu's capitals are 0.73 em tall.
        let baseline = top + style.line_height() / 2.0 + style.size * 0.36;
        let pos = self.point(x, baseline);
        if !self.in_text {
            self.ops.push(Op::StartTextSection);
            self.in_text = true;
        }
        self.set_fill(style.color);
        let Some(runs) = crate::shape::runs(ink.fonts, text, style.weight) else {
            let key = match style.weight {
                Weight::Regular => FaceKey::Regular,
                Weight::Bold => FaceKey::Bold,
            };
            self.set_font(ink, key, style.size);
            self.ops.extend([
                Op::SetTextMatrix {
                    matrix: TextMatrix::Translate(pos.x, pos.y),
                },
                Op::ShowText {
                    items: vec![TextItem::Text(text.to_string())],
                },
            ]);
            return;
        };
        let mut x = pos.x.0;
        for run in runs {
            self.set_font(ink, run.face, style.size);
            self.ops.extend([
                Op::SetTextMatrix {
                    matrix: TextMatrix::Translate(Pt(x), pos.y),
                },
                Op::ShowText {
                    items: vec![TextItem::GlyphIds(run.glyphs)],
                },
            ]);
            x += run.width * style.size;
        }
    }

    fn set_font(&mut self, ink: &Ink, key: FaceKey, size: f32) {
        let size = size * ink.fonts.face_of(key).map_or(1.0, |f| f.scale);
        if self.font != Some((key, size)) {
            self.ops.push(Op::SetFont {
                font: PdfFontHandle::External(ink.id(key)),
                size: Pt(size),
            });
            self.font = Some((key, size));
        }
    }

    /// Fills a rectangle given by its top-left corner.
    pub fn rect(&mut self, x: f32, top: f32, width: f32, height: f32, color: Rgb) {
        if width <= 0.0 || height <= 0.0 {
            return;
        }
        self.end_text();
        self.set_fill(color);
        self.ops.push(Op::DrawRectangle {
            rectangle: Rect {
                x: Pt(x),
                y: Pt(self.height - top - height),
                width: Pt(width),
                height: Pt(height),
                mode: Some(PaintMode::Fill),
                winding_order: None,
            },
        });
    }

    /// Strokes a straight line, solid or dashed.
    #[allow(clippy::too_many_arguments)]
    pub fn line(
        &mut self,
        x1: f32,
        y1: f32,
        x2: f32,
        y2: f32,
        thickness: f32,
        color: Rgb,
        dashed: bool,
    ) {
        self.end_text();
        if self.stroke != Some((color, thickness, dashed)) {
            let dash = if dashed {
                LineDashPattern::new(0.0, &[3.0, 2.0])
            } else {
                LineDashPattern::solid()
            };
            self.ops.extend([
                Op::SetOutlineColor { col: color.color() },
                Op::SetOutlineThickness { pt: Pt(thickness) },
                Op::SetLineDashPattern { dash },
            ]);
            self.stroke = Some((color, thickness, dashed));
        }
        self.ops.extend([Op::DrawLine {
            line: Line {
                points: vec![
                    LinePoint {
                        p: self.point(x1, y1),
                        bezier: false,
                    },
                    LinePoint {
                        p: self.point(x2, y2),
                        bezier: false,
                    },
                ],
                is_closed: false,
            },
        }]);
    }

    /// A horizontal rule.
    pub fn hrule(&mut self, x1: f32, x2: f32, y: f32, thickness: f32, color: Rgb) {
        self.line(x1, y, x2, y, thickness, color, false);
    }

    /// Fills a closed polygon given by its corners.
    pub fn polygon(&mut self, corners: &[(f32, f32)], color: Rgb) {
        let points = corners
            .iter()
            .map(|&(x, y)| LinePoint {
                p: self.point(x, y),
                bezier: false,
            })
            .collect();
        self.end_text();
        self.set_fill(color);
        self.ops.push(Op::DrawPolygon {
            polygon: Polygon {
                rings: vec![PolygonRing { points }],
                mode: PaintMode::Fill,
                winding_order: WindingOrder::NonZero,
            },
        });
    }

    /// A diamond mark centred on a point (milestones).
    pub fn diamond(&mut self, cx: f32, cy: f32, radius: f32, color: Rgb) {
        self.polygon(
            &[
                (cx, cy - radius),
                (cx + radius, cy),
                (cx, cy + radius),
                (cx - radius, cy),
            ],
            color,
        );
    }

    /// An invisible clickable area that jumps to `target_page` (1-based) at `target_top`.
    pub fn link(&mut self, x: f32, top: f32, width: f32, height: f32, target: (usize, f32)) {
        let (page, target_top) = target;
        let rect = Rect::from_xywh(Pt(x), Pt(self.height - top - height), Pt(width), Pt(height));
        self.ops.push(Op::LinkAnnotation {
            link: LinkAnnotation::new(
                rect,
                Actions::go_to(Destination::Xyz {
                    page,
                    left: None,
                    top: Some(self.height - target_top),
                    zoom: None,
                }),
                Some(BorderArray::Solid([0.0, 0.0, 0.0])),
                Some(ColorArray::Transparent),
                None,
            ),
        });
    }

    /// Places an image (added to the document as `id`, `px` pixels) in a box, keeping its
    /// proportions, anchored top-left.
    pub fn image(&mut self, id: &XObjectId, px: (usize, usize), x: f32, top: f32, max: (f32, f32)) {
        let (w, h) = (px.0.max(1) as f32, px.1.max(1) as f32);
        let scale = (max.0 / w).min(max.1 / h);
        let dh = h * scale;
        self.end_text();
        // At 72 dpi one pixel is one point, so the scale factor maps pixels to the box.
        self.ops.push(Op::UseXobject {
            id: id.clone(),
            transform: XObjectTransform {
                translate_x: Some(Pt(x)),
                translate_y: Some(Pt(self.height - top - dh)),
                scale_x: Some(scale),
                scale_y: Some(scale),
                dpi: Some(72.0),
                ..Default::default()
            },
        });
    }
}
