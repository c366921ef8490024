//! One line of cleaned text as the viewer must draw it: reordered by the Unicode bidirectional
//! algorithm (UAX #9), Arabic letters joined by the font's own substitutions (allsorts, the
//! shaping engine printpdf builds on), and cut into runs of glyphs drawn by one face each.
//!
//! Lines are laid out left to right, as the window shows the owner's text (its pages set no
//! direction): a paragraph in Hebrew or Arabic reads right to left inside, numbers and Latin
//! words keep their order. Text in Latin scripts only takes none of this and is drawn as is.

use printpdf::Codepoint;
use unicode_bidi::{BidiInfo, Level};

use crate::fonts::{FaceKey, Fonts, Weight};

/// Glyphs drawn with one face, from left to right.
pub(crate) struct Run {
    pub face: FaceKey,
    pub glyphs: Vec<Codepoint>,
    /// Sum of the glyph advances, in em.
    pub width: f32,
}

/// A glyph in logical order, before the line is reordered.
struct Glyph {
    face: FaceKey,
    gid: u16,
    text: String,
}

/// The runs of a line, left to right; none when the line needs no reordering, shaping or other
/// face than `weight`'s (then it is drawn as plain text).
pub(crate) fn runs(fonts: &Fonts, text: &str, weight: Weight) -> Option<Vec<Run>> {
    if text
        .chars()
        .all(|c| !right_to_left(c) && fonts.face(weight).advance(c).is_some())
    {
        return None;
    }
    let bidi = BidiInfo::new(text, Some(Level::ltr()));
    let mut glyphs: Vec<Glyph> = Vec::new();
    for paragraph in &bidi.paragraphs {
        let (levels, ranges) = bidi.visual_runs(paragraph, paragraph.range.clone());
        for range in ranges {
            let rtl = levels[range.start].is_rtl();
            let mut run = logical_glyphs(fonts, &text[range], weight, rtl);
            if rtl {
                run.reverse();
            }
            glyphs.extend(run);
        }
    }
    let mut runs: Vec<Run> = Vec::new();
    for g in glyphs {
        let advance = match fonts.face_of(g.face) {
            Some(face) => face.glyph_advance(g.gid),
            None => 0.0,
        };
        let glyph = Codepoint::with_cid(g.gid, 0.0, g.text);
        match runs.last_mut() {
            Some(run) if run.face == g.face => {
                run.glyphs.push(glyph);
                run.width += advance;
            }
            _ => runs.push(Run {
                face: g.face,
                glyphs: vec![glyph],
                width: advance,
            }),
        }
    }
    Some(runs)
}

/// The glyphs of one directional run in logical order: each character's face, then Arabic
/// shaped within each stretch of one face.
fn logical_glyphs(fonts: &Fonts, text: &str, weight: Weight, rtl: bool) -> Vec<Glyph> {
    let mut out: Vec<Glyph> = Vec::new();
    let mut stretch = String::new();
    let mut stretch_face = None;
    let placeholder_face = match weight {
        Weight::Regular => FaceKey::Regular,
        Weight::Bold => FaceKey::Bold,
    };
    let flush = |stretch: &mut String, face: Option<FaceKey>, out: &mut Vec<Glyph>| {
        if let Some(face) = face {
            out.extend(shape(fonts, face, stretch));
        }
        stretch.clear();
    };
    for c in text.chars() {
        let c = if rtl { mirrored(c) } else { c };
        let (face, c) = match fonts.face_for(c, weight) {
            Some((face, _)) => (face, c),
            None => (placeholder_face, fonts.placeholder),
        };
        if stretch_face != Some(face) {
            flush(&mut stretch, stretch_face, &mut out);
            stretch_face = Some(face);
        }
        stretch.push(c);
    }
    flush(&mut stretch, stretch_face, &mut out);
    out
}

