//! Fonts installed on this computer, for the characters the two embedded faces lack (Chinese,
//! Japanese, Korean, Thai...). Nothing is bundled: the usual font folders are walked once, and
//! only the character map of each file is read until one covers the character asked for.
//!
//! Colour-only fonts (emoji as bitmaps or SVG) are skipped: a PDF cannot embed them as text.

use std::fs::File;
use std::io::{Read, Seek, SeekFrom};
use std::path::{Path, PathBuf};

/// Font files looked at, at most: a folder of thousands of fonts is not walked to its end.
const MAX_FILES: usize = 4_000;
/// Folder depth walked below each font folder.
const MAX_DEPTH: usize = 6;

/// A face in a font file (a collection holds several) and, once read, the ranges it maps.
pub(crate) struct Candidate {
    pub path: PathBuf,
    pub index: u32,
    coverage: Option<Vec<(u32, u32)>>,
}

impl Candidate {
    /// Whether the face maps the character (its character map is read on first use).
    pub fn covers(&mut self, c: char) -> bool {
        let ranges = self
            .coverage
            .get_or_insert_with(|| coverage(&self.path, self.index).unwrap_or_default());
        let cp = c as u32;
        ranges
            .binary_search_by(|&(start, end)| {
                if end < cp {
                    std::cmp::Ordering::Less
                } else if start > cp {
                    std::cmp::Ordering::Greater
                } else {
                    std::cmp::Ordering::Equal
                }
            })
            .is_ok()
    }
}

/// The folders fonts are installed in on this system.
fn folders() -> Vec<PathBuf> {
    let home = std::env::var_os("HOME").map(PathBuf::from);
    let mut dirs = Vec::new();
    if cfg!(target_os = "macos") {
        dirs.extend(["/System/Library/Fonts", "/Library/Fonts"].map(PathBuf::from));
        dirs.extend(home.map(|h| h.join("Library/Fonts")));
    } else if cfg!(windows) {
        let windir =
            std::env::var_os("WINDIR").map_or_else(|| PathBuf::from(r"C:\Windows"), PathBuf::from);
        dirs.push(windir.join("Fonts"));
        if let Some(local) = std::env::var_os("LOCALAPPDATA") {
            dirs.push(PathBuf::from(local).join(r"Microsoft\Windows\Fonts"));
        }
    } else {
        dirs.extend(["/usr/share/fonts", "/usr/local/share/fonts"].map(PathBuf::from));
        if let Some(data) = std::env::var_os("XDG_DATA_HOME") {
            dirs.push(PathBuf::from(data).join("fonts"));
        }
        if let Some(h) = home {
            dirs.push(h.join(".local/share/fonts"));
            dirs.push(h.join(".fonts"));
        }
    }
    dirs
}

/// Every face of every font file in the system's font folders, plain sans-serif regular faces
/// first (they suit a document set in DejaVu Sans), then the others.
pub(crate) fn candidates() -> Vec<Candidate> {
    let mut files = Vec::new();
    for dir in folders() {
        walk(&dir, 0, &mut files);
    }
    files.sort_by_key(|path| (rank(path), path.clone()));
    let mut out = Vec::new();
    for path in files {
        let Some(faces) = faces(&path) else { continue };
        for index in 0..faces {
            out.push(Candidate {
                path: path.clone(),
                index,
                coverage: None,
            });
        }
    }
    out
}

fn walk(dir: &Path, depth: usize, files: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        if files.len() >= MAX_FILES {
            return;
        }
        let path = entry.path();
        let Ok(kind) = entry.file_type() else {
            continue;
        };
        if kind.is_dir() && depth < MAX_DEPTH {
            walk(&path, depth + 1, files);
        } else if kind.is_file() || kind.is_symlink() {
            let ext = path
                .extension()
                .and_then(|e| e.to_str())
                .map(str::to_ascii_lowercase);
            if matches!(ext.as_deref(), Some("ttf" | "otf" | "ttc" | "otc")) {
                files.push(path);
            }
        }
    }
}

/// Lower is better: a plain sans-serif face before bold, italic, thin, serif or monospace ones.
fn rank(path: &Path) -> u32 {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().to_ascii_lowercase())
        .unwrap_or_default();
    let mut rank = 0;
    for (word, cost) in [
        ("bold", 4),
        ("black", 4),
        ("heavy", 4),
        ("italic", 4),
        ("oblique", 4),
        ("light", 3),
        ("thin", 3),
        ("medium", 2),
        ("semi", 2),
        ("demi", 2),
        ("condensed", 2),
        ("mono", 3),
        ("serif", 1),
    ] {
        if name.contains(word) {
            rank += cost;
        }
    }
    // "sans-serif" names are not serif faces.
    if name.contains("sans") && name.contains("serif") {
        rank -= 1;
    }
    rank
}

