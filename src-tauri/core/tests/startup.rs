//! The database file at start, through `Library::open` as the app and the CLI call it: one from
//! a newer Boussole is refused and left untouched; a damaged one gives an error, never a panic,
//! and is left as it was for recovery.

use std::path::Path;

use boussole_core::usecases::{database_file, Library, DATABASE_VERSION};
use boussole_core::ErrorKind;
use chrono::NaiveDate;
use rusqlite::Connection;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 22).unwrap()
}

/// A library as the app leaves it: opened once (the example plan seeded), then closed, which
/// folds the write-ahead log into the file.
fn real_library(dir: &Path) -> Vec<u8> {
    let library = Library::open(dir, today()).unwrap();
    assert_eq!(library.list().unwrap().len(), 1);
    drop(library);
    std::fs::read(database_file(dir)).unwrap()
}

#[test]
fn a_database_from_a_newer_boussole_is_refused_untouched() {
    let dir = tempfile::tempdir().unwrap();
    real_library(dir.path());
    let conn = Connection::open(database_file(dir.path())).unwrap();
    conn.pragma_update(None, "user_version", DATABASE_VERSION + 1)
        .unwrap();
    drop(conn);
    let before = std::fs::read(database_file(dir.path())).unwrap();

    let Err(err) = Library::open(dir.path(), today()) else {
        panic!("a newer database was opened")
    };
    assert_eq!(err.kind(), ErrorKind::TooNew);
    let message = err.to_string();
    assert!(
        message.contains("newer version of Boussole") && message.contains("nothing was changed"),
        "{message}"
    );
    assert_eq!(
        std::fs::read(database_file(dir.path())).unwrap(),
        before,
        "the newer database was changed"
    );
}

/// What opening a damaged file leads to today.
enum Today {
    /// An error of this kind; the file is left byte for byte as it was.
    Refused(ErrorKind),
    /// SQLite takes an empty file for a new database: without backups, the library opens,
    /// empty but for the example plan (nothing was in the file to lose). With backups, the
    /// file is reported as damaged (`usecases/startup.rs`, `an_emptied_database_beside_backups_...`).
    OpensAsNew,
}

#[test]
fn a_damaged_database_gives_an_error_and_is_left_as_it_was() {
    let dir = tempfile::tempdir().unwrap();
    let real = real_library(dir.path());
    let noise: Vec<u8> = (0..65_536u32)
        .map(|i| (i.wrapping_mul(2_654_435_761) >> 24) as u8)
        .collect();
    let mut scribbled = real.clone();
    // Page 2 onwards (the pages are 4 KB) overwritten: the header still says "SQLite".
    let end = scribbled.len().min(3 * 4096);
    scribbled[4096..end].copy_from_slice(&noise[..end - 4096]);

    let cases: Vec<(&str, Vec<u8>, Today)> = vec![
        (
            "random bytes",
            noise.clone(),
            Today::Refused(ErrorKind::Storage),
        ),
        (
            "a text file",
            "Liste de courses : farine, beurre, sucre\n".into(),
            Today::Refused(ErrorKind::Storage),
        ),
        (
            "a database cut to half",
            real[..real.len() / 2].to_vec(),
            Today::Refused(ErrorKind::Storage),
        ),
        (
            "a database cut inside its header",
            real[..50].to_vec(),
            Today::Refused(ErrorKind::Storage),
        ),
        (
            "a database with scribbled pages",
            scribbled,
            Today::Refused(ErrorKind::Storage),
        ),
        ("an empty file", vec![], Today::OpensAsNew),
    ];
    for (name, bytes, today_) in cases {
        let dir = tempfile::tempdir().unwrap();
        let db = database_file(dir.path());
        std::fs::write(&db, &bytes).unwrap();
        match (Library::open(dir.path(), today()), today_) {
            (Err(err), Today::Refused(kind)) => {
                let message = err.to_string();
                assert_eq!(err.kind(), kind, "{name}: {message}");
                assert!(
                    message.contains("database"),
                    "{name}: the message does not say what failed: {message}"
                );
                assert_eq!(
                    std::fs::read(&db).unwrap(),
                    bytes,
                    "{name}: the damaged file was changed"
                );
            }
            (Ok(library), Today::OpensAsNew) => {
                assert_eq!(library.list().unwrap().len(), 1, "{name}");
            }
            (Ok(_), Today::Refused(_)) => panic!("{name}: opened as if it were sound"),
            (Err(err), Today::OpensAsNew) => panic!("{name}: refused: {err}"),
        }
    }
}
