//! Backups of the library's database: taken with SQLite's online backup API while the app runs,
//! rotated, listed with the plans each one holds, and restored in place of the current file.
//!
//! Backups are plain SQLite files named by their local time. Restoring never deletes anything:
//! the current database is set aside under a dated name. It knows nothing of windows or timers:
//! the caller passes the time and reopens the library after a restore.

use std::fs::File;
use std::path::{Path, PathBuf};
use std::time::Duration;

use chrono::{DateTime, NaiveDateTime, TimeDelta, Utc};
use rusqlite::backup::{Backup, StepResult};
use rusqlite::{Connection, OpenFlags};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::{Error, Result};
use crate::plan::PlanId;
use crate::store::{self, SCHEMA_VERSION};

/// The folder of automatic backups inside the data folder.
pub const BACKUP_DIR: &str = "backups";

const PREFIX: &str = "boussole-";
const SUFFIX: &str = ".sqlite3";
const STAMP: &str = "%Y%m%d-%H%M%S";
/// How often a backup step that finds the database busy is tried again, and how long it waits.
const BUSY_RETRIES: u32 = 50;
const BUSY_PAUSE: Duration = Duration::from_millis(100);

/// When automatic backups are taken and how many are kept.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BackupPolicy {
    /// A backup is due when the newest one is at least this old.
    pub every: TimeDelta,
    /// How many backups rotation keeps, newest first; at least one is always kept.
    pub keep: usize,
}

impl Default for BackupPolicy {
    /// Daily, two weeks kept.
    fn default() -> Self {
        BackupPolicy {
            every: TimeDelta::hours(24),
            keep: 14,
        }
    }
}

/// A backup file and what it holds.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct BackupInfo {
    pub path: PathBuf,
    pub file_name: String,
    /// When it was taken, in local time, as its name says.
    pub taken_at: NaiveDateTime,
    pub size_bytes: u64,
    /// The plans inside (deleted ones left out), most recently changed first.
    pub plans: Vec<BackupPlan>,
    /// Why it cannot be restored (damaged, not Boussole's, too new); none when it can.
    pub problem: Option<String>,
}

/// A plan found in a backup.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct BackupPlan {
    pub id: PlanId,
    pub company_name: String,
    pub plan_year: i32,
    pub updated_at: DateTime<Utc>,
}

/// What a restore did.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct Restored {
    /// Where the database that was replaced now lies; none when there was none.
    pub set_aside: Option<PathBuf>,
    /// The plans of the restored database.
    pub plans: Vec<BackupPlan>,
}

/// The backup folder of a data folder.
pub fn default_dir(data_dir: &Path) -> PathBuf {
    data_dir.join(BACKUP_DIR)
}

/// Copies the database behind `conn` to `boussole-YYYYMMDD-HHMMSS.sqlite3` in `backup_dir`;
/// `now` is the local time. The copy is consistent even while the app keeps writing.
pub fn backup_now(conn: &Connection, backup_dir: &Path, now: NaiveDateTime) -> Result<PathBuf> {
    let path = backup_dir.join(file_name(now));
    let fail =
        |e: std::io::Error| Error::io(format!("cannot write the backup {}", path.display()), e);
    std::fs::create_dir_all(backup_dir).map_err(fail)?;
    // Written under a temporary name and renamed, so a backup listed is always a whole one.
    let tmp = tempfile::Builder::new()
        .prefix(".boussole-")
        .suffix(".part")
        .tempfile_in(backup_dir)
        .map_err(fail)?;
    {
        let mut copy = Connection::open(tmp.path())?;
        copy_into(conn, &mut copy)?;
        // A single self-contained file: no -wal beside it to lose when it is copied around.
        copy.pragma_update(None, "journal_mode", "DELETE")?;
    }
    tmp.as_file().sync_all().map_err(fail)?;
    tmp.persist(&path).map_err(|e| fail(e.error))?;
    Ok(path)
}

