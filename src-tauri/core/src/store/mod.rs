//! The SQLite store: one file, opened with WAL and foreign keys, migrated at open.
//!
//! Only this module knows SQL, and it knows nothing else: no plan logic, no validation. One
//! submodule per table (`plans`, `sections`, `actions`, `settings`) plus the queries of the
//! backup files (`backup`); explicit columns everywhere. The use cases (`crate::usecases`) group
//! these calls into transactions, so that each write is one short transaction the app and the
//! CLI can share safely. Private to the crate: nothing outside the core reaches SQL.

pub mod actions;
pub mod backup;
pub mod plans;
pub mod sections;
pub mod settings;

use std::path::{Path, PathBuf};
use std::time::Duration;

pub use rusqlite::{Connection, Transaction};

use crate::error::{Error, Result};

/// The database file's name inside the data folder.
pub const DB_FILE: &str = "boussole.sqlite3";

/// How long a writer waits for another process (the CLI, a second window) to finish.
const BUSY_TIMEOUT: Duration = Duration::from_secs(5);

/// One step of the schema: its SQL, then what Rust does to the stored JSON, if anything.
struct Migration {
    sql: &'static str,
    then: Option<fn(&Transaction<'_>) -> Result<()>>,
}

/// The schema, one append-only step per version: version N is after the first N steps ran.
const MIGRATIONS: &[Migration] = &[
    Migration {
        sql: include_str!("migrations/0001_plans.sql"),
        then: None,
    },
    Migration {
        sql: include_str!("migrations/0002_readiness.sql"),
        then: None,
    },
    Migration {
        sql: include_str!("migrations/0003_action_rows.sql"),
        then: None,
    },
    Migration {
        sql: include_str!("migrations/0004_plan_format_2.sql"),
        then: Some(upgrade_bodies),
    },
    Migration {
        sql: include_str!("migrations/0005_plan_identity.sql"),
        then: None,
    },
];

/// The schema version this build writes.
pub const SCHEMA_VERSION: i64 = MIGRATIONS.len() as i64;

/// The database file inside a data folder.
pub fn db_path(data_dir: &Path) -> PathBuf {
    data_dir.join(DB_FILE)
}

/// Opens (creating if needed) the database file in `data_dir`, and brings its schema up to date.
pub fn open(data_dir: &Path) -> Result<Connection> {
    std::fs::create_dir_all(data_dir).map_err(|e| {
        Error::io(
            format!("cannot create the data folder {}", data_dir.display()),
            e,
        )
    })?;
    let mut conn = Connection::open(db_path(data_dir))?;
    prepare(&mut conn)?;
    Ok(conn)
}

/// Whether a library's database was opened to be changed, or only to be read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Access {
    ReadWrite,
    /// The folder or the file cannot be written (a read-only disk, another user's folder).
    ReadOnly,
}

/// Opens the library's database in `data_dir` as `open` does, or, when it exists but cannot be
/// written, to read only: a library on a backup disk or in a colleague's folder can still be
/// listed and exported. A read-only library whose schema is older than this build's cannot be
/// upgraded there, and is refused with a message saying so.
pub fn open_library(data_dir: &Path) -> Result<(Connection, Access)> {
    match open(data_dir) {
        // SQLite opens a file it may not write read-only without a word: ask it.
        Ok(conn) if conn.is_readonly(rusqlite::MAIN_DB)? => Ok((conn, Access::ReadOnly)),
        Ok(conn) => Ok((conn, Access::ReadWrite)),
        Err(e) if cannot_write(&e) && db_path(data_dir).is_file() => {
            Ok((open_read_only(data_dir)?, Access::ReadOnly))
        }
        Err(e) => Err(e),
    }
}

/// Whether opening a library failed because its folder or file cannot be written.
fn cannot_write(e: &Error) -> bool {
    match e {
        Error::Db(rusqlite::Error::SqliteFailure(f, _)) => matches!(
            f.code,
            rusqlite::ErrorCode::ReadOnly
                | rusqlite::ErrorCode::CannotOpen
                | rusqlite::ErrorCode::PermissionDenied
        ),
        _ => false,
    }
}

