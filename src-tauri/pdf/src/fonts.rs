//! The two embedded faces (DejaVu Sans, regular and bold), their metrics and line breaking.
//!
//! Text is cleaned before it is measured or drawn: a character neither face can draw is drawn
//! with a font of this computer that has it (`system`), else becomes a visible replacement mark
//! and is counted, never a crash or an invisible gap. Widths are sums of glyph advances (no
//! kerning), which is exactly what the PDF viewer will lay out.

use std::cell::RefCell;
use std::collections::{BTreeSet, HashSet};
use std::sync::{Mutex, OnceLock};

use printpdf::ParsedFont;

use crate::error::PdfError;
use crate::system;

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
    /// The size a face of this computer is drawn at, against the embedded faces' (1 for them):
    /// smaller when its ascent and descent are taller than DejaVu's, so that its lines keep the
    /// layout's line height (a CJK font's box is about 1.45 em, DejaVu's 1.16 em).
    pub scale: f32,
}

impl Face {
    fn load(bytes: &[u8], index: usize) -> Result<Face, String> {
        let mut warnings = Vec::new();
        let parsed = ParsedFont::from_bytes(bytes, index, &mut warnings)
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
            scale: 1.0,
        })
    }

    /// How tall the face's box is, from its ascender to its descender, in em.
    fn height(&self) -> f32 {
        let m = &self.parsed.pdf_font_metrics;
        (f32::from(m.ascender) - f32::from(m.descender)) / self.units_per_em
    }

    /// The advance of a glyph in em of the text's size.
    pub fn glyph_advance(&self, gid: u16) -> f32 {
        f32::from(self.parsed.get_horizontal_advance(gid)) / self.units_per_em * self.scale
    }

    /// The glyph of a character, when the face has one.
    pub fn glyph(&self, c: char) -> Option<u16> {
        self.parsed
            .lookup_glyph_index(c as u32)
            .filter(|&gid| gid != 0)
    }

    /// The advance of a character in em, or none when the face has no glyph for it.
    pub fn advance(&self, c: char) -> Option<f32> {
        let cp = c as usize;
        let units = match self.advances.get(cp) {
            Some(&MISSING) => return None,
            Some(&units) => units,
            None => match self.parsed.lookup_glyph_index(c as u32) {
                Some(gid) if gid != 0 => self.parsed.get_horizontal_advance(gid),
                _ => return None,
            },
        };
        Some(f32::from(units) / self.units_per_em * self.scale)
    }
}

/// Which face draws a character: an embedded one, or the n-th found on this computer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum FaceKey {
    Regular,
    Bold,
    System(usize),
}

/// Both faces, parsed once per process, and the system's fonts found so far.
pub(crate) struct Fonts {
    pub regular: Face,
    pub bold: Face,
    /// What prints in place of a character the fonts cannot draw.
    pub placeholder: char,
    system: Mutex<System>,
}

/// The search for system fonts: done once per character, its outcome kept for the process.
#[derive(Default)]
struct System {
    candidates: Option<Vec<system::Candidate>>,
    /// Faces loaded, never dropped (a handful at most), in the order `FaceKey::System` counts.
    faces: Vec<&'static Face>,
    /// Characters no font of this computer has.
    missing: HashSet<char>,
}

thread_local! {
    /// The characters replaced by the placeholder in the document being rendered on this thread.
    static UNPRINTED: RefCell<BTreeSet<char>> = const { RefCell::new(BTreeSet::new()) };
}

/// Starts counting the characters that cannot be printed, for a new document on this thread.
pub(crate) fn start_counting() {
    UNPRINTED.with(|u| u.borrow_mut().clear());
}

/// How many different characters of the document could not be printed (each counted once).
pub(crate) fn unprinted() -> u32 {
    UNPRINTED.with(|u| u.borrow().len() as u32)
}

static FONTS: OnceLock<Result<Fonts, String>> = OnceLock::new();

