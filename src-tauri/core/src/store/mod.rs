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
use rusqlite_migration::{Migrations, M};

use crate::error::{Error, Result};

/// The database file's name inside the data folder.
pub const DB_FILE: &str = "boussole.sqlite3";

/// How long a writer waits for another process (the CLI, a second window) to finish.
const BUSY_TIMEOUT: Duration = Duration::from_secs(5);

/// The migrations, in order; append only.
fn migrations() -> Migrations<'static> {
    Migrations::new(vec![
        M::up(include_str!("migrations/0001_plans.sql")),
        M::up(include_str!("migrations/0002_readiness.sql")),
        M::up(include_str!("migrations/0003_action_rows.sql")),
        M::up_with_hook(
            include_str!("migrations/0004_plan_format_2.sql"),
            |tx: &Transaction<'_>| upgrade_bodies(tx).map_err(hook_error),
        ),
    ])
}

/// The schema version this build writes.
pub const SCHEMA_VERSION: i64 = 4;

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
    conn.pragma_update(None, "journal_mode", "WAL")?;
    conn.pragma_update(None, "synchronous", "NORMAL")?;
    conn.pragma_update(None, "foreign_keys", "ON")?;
    let version: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
    if version > SCHEMA_VERSION {
        return Err(Error::TooNew(format!(
            "this database was written by a newer version of Boussole (schema {version}; this \
             version knows up to {SCHEMA_VERSION}). Update Boussole to open it; nothing was changed."
        )));
    }
    migrations().to_latest(conn).map_err(|e| match e {
        rusqlite_migration::Error::RusqliteError { err, .. } => Error::Db(err),
        other => Error::Migration(other.to_string()),
    })?;
    // A quick structural check at every open catches a truncated or scribbled-on file before
    // the owner types into it; it takes milliseconds on a plan library.
    let check: String = conn.query_row("PRAGMA quick_check", [], |r| r.get(0))?;
    if check != "ok" {
        return Err(Error::Damaged(check));
    }
    Ok(())
}

/// Brings the stored JSON of every plan up to today's model (`plan::upgrade`): the KPIs section
/// and each action row. Rows already up to date are left as they are.
fn upgrade_bodies(tx: &Transaction<'_>) -> Result<()> {
    let kpis: Vec<(i64, String)> = tx
        .prepare("SELECT plan_id, body FROM plan_sections WHERE section = 'kpis'")?
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<rusqlite::Result<_>>()?;
    for (plan, body) in kpis {
        if let Some(body) = upgraded(&body, crate::plan::upgrade::kpis)? {
            tx.execute(
                "UPDATE plan_sections SET body = ?2 WHERE plan_id = ?1 AND section = 'kpis'",
                (plan, body),
            )?;
        }
    }
    let actions: Vec<(i64, i64, String)> = tx
        .prepare("SELECT plan_id, action_id, body FROM plan_actions")?
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
        .collect::<rusqlite::Result<_>>()?;
    for (plan, action, body) in actions {
        if let Some(body) = upgraded(&body, crate::plan::upgrade::action)? {
            tx.execute(
                "UPDATE plan_actions SET body = ?3 WHERE plan_id = ?1 AND action_id = ?2",
                (plan, action, body),
            )?;
        }
    }
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

fn hook_error(e: Error) -> rusqlite_migration::HookError {
    match e {
        Error::Db(e) => rusqlite_migration::HookError::RusqliteError(e),
        other => rusqlite_migration::HookError::Hook(other.to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn migrations_are_valid() {
        assert!(migrations().validate().is_ok());
        let count: usize = (1..100)
            .take_while(|&v| {
                let mut conn = Connection::open_in_memory().unwrap();
                migrations().to_version(&mut conn, v).is_ok()
            })
            .count();
        assert_eq!(
            count as i64, SCHEMA_VERSION,
            "SCHEMA_VERSION counts the migrations"
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
            migrations().to_version(&mut conn, 2).unwrap();
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
            crate::usecases::stored::read(&conn, PlanId(7))
                .unwrap()
                .plan,
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
            migrations().to_version(&mut conn, 3).unwrap();
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
        assert_eq!(
            plan, example,
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
