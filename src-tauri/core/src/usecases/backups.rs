//! Backups of the library's database: taken while the app runs, rotated, listed with the plans
//! each one holds, and restored in place of the current file.
//!
//! Backups are plain SQLite files in `backups/` beside the database, named by their local time.
//! Restoring never deletes anything: the current database is set aside under a dated name. The
//! caller passes the time.

use std::fs::File;
use std::path::{Path, PathBuf};

use chrono::{NaiveDateTime, TimeDelta};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::Library;
use crate::error::{Error, Result};
use crate::plan::BackupPlan;
use crate::store::{self, backup as queries, Connection, SCHEMA_VERSION};

/// The folder of automatic backups inside the data folder.
pub const BACKUP_DIR: &str = "backups";

const PREFIX: &str = "boussole-";
const SUFFIX: &str = ".sqlite3";
const STAMP: &str = "%Y%m%d-%H%M%S";

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

/// What a restore did.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct Restored {
    /// Where the database that was replaced now lies; none when there was none.
    pub set_aside: Option<PathBuf>,
    /// The plans of the restored database.
    pub plans: Vec<BackupPlan>,
}

impl Library {
    /// Takes the daily backup of the database when it is due (by the default policy).
    pub fn backup_if_due(&self, now: NaiveDateTime) -> Result<Option<PathBuf>> {
        self.backup_if_due_by(now, &BackupPolicy::default())
    }

    /// Takes a backup when the newest one is older than `policy` says, then rotates; returns the
    /// new backup, or none when it was not due.
    pub fn backup_if_due_by(
        &self,
        now: NaiveDateTime,
        policy: &BackupPolicy,
    ) -> Result<Option<PathBuf>> {
        // Nothing can change in a read-only library, and its folder takes no backup.
        if self.read_only {
            return Ok(None);
        }
        let dir = default_dir(&self.data_dir);
        let newest = dated_files(&dir)?.into_iter().map(|(_, taken)| taken).max();
        let due = match newest {
            None => true,
            // A backup dated in the future means the clock went back: take one now.
            Some(taken) => now - taken >= policy.every || taken > now,
        };
        if !due {
            return Ok(None);
        }
        let path = self.backup_now(now)?;
        rotate(&dir, policy)?;
        Ok(Some(path))
    }

    /// Takes a backup now, whatever the last one's date (the "back up now" button), to
    /// `boussole-YYYYMMDD-HHMMSS.sqlite3` in the backup folder; `now` is the local time.
    pub fn backup_now(&self, now: NaiveDateTime) -> Result<PathBuf> {
        self.writable()?;
        let dir = default_dir(&self.data_dir);
        self.reading(|c| backup_into(c, &dir, now))
    }

    /// Replaces the database with a backup, keeping the current one aside, and reopens it.
    pub fn restore_backup(&self, backup: &Path, now: NaiveDateTime) -> Result<Restored> {
        self.writable()?;
        let mut inner = self.lock()?;
        inner.editing.forget_all();
        // The file must be closed while it is swapped: hold a connection to nothing meanwhile.
        let previous = std::mem::replace(&mut inner.conn, store::detached()?);
        drop(previous);
        let restored = restore(backup, &self.data_dir, now);
        inner.conn = store::open(&self.data_dir)?;
        restored
    }
}

/// The backup folder of a data folder.
pub(super) fn default_dir(data_dir: &Path) -> PathBuf {
    data_dir.join(BACKUP_DIR)
}

fn backup_into(conn: &Connection, backup_dir: &Path, now: NaiveDateTime) -> Result<PathBuf> {
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
    queries::copy_to(conn, tmp.path())?;
    tmp.as_file().sync_all().map_err(fail)?;
    tmp.persist(&path).map_err(|e| fail(e.error))?;
    Ok(path)
}

