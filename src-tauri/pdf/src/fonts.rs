//! The two embedded faces (DejaVu Sans, regular and bold), their metrics and line breaking.
//!
//! Text is cleaned before it is measured or drawn: a character neither face can draw becomes
//! a visible replacement mark, never a crash or an invisible gap. Widths are sums of glyph
//! advances (no kerning), which is exactly what the PDF viewer will lay out.

use std::sync::OnceLock;

use printpdf::ParsedFont;

use crate::error::PdfError;

const REGULAR_TTF: &[u8] = include_bytes!("../fonts/DejaVuSans.ttf");
const BOLD_TTF: &[u8] = include_bytes!("../fonts/DejaVuSans-Bold.ttf");

/// Codepoints below this have their advance precomputed; beyond it (CJK, emoji) the cmap is
/// read on demand, which is slower but rare.
const TABLE_SIZE: usize = 0x3000;
/// Marks a codepoint without a glyph in the advance table.
const MISSING: u16 = u16::MAX;

/// Regular or bold.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Weight {
    Regular,
    Bold,
}

/// One parsed face with its advance table.
pub(crate) struct Face {
    pub parsed: ParsedFont,
    advances: Vec<u16>,
    units_per_em: f32,
}

impl Face {
    fn load(bytes: &[u8]) -> Result<Face, String> {
        let mut warnings = Vec::new();
        let parsed = ParsedFont::from_bytes(bytes, 0, &mut warnings)
            .ok_or_else(|| format!("{warnings:?}"))?;
        let units_per_em = f32::from(parsed.pdf_font_metrics.units_per_em.max(1));
        let advances = (0..TABLE_SIZE as u32)
            .map(|cp| match parsed.lookup_glyph_index(cp) {
                Some(gid) if gid != 0 => parsed.get_horizontal_advance(gid),
                _ => MISSING,
            })
            .collect();
        Ok(Face {
            parsed,
            advances,
            units_per_em,
        })
    }

    /// The advance of a character in em, or none when the face has no glyph for it.
    fn advance(&self, c: char) -> Option<f32> {
        let cp = c as usize;
        let units = match self.advances.get(cp) {
            Some(&MISSING) => return None,
            Some(&units) => units,
            None => match self.parsed.lookup_glyph_index(c as u32) {
                Some(gid) if gid != 0 => self.parsed.get_horizontal_advance(gid),
                _ => return None,
            },
        };
        Some(f32::from(units) / self.units_per_em)
    }
}

/// Both faces, parsed once per process.
pub(crate) struct Fonts {
    pub regular: Face,
    pub bold: Face,
    /// What prints in place of a character the fonts cannot draw.
    placeholder: char,
}

static FONTS: OnceLock<Result<Fonts, String>> = OnceLock::new();

/// The embedded fonts, parsed on first use.
pub(crate) fn fonts() -> Result<&'static Fonts, PdfError> {
    FONTS
        .get_or_init(|| {
            let regular = Face::load(REGULAR_TTF)?;
            let bold = Face::load(BOLD_TTF)?;
            let placeholder =
                if regular.advance('\u{FFFD}').is_some() && bold.advance('\u{FFFD}').is_some() {
                    '\u{FFFD}'
                } else {
                    '?'
                };
            Ok(Fonts {
                regular,
                bold,
                placeholder,
            })
        })
        .as_ref()
        .map_err(|detail| PdfError::Font(detail.clone()))
}

impl Fonts {
    /// The face for a weight.
    pub fn face(&self, weight: Weight) -> &Face {
        match weight {
            Weight::Regular => &self.regular,
            Weight::Bold => &self.bold,
        }
    }

    /// Makes text printable: drops invisible format characters, turns other control characters
    /// into spaces (newlines into spaces too unless `keep_newlines`) and replaces characters
    /// without a glyph in either face by the placeholder.
    pub fn clean(&self, text: &str, keep_newlines: bool) -> String {
        let mut out = String::with_capacity(text.len());
        for c in text.chars() {
            match c {
                '\n' if keep_newlines => out.push('\n'),
                '\r' => {}
                c if is_invisible(c) => {}
                c if c.is_control() => out.push(' '),
                c if self.regular.advance(c).is_some() && self.bold.advance(c).is_some() => {
                    out.push(c)
                }
                _ => out.push(self.placeholder),
            }
        }
        out
    }

    /// The width of cleaned text in points.
    pub fn width(&self, text: &str, weight: Weight, size: f32) -> f32 {
        let face = self.face(weight);
        let placeholder = face.advance(self.placeholder).unwrap_or(0.6);
        let em: f32 = text
            .chars()
            .map(|c| face.advance(c).unwrap_or(placeholder))
            .sum();
        em * size
    }