/// The embedded fonts, parsed on first use.
pub(crate) fn fonts() -> Result<&'static Fonts, PdfError> {
    FONTS
        .get_or_init(|| {
            let regular = Face::load(REGULAR_TTF, 0)?;
            let bold = Face::load(BOLD_TTF, 0)?;
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
                system: Mutex::new(System::default()),
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

    /// The face that draws a character in a weight: the embedded face of that weight, else the
    /// other one, else a font of this computer that has it.
    pub fn face_for(&self, c: char, weight: Weight) -> Option<(FaceKey, &Face)> {
        let (first, second) = match weight {
            Weight::Regular => (
                (FaceKey::Regular, &self.regular),
                (FaceKey::Bold, &self.bold),
            ),
            Weight::Bold => (
                (FaceKey::Bold, &self.bold),
                (FaceKey::Regular, &self.regular),
            ),
        };
        if first.1.advance(c).is_some() {
            return Some(first);
        }
        if second.1.advance(c).is_some() {
            return Some(second);
        }
        self.system_face(c)
            .map(|(n, face)| (FaceKey::System(n), face))
    }

    /// The face a key names.
    pub fn face_of(&self, key: FaceKey) -> Option<&Face> {
        match key {
            FaceKey::Regular => Some(&self.regular),
            FaceKey::Bold => Some(&self.bold),
            FaceKey::System(n) => self.system(n),
        }
    }

    /// A face found on this computer: the n-th of those loaded so far.
    pub fn system(&self, n: usize) -> Option<&'static Face> {
        let system = self.system.lock().ok()?;
        system.faces.get(n).copied()
    }

    fn system_face(&self, c: char) -> Option<(usize, &'static Face)> {
        // Only the embedded faces are used for what is not a letter of some script: a control
        // or private-use character is never worth a walk through the font folders.
        if c.is_control() || ('\u{E000}'..='\u{F8FF}').contains(&c) || c >= '\u{F0000}' {
            return None;
        }
        let mut system = self.system.lock().ok()?;
        if let Some(found) = system.faces.iter().position(|f| f.advance(c).is_some()) {
            return Some((found, system.faces[found]));
        }
        if system.missing.contains(&c) {
            return None;
        }
        let System {
            candidates, faces, ..
        } = &mut *system;
        for candidate in candidates.get_or_insert_with(system::candidates) {
            if !candidate.covers(c) {
                continue;
            }
            let Ok(bytes) = std::fs::read(&candidate.path) else {
                continue;
            };
            let Ok(mut face) = Face::load(&bytes, candidate.index as usize) else {
                continue;
            };
            let height = face.height();
            if height > 0.0 {
                face.scale = (self.regular.height() / height).min(1.0);
            }
            if face.advance(c).is_some() {
                let face: &'static Face = Box::leak(Box::new(face));
                faces.push(face);
                return Some((faces.len() - 1, face));
            }
        }
        system.missing.insert(c);
        None
    }

    /// Makes text printable: drops invisible format characters, turns other control characters
    /// into spaces (newlines into spaces too unless `keep_newlines`) and replaces characters
    /// no font can draw by the placeholder, counting them.
    pub fn clean(&self, text: &str, keep_newlines: bool) -> String {
        let mut out = String::with_capacity(text.len());
        for c in text.chars() {
            match c {
                '\n' if keep_newlines => out.push('\n'),
                '\r' => {}
                c if is_invisible(c) => {}
                c if c.is_control() => out.push(' '),
                c if self.face_for(c, Weight::Regular).is_some() => out.push(c),
                _ => {
                    UNPRINTED.with(|u| u.borrow_mut().insert(c));
                    out.push(self.placeholder)
                }
            }
        }
        out
    }

    /// The advance of a character in em in a weight (the placeholder's when no face has it).
    pub fn advance(&self, c: char, weight: Weight) -> f32 {
        match self
            .face_for(c, weight)
            .and_then(|(_, face)| face.advance(c))
        {
            Some(advance) => advance,
            None => self.face(weight).advance(self.placeholder).unwrap_or(0.6),
        }
    }

    /// The width of cleaned text in points.
    pub fn width(&self, text: &str, weight: Weight, size: f32) -> f32 {
        let em: f32 = text.chars().map(|c| self.advance(c, weight)).sum();
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
    fn unknown_characters_become_a_visible_mark_and_are_counted_once() {
        // Private-use characters: no font of any computer is looked for them.
        start_counting();
        let cleaned = f().clean(
            "\u{E000}\u{E001} ok\u{200D}\u{F0000}\u{0007}\u{E000}",
            false,
        );
        assert_eq!(cleaned, "\u{FFFD}\u{FFFD} ok\u{FFFD} \u{FFFD}");
        assert_eq!(unprinted(), 3);
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