/// Opens an existing library to read only, at the current schema.
fn open_read_only(data_dir: &Path) -> Result<Connection> {
    let db = db_path(data_dir);
    let flags = rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY
        | rusqlite::OpenFlags::SQLITE_OPEN_URI
        | rusqlite::OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let conn = Connection::open_with_flags(&db, flags)?;
    conn.busy_timeout(BUSY_TIMEOUT)?;
    let conn = match user_version(&conn) {
        Ok(_) => conn,
        // A WAL database is read through its shared-memory file (`-shm`), which a read-only
        // folder cannot hold when it is missing: SQLite then reads the file as immutable, which
        // ignores the write-ahead log, so a log holding commits would be silently left out.
        Err(e) if cannot_write(&e) => {
            let wal = PathBuf::from(format!("{}-wal", db.display()));
            if std::fs::metadata(&wal).is_ok_and(|m| m.len() > 0) {
                return Err(Error::ReadOnly(format!(
                    "the plan library in {} is read-only, and its latest changes are still in {} \
                     beside it, which cannot be read without writing to the folder. Open it once \
                     where Boussole can write (copy the folder), then try again.",
                    data_dir.display(),
                    wal.display()
                )));
            }
            let conn = Connection::open_with_flags(immutable_uri(&db), flags)?;
            user_version(&conn)?;
            conn
        }
        Err(e) => return Err(e),
    };
    let version = user_version(&conn)?;
    if version > SCHEMA_VERSION {
        return Err(too_new(version));
    }
    if version < SCHEMA_VERSION {
        return Err(Error::ReadOnly(format!(
            "the plan library in {} was written by an older version of Boussole (schema \
             {version}) and must be upgraded to schema {SCHEMA_VERSION} before it can be read, \
             which cannot be done there: the folder is read-only. Copy the folder where you can \
             write and open the copy; nothing was changed.",
            data_dir.display()
        )));
    }
    let check: String = conn.query_row("PRAGMA quick_check", [], |r| r.get(0))?;
    if check != "ok" {
        return Err(Error::Damaged(check));
    }
    Ok(conn)
}

/// The `file:` URI that opens `path` as immutable (no locks, no journal: nothing may change
/// it), its bytes percent-encoded where a URI needs it.
fn immutable_uri(path: &Path) -> String {
    let mut uri = String::from("file:");
    for &byte in path.as_os_str().as_encoded_bytes() {
        if byte.is_ascii_alphanumeric() || b"/-._~".contains(&byte) {
            uri.push(char::from(byte));
        } else {
            uri.push_str(&format!("%{byte:02X}"));
        }
    }
    uri.push_str("?immutable=1");
    uri
}

/// Opens a private in-memory database, for the store's own tests.
#[cfg(test)]
pub fn open_in_memory() -> Result<Connection> {
    let mut conn = Connection::open_in_memory()?;
    prepare(&mut conn)?;
    Ok(conn)
}

/// A connection to nothing: held in place of the library's while its file is swapped.
pub fn detached() -> Result<Connection> {
    Ok(Connection::open_in_memory()?)
}

/// Starts a transaction that only reads, for a library opened read-only.
pub fn read(conn: &mut Connection) -> Result<Transaction<'_>> {
    Ok(conn.transaction_with_behavior(rusqlite::TransactionBehavior::Deferred)?)
}

/// Starts a transaction that takes the write lock at once: a deferred one that reads first
/// would be refused (SQLITE_BUSY) without waiting when another process is writing.
pub fn write(conn: &mut Connection) -> Result<Transaction<'_>> {
    Ok(conn.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?)
}

/// A number that changes whenever another connection commits to the database (SQLite's
/// `data_version`): what tells a plan kept in memory from a stale one.
pub fn data_version(conn: &Connection) -> Result<i64> {
    Ok(conn.query_row("PRAGMA data_version", [], |r| r.get(0))?)
}

fn prepare(conn: &mut Connection) -> Result<()> {
    conn.busy_timeout(BUSY_TIMEOUT)?;
    // WAL keeps readers and the writer apart; NORMAL sync is durable against a crash of the
    // process (what matters on a laptop app) and much faster than FULL.
    use_wal(conn)?;
    conn.pragma_update(None, "synchronous", "NORMAL")?;
    conn.pragma_update(None, "foreign_keys", "ON")?;
    migrate(conn, SCHEMA_VERSION)?;
    // A quick structural check at every open catches a truncated or scribbled-on file before
    // the owner types into it; it takes milliseconds on a plan library.
    let check: String = conn.query_row("PRAGMA quick_check", [], |r| r.get(0))?;
    if check != "ok" {
        return Err(Error::Damaged(check));
    }
    Ok(())
}