fn copy_into(from: &Connection, to: &mut Connection) -> Result<()> {
    let backup = Backup::new(from, to)?;
    let mut busy = 0;
    loop {
        // -1 copies every page in one step: the database of a plan library is small.
        match backup.step(-1)? {
            StepResult::Done => return Ok(()),
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

/// Takes a backup when the newest one is older than the policy says, then rotates; returns the
/// new backup, or none when it was not due.
pub fn backup_if_due(
    conn: &Connection,
    backup_dir: &Path,
    now: NaiveDateTime,
    policy: &BackupPolicy,
) -> Result<Option<PathBuf>> {
    let newest = dated_files(backup_dir)?
        .into_iter()
        .map(|(_, taken)| taken)
        .max();
    let due = match newest {
        None => true,
        // A backup dated in the future means the clock went back: take one now.
        Some(taken) => now - taken >= policy.every || taken > now,
    };
    if !due {
        return Ok(None);
    }
    let path = backup_now(conn, backup_dir, now)?;
    rotate(backup_dir, policy)?;
    Ok(Some(path))
}

/// Deletes the oldest backups beyond the policy's count; returns the deleted files. Only files
/// named like backups are touched.
pub fn rotate(backup_dir: &Path, policy: &BackupPolicy) -> Result<Vec<PathBuf>> {
    let mut files = dated_files(backup_dir)?;
    files.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| b.0.cmp(&a.0)));
    let mut removed = Vec::new();
    for (path, _) in files.into_iter().skip(policy.keep.max(1)) {
        std::fs::remove_file(&path).map_err(|e| {
            Error::io(
                format!("cannot delete the old backup {}", path.display()),
                e,
            )
        })?;
        removed.push(path);
    }
    Ok(removed)
}

/// The backups in `backup_dir`, newest first, with what each holds; a missing folder has none.
pub fn list_backups(backup_dir: &Path) -> Result<Vec<BackupInfo>> {
    let mut files = dated_files(backup_dir)?;
    files.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| b.0.cmp(&a.0)));
    let mut out = Vec::with_capacity(files.len());
    for (path, taken_at) in files {
        let size_bytes = std::fs::metadata(&path)
            .map_err(|e| Error::io(format!("cannot read {}", path.display()), e))?
            .len();
        let (plans, problem) = match open_read_only(&path) {
            Ok(conn) => match inspect(&conn) {
                Ok(plans) => (plans, None),
                Err(unusable) => (vec![], Some(unusable.describe())),
            },
            Err(Error::Db(e)) => (vec![], Some(e.to_string())),
            Err(e) => (vec![], Some(e.to_string())),
        };
        let file_name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        out.push(BackupInfo {
            path,
            file_name,
            taken_at,
            size_bytes,
            plans,
            problem,
        });
    }
    Ok(out)
}

/// Whether the folder holds at least one backup (whole or not; nothing is opened).
pub fn any_backup(backup_dir: &Path) -> bool {
    dated_files(backup_dir).is_ok_and(|files| !files.is_empty())
}

/// Puts `backup` in place of the database of `data_dir`, after checking it is a sound Boussole
/// database this version can open. The current database is moved aside, never deleted. Every
/// connection to the current database must be closed first; the caller reopens the library.
pub fn restore(backup: &Path, data_dir: &Path, now: NaiveDateTime) -> Result<Restored> {
    let db = store::db_path(data_dir);
    if same_file(backup, &db) {
        return Err(Error::invalid(
            "backup",
            "is the current database itself: choose a backup file",
        ));
    }
    let plans = check(backup)?;
    let shown = backup.display();
    let fail = |e: std::io::Error| Error::io(format!("cannot restore {shown}"), e);
    std::fs::create_dir_all(data_dir).map_err(fail)?;
    // Copied next to the database first, so that the switch below is two renames.
    let mut tmp = tempfile::Builder::new()
        .prefix(".boussole-")
        .suffix(".part")
        .tempfile_in(data_dir)
        .map_err(fail)?;
    std::io::copy(&mut File::open(backup).map_err(fail)?, tmp.as_file_mut()).map_err(fail)?;
    tmp.as_file().sync_all().map_err(fail)?;
    let set_aside = set_aside(&db, data_dir, now)?;
    if let Err(e) = tmp.persist(&db) {
        if let Some(aside) = &set_aside {
            // Puts the previous database back; the error reported is the one that stopped us.
            let _ = std::fs::rename(aside, &db);
        }
        return Err(fail(e.error));
    }
    Ok(Restored { set_aside, plans })
}

