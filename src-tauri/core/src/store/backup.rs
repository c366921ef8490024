//! The queries behind backups: copying a live database with SQLite's online backup API, and
//! looking inside a backup file (integrity, schema version, plans) without changing it.

use std::path::Path;
use std::time::Duration;

use rusqlite::backup::{Backup, StepResult};
use rusqlite::{Connection, OpenFlags};

use crate::error::{Error, Result};
use crate::plan::{BackupPlan, PlanId};

/// How often a backup step that finds the database busy is tried again, and how long it waits.
const BUSY_RETRIES: u32 = 50;
const BUSY_PAUSE: Duration = Duration::from_millis(100);

/// Copies the database behind `from` into a new self-contained file at `to` (no `-wal` beside
/// it to lose when it is copied around). The copy is consistent even while others write.
pub fn copy_to(from: &Connection, to: &Path) -> Result<()> {
    let mut copy = Connection::open(to)?;
    {
        let backup = Backup::new(from, &mut copy)?;
        let mut busy = 0;
        loop {
            // -1 copies every page in one step: the database of a plan library is small.
            match backup.step(-1)? {
                StepResult::Done => break,
                StepResult::More => {}
                // Busy or locked by another process.
                _ if busy < BUSY_RETRIES => {
                    busy += 1;
                    std::thread::sleep(BUSY_PAUSE);
                }
                _ => {
                    return Err(Error::Db(rusqlite::Error::SqliteFailure(
                        rusqlite::ffi::Error::new(rusqlite::ffi::SQLITE_BUSY),
                        Some("the database stayed busy during the backup; try again".into()),
                    )))
                }
            }
        }
    }
    copy.pragma_update(None, "journal_mode", "DELETE")?;
    Ok(())
}

/// Opens a database file to look inside it, never to change it.
pub fn open_read_only(path: &Path) -> Result<Connection> {
    Ok(Connection::open_with_flags(
        path,
        OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )?)
}

/// The messages of SQLite's full integrity check (the first five); none when the file is sound.
pub fn integrity_problems(conn: &Connection) -> Result<Vec<String>> {
    let mut stmt = conn.prepare("PRAGMA integrity_check(5)")?;
    let messages = stmt
        .query_map([], |r| r.get::<_, String>(0))?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(messages.into_iter().filter(|m| m != "ok").collect())
}

/// The schema version a database file was written with.
pub fn schema_version(conn: &Connection) -> Result<i64> {
    Ok(conn.pragma_query_value(None, "user_version", |r| r.get(0))?)
}

/// Whether the file has the tables of a Boussole library.
pub fn has_library_tables(conn: &Connection) -> Result<bool> {
    let tables: i64 = conn.query_row(
        "SELECT COUNT(*) FROM sqlite_schema WHERE type = 'table' AND name IN ('plans', 'plan_sections')",
        [],
        |r| r.get(0),
    )?;
    Ok(tables == 2)
}

/// The plans of a library file (deleted ones left out), most recently changed first, read with
/// the columns every schema version has.
pub fn plans_in(conn: &Connection) -> Result<Vec<BackupPlan>> {
    let mut stmt = conn.prepare(
        "SELECT id, company_name, plan_year, updated_at FROM plans WHERE deleted_at IS NULL
         ORDER BY updated_at DESC, id DESC",
    )?;
    let rows = stmt.query_map([], |r| {
        Ok(BackupPlan {
            id: PlanId(r.get(0)?),
            company_name: r.get(1)?,
            plan_year: r.get(2)?,
            updated_at: r.get(3)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// The journal mode of a database file ("wal", "delete"...).
#[cfg(test)]
pub fn journal_mode(conn: &Connection) -> Result<String> {
    Ok(conn.pragma_query_value(None, "journal_mode", |r| r.get(0))?)
}

/// Sets a database file's schema version, as a newer Boussole would have written it.
#[cfg(test)]
pub fn set_schema_version(conn: &Connection, version: i64) -> Result<()> {
    Ok(conn.pragma_update(None, "user_version", version)?)
}

/// Writes an SQLite database that is not Boussole's (one table, schema version 1).
#[cfg(test)]
pub fn write_foreign_database(path: &Path) -> Result<()> {
    Connection::open(path)?.execute_batch("CREATE TABLE t (x); PRAGMA user_version = 1;")?;
    Ok(())
}