/// Brings the stored JSON of every plan up to today's model (`plan::upgrade`, format 2): its
/// KPIs, objectives, targets and each action row; and gives it the sections format 2 adds: how
/// it started, its adjustment log, and its year-end review, taken from the review its renewal
/// (if any) copied into next year's plan. Rows already up to date are left as they are.
fn upgrade_bodies(tx: &Transaction<'_>) -> Result<()> {
    use crate::plan::upgrade;
    for (section, upgrade) in [
        ("kpis", upgrade::kpis as fn(&mut serde_json::Value)),
        ("objectives", upgrade::objectives),
        ("targets", upgrade::targets),
    ] {
        let rows: Vec<(i64, String)> = tx
            .prepare("SELECT plan_id, body FROM plan_sections WHERE section = ?1")?
            .query_map([section], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<rusqlite::Result<_>>()?;
        for (plan, body) in rows {
            if let Some(body) = upgraded(&body, upgrade)? {
                tx.execute(
                    "UPDATE plan_sections SET body = ?3 WHERE plan_id = ?1 AND section = ?2",
                    (plan, section, body),
                )?;
            }
        }
    }
    let actions: Vec<(i64, i64, String)> = tx
        .prepare("SELECT plan_id, action_id, body FROM plan_actions")?
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
        .collect::<rusqlite::Result<_>>()?;
    for (plan, action, body) in actions {
        if let Some(body) = upgraded(&body, upgrade::action)? {
            tx.execute(
                "UPDATE plan_actions SET body = ?3 WHERE plan_id = ?1 AND action_id = ?2",
                (plan, action, body),
            )?;
        }
    }
    let add =
        "INSERT OR IGNORE INTO plan_sections (plan_id, section, body) SELECT id, ?1, ?2 FROM plans";
    tx.execute(add, ("start", upgrade::start().to_string()))?;
    tx.execute(add, ("adjustments", "[]"))?;
    // A renewed plan's review holds last year's decisions: they become last year's year end.
    let renewals: Vec<(i64, String)> = tx
        .prepare(
            "SELECT p.previous_plan_id, s.body FROM plans AS p
             JOIN plan_sections AS s ON s.plan_id = p.id AND s.section = 'review'
             WHERE p.previous_plan_id IS NOT NULL ORDER BY p.id",
        )?
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<rusqlite::Result<_>>()?;
    for (previous, review) in renewals {
        let Ok(review) = serde_json::from_str::<serde_json::Value>(&review) else {
            continue;
        };
        tx.execute(
            "INSERT OR IGNORE INTO plan_sections (plan_id, section, body) VALUES (?1, 'yearEnd', ?2)",
            (previous, upgrade::year_end_from_review(&review).to_string()),
        )?;
    }
    tx.execute(add, ("yearEnd", upgrade::year_end().to_string()))?;
    Ok(())
}

/// `body` passed through `upgrade`, when that changed it. A body that is not JSON is left for the
/// read that follows to report as damaged.
fn upgraded(body: &str, upgrade: fn(&mut serde_json::Value)) -> Result<Option<String>> {
    let Ok(mut value) = serde_json::from_str::<serde_json::Value>(body) else {
        return Ok(None);
    };
    let before = value.clone();
    upgrade(&mut value);
    if value == before {
        return Ok(None);
    }
    serde_json::to_string(&value)
        .map(Some)
        .map_err(|e| Error::Internal(format!("a stored section could not be upgraded: {e}")))
}

/// Switches a database to WAL. On a new file, processes doing it at the same moment each hold a
/// read lock and want the write lock: SQLite refuses one at once (SQLITE_BUSY) rather than let
/// them wait for each other, so the switch is tried again, within the busy timeout.
fn use_wal(conn: &Connection) -> Result<()> {
    let deadline = std::time::Instant::now() + BUSY_TIMEOUT;
    loop {
        let mode =
            conn.pragma_update_and_check(None, "journal_mode", "WAL", |r| r.get::<_, String>(0));
        match mode {
            Ok(_) => return Ok(()),
            Err(rusqlite::Error::SqliteFailure(f, _))
                if f.code == rusqlite::ErrorCode::DatabaseBusy
                    && std::time::Instant::now() < deadline =>
            {
                std::thread::sleep(Duration::from_millis(5));
            }
            Err(e) => return Err(e.into()),
        }
    }
}

fn user_version(conn: &Connection) -> Result<i64> {
    Ok(conn.pragma_query_value(None, "user_version", |r| r.get(0))?)
}

fn too_new(version: i64) -> Error {
    Error::TooNew(format!(
        "this database was written by a newer version of Boussole (schema {version}; this \
         version knows up to {SCHEMA_VERSION}). Update Boussole to open it; nothing was changed."
    ))
}

/// Brings the schema to `target` as one exclusive step: the version is read again once the
/// write lock is held, so that processes opening a new library at the same moment wait for one
/// another and only the first creates the tables (reading it before taking the lock, as
/// `rusqlite_migration` does, let a second process create them again).
fn migrate(conn: &mut Connection, target: i64) -> Result<()> {
    let seen = user_version(conn)?;
    if seen > SCHEMA_VERSION {
        return Err(too_new(seen));
    }
    // Versions only go up: a library already at the target needs no lock (most opens).
    if seen >= target {
        return Ok(());
    }
    let tx = write(conn)?;
    let version = user_version(&tx)?;
    if version > SCHEMA_VERSION {
        return Err(too_new(version));
    }
    for step in MIGRATIONS
        .iter()
        .take(target as usize)
        .skip(version.max(0) as usize)
    {
        tx.execute_batch(step.sql)?;
        if let Some(then) = step.then {
            then(&tx)?;
        }
    }
    if version < target {
        tx.pragma_update(None, "user_version", target)?;
    }
    tx.commit()?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_read_only_library_of_an_older_schema_is_refused_saying_why_and_left_untouched() {
        let dir = tempfile::tempdir().unwrap();
        migrate(&mut Connection::open(db_path(dir.path())).unwrap(), 2).unwrap();
        let before = std::fs::read(db_path(dir.path())).unwrap();
        let err = open_read_only(dir.path()).unwrap_err();
        assert_eq!(err.kind(), crate::ErrorKind::ReadOnly);
        assert!(
            err.to_string()
                .contains("older version of Boussole (schema 2)")
                && err.to_string().contains("the folder is read-only"),
            "{err}"
        );
        assert_eq!(std::fs::read(db_path(dir.path())).unwrap(), before);
        Connection::open(db_path(dir.path()))
            .unwrap()
            .pragma_update(None, "user_version", SCHEMA_VERSION + 1)
            .unwrap();
        let err = open_read_only(dir.path()).unwrap_err();
        assert_eq!(err.kind(), crate::ErrorKind::TooNew);
    }

    #[test]
    fn immutable_uris_encode_what_a_uri_reserves() {
        assert_eq!(
            immutable_uri(Path::new("/media/clé usb/a?b#c%d/boussole.sqlite3")),
            "file:/media/cl%C3%A9%20usb/a%3Fb%23c%25d/boussole.sqlite3?immutable=1"
        );
    }

    #[test]
    fn every_version_of_the_schema_builds_on_the_previous_one() {
        let mut conn = Connection::open_in_memory().unwrap();
        for version in 0..=SCHEMA_VERSION {
            migrate(&mut conn, version).unwrap();
            assert_eq!(user_version(&conn).unwrap(), version);
        }
        migrate(&mut conn, SCHEMA_VERSION).unwrap();
        assert_eq!(
            user_version(&conn).unwrap(),
            SCHEMA_VERSION,
            "a second run changes nothing"
        );
    }

    #[test]
    fn a_library_of_schema_2_gets_its_actions_moved_to_rows_in_order() {
        use crate::plan::{PlanId, SectionKey};
        let dir = tempfile::tempdir().unwrap();
        let example = crate::seed::example_plan(2027);
        {
            // As version 2 stored a plan: every section, the actions included, as one document.
            let mut conn = Connection::open(db_path(dir.path())).unwrap();
            migrate(&mut conn, 2).unwrap();
            conn.execute(
                "INSERT INTO plans (id, company_name, plan_year, language, created_at, updated_at)
                 VALUES (7, 'Biscuiterie', 2027, 'fr', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')",
                [],
            )
            .unwrap();
            for key in SectionKey::ALL {
                conn.execute(
                    "INSERT INTO plan_sections (plan_id, section, body) VALUES (7, ?1, ?2)",
                    (key.as_str(), key.body_of(&example).unwrap()),
                )
                .unwrap();
            }
        }
        let conn = open(dir.path()).unwrap();
        assert_eq!(
            crate::plan::Plan {
                id: None,
                ..crate::usecases::stored::read(&conn, PlanId(7))
                    .unwrap()
                    .plan
            },
            example
        );
        let rows: i64 = conn
            .query_row(
                "SELECT COUNT(*) FROM plan_actions WHERE plan_id = 7",
                [],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(rows, example.actions.len() as i64);
    }

    #[test]
    fn a_library_of_schema_3_gets_its_kpis_and_actions_in_format_2() {
        use crate::plan::{KpiCounts, PlanId, SectionKey};
        let dir = tempfile::tempdir().unwrap();
        let example = crate::seed::example_plan(2027);
        {
            // As version 3 stored a plan: its KPIs without `counts`, its actions without targets.
            let mut conn = Connection::open(db_path(dir.path())).unwrap();
            migrate(&mut conn, 3).unwrap();
            conn.execute(
                "INSERT INTO plans (id, company_name, plan_year, language, created_at, updated_at)
                 VALUES (7, 'Biscuiterie', 2027, 'fr', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')",
                [],
            )
            .unwrap();
            let strip = |mut v: serde_json::Value, keys: &[&str]| {
                for item in v.as_array_mut().unwrap() {
                    for key in keys {
                        item.as_object_mut().unwrap().remove(*key);
                    }
                }
                v
            };
            for key in SectionKey::ALL {
                if key == SectionKey::Actions {
                    continue;
                }
                let mut body: serde_json::Value =
                    serde_json::from_str(&key.body_of(&example).unwrap()).unwrap();
                if key == SectionKey::Kpis {
                    body = strip(body, &["counts"]);
                }
                conn.execute(
                    "INSERT INTO plan_sections (plan_id, section, body) VALUES (7, ?1, ?2)",
                    (key.as_str(), body.to_string()),
                )
                .unwrap();
            }
            let actions = strip(
                serde_json::to_value(&example.actions).unwrap(),
                &["segmentIds", "personaIds"],
            );
            for (i, action) in actions.as_array().unwrap().iter().enumerate() {
                conn.execute(
                    "INSERT INTO plan_actions (plan_id, action_id, position, body) VALUES (7, ?1, ?2, ?3)",
                    (action["id"].as_i64().unwrap(), i as i64, action.to_string()),
                )
                .unwrap();
            }
        }
        let conn = open(dir.path()).unwrap();
        let plan = crate::usecases::stored::read(&conn, PlanId(7))
            .unwrap()
            .plan;
        assert!(plan.id.is_some(), "the plan got its identity");
        assert_eq!(
            crate::plan::Plan {
                id: None,
                ..plan.clone()
            },
            example,
            "the KPIs' counts guessed as the example states them"
        );
        assert_eq!(plan.kpis[0].counts, KpiCounts::Cumulative);
    }

    #[test]
    fn open_creates_the_file_and_its_folder() {
        let dir = tempfile::tempdir().unwrap();
        let data = dir.path().join("nested").join("data");
        let conn = open(&data).unwrap();
        assert!(db_path(&data).is_file());
        let mode: String = conn
            .pragma_query_value(None, "journal_mode", |r| r.get(0))
            .unwrap();
        assert_eq!(mode, "wal");
        let fk: i64 = conn
            .pragma_query_value(None, "foreign_keys", |r| r.get(0))
            .unwrap();
        assert_eq!(fk, 1);
    }

    #[test]
    fn reopening_keeps_the_schema_version() {
        let dir = tempfile::tempdir().unwrap();
        drop(open(dir.path()).unwrap());
        let conn = open(dir.path()).unwrap();
        let v: i64 = conn
            .pragma_query_value(None, "user_version", |r| r.get(0))
            .unwrap();
        assert_eq!(v, SCHEMA_VERSION);
    }

    #[test]
    fn a_database_from_a_newer_version_is_refused_untouched() {
        let dir = tempfile::tempdir().unwrap();
        {
            let conn = open(dir.path()).unwrap();
            conn.pragma_update(None, "user_version", SCHEMA_VERSION + 5)
                .unwrap();
        }
        let before = std::fs::read(db_path(dir.path())).unwrap();
        let err = open(dir.path()).unwrap_err();
        assert_eq!(err.kind(), crate::ErrorKind::TooNew);
        assert!(err.to_string().contains("newer version of Boussole"));
        assert_eq!(std::fs::read(db_path(dir.path())).unwrap(), before);
    }
}