/// Moves the database and its WAL files to dated names; returns the database's new path.
fn set_aside(db: &Path, data_dir: &Path, now: NaiveDateTime) -> Result<Option<PathBuf>> {
    if !db.exists() {
        return Ok(None);
    }
    let stamp = now.format(STAMP);
    let mut aside = data_dir.join(format!("{PREFIX}before-restore-{stamp}{SUFFIX}"));
    let mut n = 1;
    while aside.exists() {
        n += 1;
        aside = data_dir.join(format!("{PREFIX}before-restore-{stamp}-{n}{SUFFIX}"));
    }
    let fail = |e: std::io::Error| {
        Error::io(
            format!("cannot move the current database {} aside", db.display()),
            e,
        )
    };
    // The -wal file may hold the latest changes: it moves with its database, under the name
    // SQLite looks for beside the new one.
    for ext in ["-wal", "-shm"] {
        let from = with_suffix(db, ext);
        if from.exists() {
            std::fs::rename(&from, with_suffix(&aside, ext)).map_err(fail)?;
        }
    }
    std::fs::rename(db, &aside).map_err(fail)?;
    Ok(Some(aside))
}

fn with_suffix(path: &Path, ext: &str) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(ext);
    PathBuf::from(name)
}

fn same_file(a: &Path, b: &Path) -> bool {
    match (a.canonicalize(), b.canonicalize()) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    }
}

/// Why a database file cannot be restored.
enum Unusable {
    /// Damaged, or not a Boussole database: what is wrong, in words.
    Broken(String),
    /// Written by a newer version, with this schema version.
    TooNew(i64),
}

impl Unusable {
    /// The reason as shown beside a listed backup.
    fn describe(&self) -> String {
        match self {
            Unusable::Broken(reason) => reason.clone(),
            Unusable::TooNew(version) => format!(
                "written by a newer version of Boussole (schema {version}; this version knows up to {SCHEMA_VERSION})"
            ),
        }
    }
}

impl From<rusqlite::Error> for Unusable {
    fn from(e: rusqlite::Error) -> Self {
        Unusable::Broken(e.to_string())
    }
}

/// Checks a backup before it is restored; returns its plans.
fn check(backup: &Path) -> Result<Vec<BackupPlan>> {
    let name = backup
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let conn = match open_read_only(backup) {
        Ok(conn) => Ok(conn),
        Err(Error::Db(e)) => Err(Unusable::from(e)),
        Err(other) => return Err(other),
    };
    match conn.and_then(|c| inspect(&c)) {
        Ok(plans) => Ok(plans),
        Err(Unusable::Broken(reason)) => Err(Error::BadFile(format!(
            "{name} is not a usable Boussole backup: {reason}. Nothing was changed."
        ))),
        Err(Unusable::TooNew(version)) => Err(Error::TooNew(format!(
            "{name} was written by a newer version of Boussole (schema {version}; this version knows \
             up to {SCHEMA_VERSION}). Update Boussole to restore it; nothing was changed."
        ))),
    }
}

/// Checks that a database is sound and a Boussole library this version can open; returns its
/// plans. The full integrity check reads every page: a library is small enough for it.
fn inspect(conn: &Connection) -> std::result::Result<Vec<BackupPlan>, Unusable> {
    let problems = integrity_problems(conn)?;
    if !problems.is_empty() {
        return Err(Unusable::Broken(format!(
            "the file is damaged ({})",
            problems.join("; ")
        )));
    }
    let version: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
    if version > SCHEMA_VERSION {
        return Err(Unusable::TooNew(version));
    }
    let tables: i64 = conn.query_row(
        "SELECT COUNT(*) FROM sqlite_schema WHERE type = 'table' AND name IN ('plans', 'plan_sections')",
        [],
        |r| r.get(0),
    )?;
    if version < 1 || tables != 2 {
        return Err(Unusable::Broken(
            "it is an SQLite database, but not one of Boussole".into(),
        ));
    }
    Ok(plans_in(conn)?)
}

fn open_read_only(path: &Path) -> Result<Connection> {
    if !path.is_file() {
        return Err(Error::io(
            format!("cannot read {}", path.display()),
            std::io::Error::new(std::io::ErrorKind::NotFound, "the file does not exist"),
        ));
    }
    Ok(Connection::open_with_flags(
        path,
        OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )?)
}

/// The messages of SQLite's integrity check; none when the file is sound.
fn integrity_problems(conn: &Connection) -> rusqlite::Result<Vec<String>> {
    let mut stmt = conn.prepare("PRAGMA integrity_check(5)")?;
    let messages = stmt
        .query_map([], |r| r.get::<_, String>(0))?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(messages.into_iter().filter(|m| m != "ok").collect())
}

/// The plans of a Boussole database, with the columns every schema version has.
fn plans_in(conn: &Connection) -> rusqlite::Result<Vec<BackupPlan>> {
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
    rows.collect()
}

fn file_name(taken: NaiveDateTime) -> String {
    format!("{PREFIX}{}{SUFFIX}", taken.format(STAMP))
}

