//! The layers hold: only the store knows SQL. Every product source file outside
//! `src-tauri/core/src/store/` (the core's other layers, the PDF crate, the CLI and the shell) is
//! read and must not hold an SQL statement nor use the SQLite library; the one exception is the
//! error type, which carries SQLite's errors to say what failed.
//!
//! And only the clock (`core/src/clock.rs`) reads the system's date: everything else is given it.

use std::path::{Path, PathBuf};

/// The product sources, from the repository root; tests and benchmarks may look inside the file.
const SOURCES: &[&str] = &[
    "src-tauri/core/src",
    "src-tauri/pdf/src",
    "src-tauri/cli/src",
    "src-tauri/commands",
    "src-tauri/lib.rs",
    "src-tauri/main.rs",
    "src-tauri/paths.rs",
];

/// What only the store may write.
const SQL: &[&str] = &[
    "SELECT ",
    "INSERT INTO",
    "DELETE FROM",
    "UPDATE plans",
    "UPDATE plan_",
    "UPDATE settings",
    "PRAGMA",
    "CREATE TABLE",
    "ALTER TABLE",
    ".execute(",
    ".execute_batch(",
    ".query_row(",
    ".prepare(",
    ".prepare_cached(",
];

fn rust_files(path: &Path, out: &mut Vec<PathBuf>) {
    if path.is_dir() {
        for entry in std::fs::read_dir(path).unwrap() {
            rust_files(&entry.unwrap().path(), out);
        }
    } else if path.extension().is_some_and(|e| e == "rs") {
        out.push(path.to_path_buf());
    }
}

#[test]
fn no_file_outside_the_store_mentions_sql() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let store = root.join("src-tauri/core/src/store");
    let error = root.join("src-tauri/core/src/error.rs");
    let mut files = Vec::new();
    for source in SOURCES {
        rust_files(&root.join(source), &mut files);
    }
    assert!(files.len() > 50, "the sources were not found: {files:?}");
    let mut found = Vec::new();
    for file in files.iter().filter(|f| !f.starts_with(&store)) {
        let text = std::fs::read_to_string(file).unwrap();
        for (n, line) in text.lines().enumerate() {
            let sql = SQL.iter().find(|s| line.contains(*s));
            let sqlite = line.contains("rusqlite") && *file != error;
            if sql.is_some() || sqlite {
                found.push(format!("{}:{}: {}", file.display(), n + 1, line.trim()));
            }
        }
    }
    assert!(
        found.is_empty(),
        "SQL outside src-tauri/core/src/store/:\n{}",
        found.join("\n")
    );
}

/// What reads the system's clock.
const CLOCK: &[&str] = &[
    "Local::now",
    "Utc::now",
    "SystemTime::now",
    "Local::today",
    "Utc::today",
];

#[test]
fn only_the_clock_reads_the_date() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let clock = root.join("src-tauri/core/src/clock.rs");
    let mut files = Vec::new();
    for source in SOURCES {
        rust_files(&root.join(source), &mut files);
    }
    let mut found = Vec::new();
    for file in files.iter().filter(|f| **f != clock) {
        let text = std::fs::read_to_string(file).unwrap();
        // A file's tests come last, after `#[cfg(test)]`; they may set their own dates.
        let product = text.split("#[cfg(test)]").next().unwrap_or_default();
        for (n, line) in product.lines().enumerate() {
            if CLOCK.iter().any(|c| line.contains(c)) {
                found.push(format!("{}:{}: {}", file.display(), n + 1, line.trim()));
            }
        }
    }
    assert!(
        found.is_empty(),
        "the date read outside src-tauri/core/src/clock.rs:\n{}",
        found.join("\n")
    );
}