    /// Cuts cleaned text to one line of at most `max_width`, ending with "…" when shortened.
    pub fn ellipsize(&self, text: &str, weight: Weight, size: f32, max_width: f32) -> String {
        if self.width(text, weight, size) <= max_width {
            return text.to_string();
        }
        let budget = max_width - self.width("…", weight, size);
        let mut used = 0.0;
        let mut out = String::new();
        for c in text.chars() {
            let w = self.width(c.encode_utf8(&mut [0; 4]), weight, size);
            if used + w > budget {
                break;
            }
            used += w;
            out.push(c);
        }
        let mut out = out.trim_end().to_string();
        out.push('…');
        out
    }

    /// Breaks cleaned text into lines no wider than `max_width`: at spaces, and inside a word
    /// only when the word alone is too wide. Newlines start new lines; blank lines are kept.
    pub fn wrap(&self, text: &str, weight: Weight, size: f32, max_width: f32) -> Vec<String> {
        self.wrap_at_most(text, weight, size, max_width, usize::MAX)
    }

    /// The first `max_lines` lines `wrap` would give, without measuring the rest.
    pub fn wrap_at_most(
        &self,
        text: &str,
        weight: Weight,
        size: f32,
        max_width: f32,
        max_lines: usize,
    ) -> Vec<String> {
        let max_width = max_width.max(size);
        let space = self.width(" ", weight, size);
        let mut lines = Vec::new();
        for paragraph in text.split('\n') {
            if lines.len() >= max_lines {
                break;
            }
            let mut line = String::new();
            let mut line_width = 0.0;
            for word in paragraph.split(' ').filter(|w| !w.is_empty()) {
                if lines.len() >= max_lines {
                    break;
                }
                let word_width = self.width(word, weight, size);
                if !line.is_empty() && line_width + space + word_width <= max_width {
                    line.push(' ');
                    line.push_str(word);
                    line_width += space + word_width;
                    continue;
                }
                if !line.is_empty() {
                    lines.push(std::mem::take(&mut line));
                }
                if word_width <= max_width {
                    line.push_str(word);
                    line_width = word_width;
                    continue;
                }
                // A word wider than the line (a URL, a long run of CJK) is cut where it must.
                line_width = 0.0;
                for c in word.chars() {
                    if lines.len() >= max_lines {
                        break;
                    }
                    let w = self.width(c.encode_utf8(&mut [0; 4]), weight, size);
                    if !line.is_empty() && line_width + w > max_width {
                        lines.push(std::mem::take(&mut line));
                        line_width = 0.0;
                    }
                    line.push(c);
                    line_width += w;
                }
            }
            lines.push(line);
        }
        lines.truncate(max_lines);
        lines
    }
}

/// Zero-width and format characters that would otherwise print as replacement marks.
fn is_invisible(c: char) -> bool {
    matches!(c,
        '\u{00AD}'
        | '\u{200B}'..='\u{200F}'
        | '\u{202A}'..='\u{202E}'
        | '\u{2060}'..='\u{206F}'
        | '\u{FE00}'..='\u{FE0F}'
        | '\u{FEFF}'
        | '\u{E0000}'..='\u{E007F}'
        | '\u{E0100}'..='\u{E01EF}')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn f() -> &'static Fonts {
        match fonts() {
            Ok(f) => f,
            Err(e) => panic!("fonts: {e}"),
        }
    }

    #[test]
    fn french_typography_has_glyphs() {
        let text = "Œuvre « élégante » à 12\u{202F}500\u{A0}€ — l’été, ça ira ! ÀÉÈÊËÎÏÔÙÛÜŸÇ";
        assert_eq!(f().clean(text, false), text);
    }

    #[test]
    fn unknown_characters_become_a_visible_mark() {
        let cleaned = f().clean("漢字 ok\u{200D}\u{1F9D1}\u{0007}", false);
        assert_eq!(cleaned, "\u{FFFD}\u{FFFD} ok\u{FFFD} ");
    }

    #[test]
    fn wrapping_respects_the_width() {
        let fonts = f();
        let text = "Une phrase assez longue pour tenir sur plusieurs lignes de texte, avec un motinterminablesansaucuneespacepourvoircequisepasse.";
        for line in fonts.wrap(text, Weight::Regular, 10.0, 120.0) {
            assert!(fonts.width(&line, Weight::Regular, 10.0) <= 120.0, "{line}");
        }
    }

    #[test]
    fn ellipsize_shortens_to_fit() {
        let fonts = f();
        let short = fonts.ellipsize(&"x".repeat(300), Weight::Bold, 9.0, 100.0);
        assert!(short.ends_with('…'));
        assert!(fonts.width(&short, Weight::Bold, 9.0) <= 100.0);
    }
}