/// The files of `dir` named like backups, with the time their name gives.
fn dated_files(dir: &Path) -> Result<Vec<(PathBuf, NaiveDateTime)>> {
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(vec![]),
        Err(e) => {
            return Err(Error::io(
                format!("cannot read the backup folder {}", dir.display()),
                e,
            ))
        }
    };
    let mut files = Vec::new();
    for entry in entries {
        let entry = entry.map_err(|e| {
            Error::io(
                format!("cannot read the backup folder {}", dir.display()),
                e,
            )
        })?;
        let name = entry.file_name();
        let taken = name
            .to_str()
            .and_then(|n| n.strip_prefix(PREFIX))
            .and_then(|n| n.strip_suffix(SUFFIX))
            .and_then(|stamp| NaiveDateTime::parse_from_str(stamp, STAMP).ok());
        if let Some(taken) = taken {
            if entry.file_type().is_ok_and(|t| t.is_file()) {
                files.push((entry.path(), taken));
            }
        }
    }
    Ok(files)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plan::{Language, Plan};
    use crate::store::plans;
    use crate::ErrorKind;

    fn at(day: u32, hour: u32) -> NaiveDateTime {
        chrono::NaiveDate::from_ymd_opt(2027, 1, day)
            .unwrap()
            .and_hms_opt(hour, 30, 0)
            .unwrap()
    }

    /// A data folder with two plans, and its open connection.
    fn library(dir: &Path) -> Connection {
        let mut conn = store::open(dir).unwrap();
        plans::create(&mut conn, &crate::seed::example_plan(2027), None).unwrap();
        plans::create(
            &mut conn,
            &Plan::blank("Café Lune", 2027, Language::Fr),
            None,
        )
        .unwrap();
        conn
    }

    fn names(dir: &Path) -> Vec<String> {
        let mut names: Vec<_> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    }

    #[test]
    fn backup_now_writes_a_dated_self_contained_copy() {
        let dir = tempfile::tempdir().unwrap();
        let conn = library(&dir.path().join("data"));
        let backups = dir.path().join("backups");
        let path = backup_now(&conn, &backups, at(5, 9)).unwrap();
        assert_eq!(names(&backups), ["boussole-20270105-093000.sqlite3"]);
        let copy = Connection::open(&path).unwrap();
        let mode: String = copy
            .pragma_query_value(None, "journal_mode", |r| r.get(0))
            .unwrap();
        assert_eq!(mode, "delete");
        let count: i64 = copy
            .query_row("SELECT COUNT(*) FROM plans", [], |r| r.get(0))
            .unwrap();
        assert_eq!(count, 2);
    }

    #[test]
    fn list_tells_what_each_backup_holds() {
        let dir = tempfile::tempdir().unwrap();
        let mut conn = library(&dir.path().join("data"));
        let backups = dir.path().join("backups");
        backup_now(&conn, &backups, at(5, 9)).unwrap();
        let id = plans::list(&conn).unwrap()[0].id;
        plans::delete(&conn, id).unwrap();
        plans::create(&mut conn, &Plan::blank("Fournil", 2028, Language::Fr), None).unwrap();
        backup_now(&conn, &backups, at(6, 9)).unwrap();
        std::fs::write(backups.join("notes.txt"), "not a backup").unwrap();
        let list = list_backups(&backups).unwrap();
        assert_eq!(list.len(), 2, "other files are ignored");
        assert_eq!(list[0].file_name, "boussole-20270106-093000.sqlite3");
        assert_eq!(list[0].taken_at, at(6, 9));
        assert!(list[0].size_bytes > 0);
        assert_eq!(list[0].problem, None);
        let newest: Vec<_> = list[0]
            .plans
            .iter()
            .map(|p| (p.company_name.as_str(), p.plan_year))
            .collect();
        assert_eq!(newest.len(), 2, "the deleted plan is left out: {newest:?}");
        assert_eq!(newest[0], ("Fournil", 2028));
        let oldest: Vec<_> = list[1]
            .plans
            .iter()
            .map(|p| p.company_name.as_str())
            .collect();
        assert_eq!(oldest.len(), 2);
        assert!(oldest.contains(&"Biscuiterie Caradec") && oldest.contains(&"Café Lune"));
        assert_eq!(
            list_backups(&dir.path().join("none")).unwrap(),
            vec![],
            "no folder, no backups"
        );
    }

    #[test]
    fn a_backup_is_due_daily() {
        let dir = tempfile::tempdir().unwrap();
        let conn = library(&dir.path().join("data"));
        let backups = dir.path().join("backups");
        let policy = BackupPolicy::default();
        assert!(
            backup_if_due(&conn, &backups, at(5, 9), &policy)
                .unwrap()
                .is_some(),
            "first backup"
        );
        assert!(
            backup_if_due(&conn, &backups, at(5, 23), &policy)
                .unwrap()
                .is_none(),
            "14 hours later"
        );
        assert!(
            backup_if_due(&conn, &backups, at(6, 9), &policy)
                .unwrap()
                .is_some(),
            "24 hours later"
        );
        assert!(
            backup_if_due(&conn, &backups, at(3, 9), &policy)
                .unwrap()
                .is_some(),
            "clock set back"
        );
        assert_eq!(list_backups(&backups).unwrap().len(), 3);
    }

    #[test]
    fn rotation_keeps_the_newest() {
        let dir = tempfile::tempdir().unwrap();
        let conn = library(&dir.path().join("data"));
        let backups = dir.path().join("backups");
        let policy = BackupPolicy {
            every: TimeDelta::hours(24),
            keep: 3,
        };
        for day in 1..=6 {
            backup_if_due(&conn, &backups, at(day, 8), &policy).unwrap();
        }
        std::fs::write(backups.join("boussole-keep-me.sqlite3"), "mine").unwrap();
        assert_eq!(
            names(&backups),
            [
                "boussole-20270104-083000.sqlite3",
                "boussole-20270105-083000.sqlite3",
                "boussole-20270106-083000.sqlite3",
                "boussole-keep-me.sqlite3",
            ]
        );
        let none_kept = BackupPolicy {
            every: TimeDelta::hours(24),
            keep: 0,
        };
        assert_eq!(
            rotate(&backups, &none_kept).unwrap().len(),
            2,
            "one backup always stays"
        );
        assert_eq!(list_backups(&backups).unwrap()[0].taken_at, at(6, 8));
    }

    #[test]
    fn restore_brings_the_plans_back_and_sets_the_current_database_aside() {
        let dir = tempfile::tempdir().unwrap();
        let data = dir.path().join("data");
        let backups = default_dir(&data);
        let backup = {
            let mut conn = library(&data);
            let backup = backup_now(&conn, &backups, at(5, 9)).unwrap();
            let listed = plans::list(&conn).unwrap();
            for p in &listed {
                plans::delete(&conn, p.id).unwrap();
            }
            plans::purge_deleted(&conn).unwrap();
            plans::create(&mut conn, &Plan::blank("Nouveau", 2028, Language::En), None).unwrap();
            backup
        };
        let restored = restore(&backup, &data, at(7, 18)).unwrap();
        let aside = restored.set_aside.clone().unwrap();
        assert_eq!(
            aside.file_name().unwrap(),
            "boussole-before-restore-20270107-183000.sqlite3"
        );
        assert_eq!(restored.plans.len(), 2);
        let conn = store::open(&data).unwrap();
        let mut back: Vec<_> = plans::list(&conn)
            .unwrap()
            .into_iter()
            .map(|s| s.company_name)
            .collect();
        back.sort();
        assert_eq!(back, ["Biscuiterie Caradec", "Café Lune"]);
        let example = plans::list(&conn)
            .unwrap()
            .into_iter()
            .find(|s| s.company_name == "Biscuiterie Caradec")
            .unwrap();
        assert_eq!(
            plans::get(&conn, example.id).unwrap().plan,
            crate::seed::example_plan(2027)
        );
        drop(conn);
        // The replaced database, with its latest change, is still there to open.
        let previous = Connection::open(&aside).unwrap();
        let names: Vec<String> = previous
            .prepare("SELECT company_name FROM plans")
            .unwrap()
            .query_map([], |r| r.get(0))
            .unwrap()
            .collect::<rusqlite::Result<_>>()
            .unwrap();
        assert_eq!(names, ["Nouveau"]);
        assert!(backup.exists(), "the backup itself stays");
    }

    #[test]
    fn restoring_twice_in_the_same_second_keeps_both_databases() {
        let dir = tempfile::tempdir().unwrap();
        let data = dir.path().join("data");
        let backup = {
            let conn = library(&data);
            backup_now(&conn, &default_dir(&data), at(5, 9)).unwrap()
        };
        let first = restore(&backup, &data, at(7, 18))
            .unwrap()
            .set_aside
            .unwrap();
        let second = restore(&backup, &data, at(7, 18))
            .unwrap()
            .set_aside
            .unwrap();
        assert_ne!(first, second);
        assert!(first.exists() && second.exists());
    }

    #[test]
    fn restore_into_an_empty_data_folder() {
        let dir = tempfile::tempdir().unwrap();
        let backup = {
            let conn = library(&dir.path().join("old"));
            backup_now(&conn, dir.path(), at(5, 9)).unwrap()
        };
        let data = dir.path().join("new");
        let restored = restore(&backup, &data, at(7, 18)).unwrap();
        assert_eq!(restored.set_aside, None);
        assert_eq!(plans::list(&store::open(&data).unwrap()).unwrap().len(), 2);
    }

    #[test]
    fn a_damaged_backup_is_refused_and_nothing_changes() {
        let dir = tempfile::tempdir().unwrap();
        let data = dir.path().join("data");
        let backups = default_dir(&data);
        let good = {
            let conn = library(&data);
            backup_now(&conn, &backups, at(5, 9)).unwrap()
        };
        let before = std::fs::read(store::db_path(&data)).unwrap();

        let junk = backups.join("boussole-20270106-093000.sqlite3");
        std::fs::write(&junk, vec![0x5a_u8; 8192]).unwrap();
        let err = restore(&junk, &data, at(7, 18)).unwrap_err();
        assert_eq!(err.kind(), ErrorKind::BadFile);
        assert_eq!(
            err.to_string(),
            "boussole-20270106-093000.sqlite3 is not a usable Boussole backup: file is not a database. \
             Nothing was changed."
        );

        let mut bytes = std::fs::read(&good).unwrap();
        let page = 4096;
        assert!(bytes.len() > 3 * page);
        for b in &mut bytes[2 * page..3 * page] {
            *b = 0xa5;
        }
        let damaged = backups.join("boussole-20270107-093000.sqlite3");
        std::fs::write(&damaged, bytes).unwrap();
        let err = restore(&damaged, &data, at(7, 18)).unwrap_err();
        assert_eq!(err.kind(), ErrorKind::BadFile);
        assert!(
            err.to_string()
                .starts_with("boussole-20270107-093000.sqlite3 is not a usable Boussole backup"),
            "{err}"
        );
        assert!(err.to_string().ends_with("Nothing was changed."), "{err}");

        assert_eq!(
            std::fs::read(store::db_path(&data)).unwrap(),
            before,
            "the database is untouched"
        );
        assert_eq!(
            names(&data),
            ["backups", "boussole.sqlite3"],
            "nothing set aside, no copy left"
        );
        let listed = list_backups(&backups).unwrap();
        assert_eq!(
            listed.iter().filter(|b| b.problem.is_some()).count(),
            2,
            "listed, with the problem"
        );
        assert!(listed
            .iter()
            .any(|b| b.problem.as_deref() == Some("file is not a database")));
    }

    #[test]
    fn other_databases_and_newer_ones_are_refused() {
        let dir = tempfile::tempdir().unwrap();
        let data = dir.path().join("data");
        let other = dir.path().join("other.sqlite3");
        Connection::open(&other)
            .unwrap()
            .execute_batch("CREATE TABLE t (x); PRAGMA user_version = 1;")
            .unwrap();
        let err = restore(&other, &data, at(7, 18)).unwrap_err();
        assert_eq!(
            err.to_string(),
            "other.sqlite3 is not a usable Boussole backup: it is an SQLite database, but not one of \
             Boussole. Nothing was changed."
        );
        let newer = {
            let conn = library(&dir.path().join("src"));
            let path = backup_now(&conn, dir.path(), at(5, 9)).unwrap();
            Connection::open(&path)
                .unwrap()
                .pragma_update(None, "user_version", SCHEMA_VERSION + 1)
                .unwrap();
            path
        };
        let err = restore(&newer, &data, at(7, 18)).unwrap_err();
        assert_eq!(err.kind(), ErrorKind::TooNew);
        let err = restore(&dir.path().join("missing.sqlite3"), &data, at(7, 18)).unwrap_err();
        assert_eq!(err.kind(), ErrorKind::Io);
        assert!(!store::db_path(&data).exists(), "nothing was created");
    }

    #[test]
    fn the_current_database_cannot_be_restored_onto_itself() {
        let dir = tempfile::tempdir().unwrap();
        drop(library(dir.path()));
        let err = restore(&store::db_path(dir.path()), dir.path(), at(7, 18)).unwrap_err();
        assert_eq!(err.kind(), ErrorKind::Invalid);
    }
}