fn read_at(file: &mut File, offset: u64, len: usize) -> Option<Vec<u8>> {
    file.seek(SeekFrom::Start(offset)).ok()?;
    let mut buf = vec![0; len];
    file.read_exact(&mut buf).ok()?;
    Some(buf)
}

fn u16_at(b: &[u8], at: usize) -> Option<u32> {
    Some(u32::from(u16::from_be_bytes(
        b.get(at..at + 2)?.try_into().ok()?,
    )))
}

fn u32_at(b: &[u8], at: usize) -> Option<u32> {
    Some(u32::from_be_bytes(b.get(at..at + 4)?.try_into().ok()?))
}

/// How many faces a font file holds (a collection more than one), or none when it is not an
/// OpenType or TrueType file.
fn faces(path: &Path) -> Option<u32> {
    let mut file = File::open(path).ok()?;
    let head = read_at(&mut file, 0, 12)?;
    match &head[..4] {
        b"ttcf" => Some(u32_at(&head, 8)?.min(64)),
        [0, 1, 0, 0] | b"OTTO" | b"true" => Some(1),
        _ => None,
    }
}

/// The character ranges a face maps, sorted; empty for a face without outlines a PDF can embed
/// (colour bitmaps or SVG only) or a file that cannot be read.
fn coverage(path: &Path, index: u32) -> Option<Vec<(u32, u32)>> {
    let mut file = File::open(path).ok()?;
    let head = read_at(&mut file, 0, 12)?;
    let offset = if &head[..4] == b"ttcf" {
        let at = read_at(&mut file, 12 + 4 * u64::from(index), 4)?;
        u64::from(u32_at(&at, 0)?)
    } else {
        0
    };
    let sfnt = read_at(&mut file, offset, 12)?;
    let tables = u16_at(&sfnt, 4)? as usize;
    let dir = read_at(&mut file, offset + 12, tables.min(256) * 16)?;
    let mut cmap = None;
    let mut outlines = false;
    let mut colour = false;
    for t in 0..tables.min(256) {
        let record = &dir[t * 16..t * 16 + 16];
        match &record[..4] {
            b"cmap" => cmap = Some((u32_at(record, 8)?, u32_at(record, 12)?)),
            b"glyf" | b"CFF " | b"CFF2" => outlines = true,
            b"CBDT" | b"sbix" | b"SVG " | b"COLR" => colour = true,
            _ => {}
        }
    }
    if !outlines || colour {
        return Some(Vec::new());
    }
    let (at, len) = cmap?;
    // A character map is a few hundred kilobytes at most, even for the largest CJK fonts.
    let table = read_at(&mut file, u64::from(at), (len as usize).min(4 << 20))?;
    let mut ranges = cmap_ranges(&table)?;
    ranges.sort_unstable();
    Some(ranges)
}

/// The ranges of a Unicode subtable of a `cmap` table: format 12 when there is one, else 4.
fn cmap_ranges(table: &[u8]) -> Option<Vec<(u32, u32)>> {
    let count = u16_at(table, 2)? as usize;
    let mut best: Option<(u32, usize)> = None;
    for i in 0..count {
        let at = 4 + i * 8;
        let (platform, encoding) = (u16_at(table, at)?, u16_at(table, at + 2)?);
        let offset = u32_at(table, at + 4)? as usize;
        let format = u16_at(table, offset)?;
        let unicode = platform == 0 || (platform == 3 && matches!(encoding, 1 | 10));
        if unicode && matches!(format, 4 | 12) && best.is_none_or(|(f, _)| format > f) {
            best = Some((format, offset));
        }
    }
    let (format, at) = best?;
    let mut ranges = Vec::new();
    if format == 12 {
        let groups = u32_at(table, at + 12)? as usize;
        for g in 0..groups {
            let g = at + 16 + g * 12;
            ranges.push((u32_at(table, g)?, u32_at(table, g + 4)?));
        }
    } else {
        let segments = u16_at(table, at + 6)? as usize / 2;
        let ends = at + 14;
        let starts = ends + 2 * segments + 2;
        for s in 0..segments {
            let (start, end) = (u16_at(table, starts + 2 * s)?, u16_at(table, ends + 2 * s)?);
            if start <= end && end != 0xFFFF {
                ranges.push((start, end));
            }
        }
    }
    Some(ranges)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_embedded_dejavu_maps_latin_and_arabic_but_not_chinese() {
        let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("fonts/DejaVuSans.ttf");
        assert_eq!(faces(&path), Some(1));
        let mut face = Candidate {
            path,
            index: 0,
            coverage: None,
        };
        assert!(face.covers('é') && face.covers('م') && face.covers('ש'));
        assert!(!face.covers('你') && !face.covers('🍪'));
    }
}