/// The glyphs of a stretch of text in one face: looked up one by one, then, when the text holds
/// Arabic letters, substituted by the font's Arabic features (initial, medial, final and
/// isolated forms, the lam-alef ligature). Should shaping fail, the letters stay unjoined.
fn shape(fonts: &Fonts, face: FaceKey, text: &str) -> Vec<Glyph> {
    let Some(f) = fonts.face_of(face) else {
        return Vec::new();
    };
    let plain = || {
        text.chars()
            .map(|c| Glyph {
                face,
                gid: f.glyph(c).unwrap_or(0),
                text: c.to_string(),
            })
            .collect::<Vec<_>>()
    };
    if !text.chars().any(is_arabic) {
        return plain();
    }
    let parsed = &f.parsed;
    let Some(gsub) = parsed.gsub() else {
        return plain();
    };
    let mut glyphs: Vec<allsorts::gsub::RawGlyph<()>> = text
        .chars()
        .map(|c| {
            let mut glyph = allsorts::gsub::RawGlyph {
                unicodes: Default::default(),
                glyph_index: f.glyph(c).unwrap_or(0),
                liga_component_pos: 0,
                glyph_origin: allsorts::gsub::GlyphOrigin::Char(c),
                flags: Default::default(),
                variation: None,
                extra_data: (),
            };
            glyph.unicodes.push(c);
            glyph
        })
        .collect();
    // allsorts asserts on some malformed tables instead of returning an error: a panic there
    // costs the owner the joined letters, not the export.
    let shaped = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        allsorts::gsub::apply(
            0,
            gsub,
            parsed.opt_gdef_table.as_deref(),
            allsorts::tag::ARAB,
            None,
            allsorts::gsub::FeatureMask::empty(),
            &[],
            None,
            parsed.num_glyphs,
            &mut glyphs,
        )
    }));
    match shaped {
        Ok(Ok(())) => glyphs
            .into_iter()
            .map(|g| Glyph {
                face,
                gid: g.glyph_index,
                text: g.unicodes.iter().collect(),
            })
            .collect(),
        _ => plain(),
    }
}

/// Characters of the scripts written right to left (Hebrew, Arabic, Syriac, Thaana, N'Ko...).
fn right_to_left(c: char) -> bool {
    matches!(c, '\u{0590}'..='\u{08FF}' | '\u{FB1D}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFF}'
        | '\u{10800}'..='\u{10FFF}' | '\u{1E800}'..='\u{1EFFF}')
}

/// Letters of the Arabic script, which join to their neighbours.
fn is_arabic(c: char) -> bool {
    matches!(c, '\u{0600}'..='\u{06FF}' | '\u{0750}'..='\u{077F}' | '\u{08A0}'..='\u{08FF}'
        | '\u{FB50}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFF}')
}

/// The mirror image of a paired punctuation mark, as it reads inside right-to-left text.
fn mirrored(c: char) -> char {
    match c {
        '(' => ')',
        ')' => '(',
        '[' => ']',
        ']' => '[',
        '{' => '}',
        '}' => '{',
        '<' => '>',
        '>' => '<',
        '«' => '»',
        '»' => '«',
        '‹' => '›',
        '›' => '‹',
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fonts() -> &'static Fonts {
        match crate::fonts::fonts() {
            Ok(f) => f,
            Err(e) => panic!("fonts: {e}"),
        }
    }

    fn gids(runs: &[Run]) -> Vec<u16> {
        runs.iter()
            .flat_map(|r| r.glyphs.iter().map(|g| g.gid))
            .collect()
    }

    #[test]
    fn latin_text_is_drawn_as_it_is() {
        assert!(runs(fonts(), "Café « crème » à 12 €", Weight::Regular).is_none());
    }

    #[test]
    fn hebrew_is_reordered_right_to_left_and_latin_keeps_its_place() {
        let f = fonts();
        let runs = runs(f, "Client שלום עולם.", Weight::Regular).unwrap_or_default();
        let text: String = runs
            .iter()
            .flat_map(|r| r.glyphs.iter().filter_map(|g| g.cid.clone()))
            .collect();
        assert_eq!(text, "Client םלוע םולש.");
    }

    #[test]
    fn arabic_letters_take_their_joined_forms() {
        // بيت (house): beh initial, yeh medial, teh final, drawn right to left: the glyphs are
        // those the font maps to the presentation forms U+FE96, U+FEF4, U+FE91, left to right.
        let f = fonts();
        let runs = runs(f, "بيت", Weight::Regular).unwrap_or_default();
        let face = &f.regular;
        let expected: Vec<u16> = ['\u{FE96}', '\u{FEF4}', '\u{FE91}']
            .iter()
            .map(|&c| face.glyph(c).unwrap_or(0))
            .collect();
        assert!(expected.iter().all(|&g| g != 0));
        assert_eq!(gids(&runs), expected);
        // And what a reader copies out is still the letters typed.
        let copied: String = runs
            .iter()
            .flat_map(|r| r.glyphs.iter().rev().filter_map(|g| g.cid.clone()))
            .collect();
        assert_eq!(copied, "بيت");
    }

    #[test]
    fn brackets_inside_right_to_left_text_are_mirrored() {
        let f = fonts();
        let runs = runs(f, "שלום (עולם)", Weight::Regular).unwrap_or_default();
        let text: String = runs
            .iter()
            .flat_map(|r| r.glyphs.iter().filter_map(|g| g.cid.clone()))
            .collect();
        assert_eq!(text, "(םלוע) םולש");
    }
}