/// Deletes the oldest backups beyond the policy's count; returns the deleted files. Only files
/// named like backups are touched.
fn rotate(backup_dir: &Path, policy: &BackupPolicy) -> Result<Vec<PathBuf>> {
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

/// The backups of a data folder, newest first, with what each holds; none when it has no
/// backup folder. Works without opening the library (whose file may be what is wrong).
pub fn list_backups(data_dir: &Path) -> Result<Vec<BackupInfo>> {
    let backup_dir = default_dir(data_dir);
    let mut files = dated_files(&backup_dir)?;
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
            Err(e) => (vec![], Some(reason(e))),
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
pub(super) fn any_backup(backup_dir: &Path) -> bool {
    dated_files(backup_dir).is_ok_and(|files| !files.is_empty())
}

/// Puts `backup` in place of the database of `data_dir`, after checking it is a sound Boussole
/// database this version can open. The current database is moved aside, never deleted. Every
/// connection to the current database must be closed first; the caller reopens the library.
fn restore(backup: &Path, data_dir: &Path, now: NaiveDateTime) -> Result<Restored> {
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

impl From<Error> for Unusable {
    fn from(e: Error) -> Self {
        Unusable::Broken(reason(e))
    }
}

/// What SQLite said, without the "the database could not be used" that would wrongly point at
/// the owner's own library.
fn reason(e: Error) -> String {
    match e {
        Error::Db(e) => e.to_string(),
        other => other.to_string(),
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
        Err(e @ Error::Io { .. }) => return Err(e),
        Err(e) => Err(Unusable::from(e)),
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
    let problems = queries::integrity_problems(conn)?;
    if !problems.is_empty() {
        return Err(Unusable::Broken(format!(
            "the file is damaged ({})",
            problems.join("; ")
        )));
    }
    let version = queries::schema_version(conn)?;
    if version > SCHEMA_VERSION {
        return Err(Unusable::TooNew(version));
    }
    if version < 1 || !queries::has_library_tables(conn)? {
        return Err(Unusable::Broken(
            "it is an SQLite database, but not one of Boussole".into(),
        ));
    }
    Ok(queries::plans_in(conn)?)
}

fn open_read_only(path: &Path) -> Result<Connection> {
    if !path.is_file() {
        return Err(Error::io(
            format!("cannot read {}", path.display()),
            std::io::Error::new(std::io::ErrorKind::NotFound, "the file does not exist"),
        ));
    }
    queries::open_read_only(path)
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
    use crate::usecases::testing::today;
    use crate::ErrorKind;

    fn at(day: u32, hour: u32) -> NaiveDateTime {
        chrono::NaiveDate::from_ymd_opt(2027, 1, day)
            .unwrap()
            .and_hms_opt(hour, 30, 0)
            .unwrap()
    }

    /// A library of two plans in `dir`.
    fn library(dir: &Path) -> Library {
        let lib = Library::open(dir, today()).unwrap();
        lib.create(&Plan::blank("Café Lune", 2027, Language::Fr), None, today())
            .unwrap();
        lib
    }

    fn names(dir: &Path) -> Vec<String> {
        let mut names: Vec<_> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    }

    fn company_names(lib: &Library) -> Vec<String> {
        let mut names: Vec<_> = lib
            .list()
            .unwrap()
            .into_iter()
            .map(|s| s.company_name)
            .collect();
        names.sort();
        names
    }

    #[test]
    fn backup_now_writes_a_dated_self_contained_copy() {
        let dir = tempfile::tempdir().unwrap();
        let lib = library(dir.path());
        let path = lib.backup_now(at(5, 9)).unwrap();
        assert_eq!(
            names(&default_dir(dir.path())),
            ["boussole-20270105-093000.sqlite3"]
        );
        let copy = queries::open_read_only(&path).unwrap();
        assert_eq!(queries::journal_mode(&copy).unwrap(), "delete");
        assert_eq!(queries::plans_in(&copy).unwrap().len(), 2);
    }

    #[test]
    fn list_tells_what_each_backup_holds() {
        let dir = tempfile::tempdir().unwrap();
        let lib = library(dir.path());
        lib.backup_now(at(5, 9)).unwrap();
        let id = lib.list().unwrap()[0].id;
        lib.delete(id).unwrap();
        lib.create(&Plan::blank("Fournil", 2028, Language::Fr), None, today())
            .unwrap();
        lib.backup_now(at(6, 9)).unwrap();
        std::fs::write(default_dir(dir.path()).join("notes.txt"), "not a backup").unwrap();
        let list = list_backups(dir.path()).unwrap();
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
        let lib = library(dir.path());
        let policy = BackupPolicy::default();
        assert!(
            lib.backup_if_due_by(at(5, 9), &policy).unwrap().is_some(),
            "first backup"
        );
        assert!(
            lib.backup_if_due_by(at(5, 23), &policy).unwrap().is_none(),
            "14 hours later"
        );
        assert!(
            lib.backup_if_due_by(at(6, 9), &policy).unwrap().is_some(),
            "24 hours later"
        );
        assert!(
            lib.backup_if_due_by(at(3, 9), &policy).unwrap().is_some(),
            "clock set back"
        );
        assert_eq!(list_backups(dir.path()).unwrap().len(), 3);
    }

    #[test]
    fn the_daily_backup_is_taken_once_a_day() {
        let dir = tempfile::tempdir().unwrap();
        let lib = Library::open(dir.path(), today()).unwrap();
        let morning = today().and_hms_opt(9, 0, 0).unwrap();
        assert!(lib.backup_if_due(morning).unwrap().is_some());
        assert!(lib
            .backup_if_due(morning + TimeDelta::hours(3))
            .unwrap()
            .is_none());
        assert!(lib
            .backup_if_due(morning + TimeDelta::days(1))
            .unwrap()
            .is_some());
        let backups = list_backups(dir.path()).unwrap();
        assert_eq!(backups.len(), 2);
        assert_eq!(backups[0].plans.len(), 1, "a backup holds the example plan");
    }

    #[test]
    fn rotation_keeps_the_newest() {
        let dir = tempfile::tempdir().unwrap();
        let lib = library(dir.path());
        let backups = default_dir(dir.path());
        let policy = BackupPolicy {
            every: TimeDelta::hours(24),
            keep: 3,
        };
        for day in 1..=6 {
            lib.backup_if_due_by(at(day, 8), &policy).unwrap();
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
        assert_eq!(list_backups(dir.path()).unwrap()[0].taken_at, at(6, 8));
    }

    #[test]
    fn restore_brings_the_plans_back_and_sets_the_current_database_aside() {
        let dir = tempfile::tempdir().unwrap();
        let lib = library(dir.path());
        let backup = lib.backup_now(at(5, 9)).unwrap();
        for p in lib.list().unwrap() {
            lib.delete(p.id).unwrap();
        }
        drop(lib);
        let lib = Library::open(dir.path(), today()).unwrap();
        lib.create(&Plan::blank("Nouveau", 2028, Language::En), None, today())
            .unwrap();

        let restored = lib.restore_backup(&backup, at(7, 18)).unwrap();
        let aside = restored.set_aside.clone().unwrap();
        assert_eq!(
            aside.file_name().unwrap(),
            "boussole-before-restore-20270107-183000.sqlite3"
        );
        assert_eq!(restored.plans.len(), 2);
        assert_eq!(company_names(&lib), ["Biscuiterie Caradec", "Café Lune"]);
        let example = lib
            .list()
            .unwrap()
            .into_iter()
            .find(|s| s.company_name == "Biscuiterie Caradec")
            .unwrap();
        assert_eq!(
            Plan {
                id: None,
                ..lib.plan(example.id).unwrap().plan
            },
            crate::seed::example_plan(2027)
        );
        drop(lib);
        // The replaced database, with its latest change, is still there to open.
        let previous = queries::open_read_only(&aside).unwrap();
        let names: Vec<_> = queries::plans_in(&previous)
            .unwrap()
            .into_iter()
            .map(|p| p.company_name)
            .collect();
        assert_eq!(names, ["Nouveau"]);
        assert!(backup.exists(), "the backup itself stays");
    }

    #[test]
    fn restoring_twice_in_the_same_second_keeps_both_databases() {
        let dir = tempfile::tempdir().unwrap();
        let lib = library(dir.path());
        let backup = lib.backup_now(at(5, 9)).unwrap();
        let first = lib
            .restore_backup(&backup, at(7, 18))
            .unwrap()
            .set_aside
            .unwrap();
        let second = lib
            .restore_backup(&backup, at(7, 18))
            .unwrap()
            .set_aside
            .unwrap();
        assert_ne!(first, second);
        assert!(first.exists() && second.exists());
    }

    #[test]
    fn restore_into_an_empty_data_folder() {
        let dir = tempfile::tempdir().unwrap();
        let backup = library(&dir.path().join("old"))
            .backup_now(at(5, 9))
            .unwrap();
        let data = dir.path().join("new");
        let restored = restore(&backup, &data, at(7, 18)).unwrap();
        assert_eq!(restored.set_aside, None);
        assert_eq!(
            Library::open(&data, today()).unwrap().list().unwrap().len(),
            2
        );
    }

    #[test]
    fn a_damaged_backup_is_refused_and_nothing_changes() {
        let dir = tempfile::tempdir().unwrap();
        let data = dir.path();
        let backups = default_dir(data);
        let good = library(data).backup_now(at(5, 9)).unwrap();
        let before = std::fs::read(store::db_path(data)).unwrap();

        let junk = backups.join("boussole-20270106-093000.sqlite3");
        std::fs::write(&junk, vec![0x5a_u8; 8192]).unwrap();
        let err = restore(&junk, data, at(7, 18)).unwrap_err();
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
        let err = restore(&damaged, data, at(7, 18)).unwrap_err();
        assert_eq!(err.kind(), ErrorKind::BadFile);
        assert!(
            err.to_string()
                .starts_with("boussole-20270107-093000.sqlite3 is not a usable Boussole backup"),
            "{err}"
        );
        assert!(err.to_string().ends_with("Nothing was changed."), "{err}");

        assert_eq!(
            std::fs::read(store::db_path(data)).unwrap(),
            before,
            "the database is untouched"
        );
        assert_eq!(
            names(data),
            ["backups", "boussole.sqlite3"],
            "nothing set aside, no copy left"
        );
        let listed = list_backups(data).unwrap();
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
        queries::write_foreign_database(&other).unwrap();
        let err = restore(&other, &data, at(7, 18)).unwrap_err();
        assert_eq!(
            err.to_string(),
            "other.sqlite3 is not a usable Boussole backup: it is an SQLite database, but not one of \
             Boussole. Nothing was changed."
        );
        let newer = {
            let path = library(&dir.path().join("src"))
                .backup_now(at(5, 9))
                .unwrap();
            queries::set_schema_version(
                &store::Connection::open(&path).unwrap(),
                SCHEMA_VERSION + 1,
            )
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
        let lib = library(dir.path());
        let err = lib
            .restore_backup(&store::db_path(dir.path()), at(7, 18))
            .unwrap_err();
        assert_eq!(err.kind(), ErrorKind::Invalid);
    }
}
