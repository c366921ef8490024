//! Opening the library: the start-up sequence (open, migrate, seed the example once, score what
//! is not scored), the app's session (which purges the plans deleted before the previous
//! session, which nothing can undo any more) and the recovery of a damaged database, which is
//! moved aside, never deleted.

use std::path::{Path, PathBuf};

use chrono::{DateTime, NaiveDate, NaiveDateTime, Utc};
use schemars::JsonSchema;
use serde::Serialize;
use ts_rs::TS;

use super::backups::{self, BackupInfo};
use super::{stored, Library};
use crate::error::{Error, ErrorPayload, Result};
use crate::plan::{Language, Plan};
use crate::store::{self, Connection};

/// The settings key that records that the example plan was seeded once.
pub(super) const SEEDED_KEY: &str = "example_seeded";
/// The settings key that records when the app's last session started (RFC 3339, UTC).
const SESSION_KEY: &str = "session_started_at";

/// What happened when the database was found damaged at start.
#[derive(Debug, Clone, Serialize, TS, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct Recovery {
    /// What was wrong, in the database's words.
    pub reason: String,
    /// Where the damaged file was moved; it is kept, never deleted.
    pub damaged_copy: String,
    /// The backups that can be restored, newest first.
    pub backups: Vec<BackupInfo>,
}

/// What the UI needs to know about the running app.
#[derive(Debug, Clone, Serialize, TS, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct AppInfo {
    pub version: String,
    pub data_dir: String,
    /// The interface language: the user's choice, or else the system's.
    pub language: Language,
    /// Set when the library could not be opened at start; the UI explains it.
    pub startup_error: Option<ErrorPayload>,
    /// Set when a damaged database was moved aside at start; the UI offers a backup.
    pub recovery: Option<Recovery>,
    /// The library can be read but not changed (its folder or file cannot be written); the
    /// library screen says so.
    pub read_only: bool,
    /// Today, from the product's one clock: the page never reads its own.
    pub today: NaiveDate,
}

impl Library {
    /// Opens the library in `data_dir`: migrates, seeds the example plan the first time. Deleted
    /// plans stay restorable: a window on the same library may still undo a deletion, so only
    /// the app's start purges (`open_or_recover`), and the command line never does.
    ///
    /// An empty database file beside backups is reported as damaged rather than opened as a new
    /// library (which SQLite would do): something emptied the owner's plans.
    pub fn open(data_dir: &Path, today: NaiveDate) -> Result<Library> {
        let db = store::db_path(data_dir);
        if std::fs::metadata(&db).is_ok_and(|m| m.len() == 0)
            && backups::any_backup(&backups::default_dir(data_dir))
        {
            return Err(Error::Damaged(format!(
                "{} is empty, although backups of earlier plans exist",
                db.display()
            )));
        }
        let (mut conn, access) = store::open_library(data_dir)?;
        if access == store::Access::ReadWrite {
            seed_once(&mut conn, today)?;
            for id in store::plans::unscored(&conn)? {
                let plan = stored::read(&conn, id)?.plan;
                store::plans::set_readiness(&conn, id, score(&plan, today))?;
            }
        }
        Ok(Library::new(data_dir, conn, access))
    }

    /// Opens the library as the app does at its start, which begins a session: the plans
    /// deleted before the previous session started are purged (no window can undo them any
    /// more; those deleted since stay, for a window that may still be open). A damaged database
    /// is moved aside (kept, with a timestamp) and a fresh one started, and the recovery says
    /// where it went and which backups can be restored.
    pub fn open_or_recover(
        data_dir: &Path,
        now: NaiveDateTime,
    ) -> Result<(Library, Option<Recovery>)> {
        let (library, recovery) = Library::open_or_set_aside(data_dir, now)?;
        // The deletions are stamped by the clock in UTC: the session is too.
        library.begin_session(crate::clock::now())?;
        Ok((library, recovery))
    }

    /// Records that the app's session starts at `now`, and purges the plans deleted before the
    /// previous session started; returns how many.
    fn begin_session(&self, now: DateTime<Utc>) -> Result<usize> {
        if self.read_only {
            return Ok(0);
        }
        let mut inner = self.lock()?;
        inner.editing.forget_all();
        let tx = store::write(&mut inner.conn)?;
        let previous = store::settings::get(&tx, SESSION_KEY)?
            .and_then(|at| DateTime::parse_from_rfc3339(&at).ok())
            .map(|at| at.with_timezone(&Utc));
        let purged = match previous {
            Some(previous) => store::plans::purge_deleted_before(&tx, previous.min(now))?,
            None => 0,
        };
        store::settings::set(&tx, SESSION_KEY, &now.to_rfc3339())?;
        tx.commit()?;
        Ok(purged)
    }

    fn open_or_set_aside(
        data_dir: &Path,
        now: NaiveDateTime,
    ) -> Result<(Library, Option<Recovery>)> {
        match Library::open(data_dir, now.date()) {
            Ok(library) => Ok((library, None)),
            Err(e) if e.is_damage() => {
                let damaged_copy = set_aside_damaged(data_dir, now)?;
                // The owner had plans: an example appearing in their place would only confuse.
                store::settings::set(&store::open(data_dir)?, SEEDED_KEY, "1")?;
                let library = Library::open(data_dir, now.date())?;
                let backups = backups::list_backups(data_dir)
                    .unwrap_or_default()
                    .into_iter()
                    .filter(|b| b.problem.is_none())
                    .collect();
                let recovery = Recovery {
                    reason: e.to_string(),
                    damaged_copy: damaged_copy.display().to_string(),
                    backups,
                };
                Ok((library, Some(recovery)))
            }
            Err(e) => Err(e),
        }
    }
}

/// The checklist's readiness score of a plan.
pub(super) fn score(plan: &Plan, today: NaiveDate) -> u8 {
    crate::checklist::report(plan, today, plan.company.language).score
}

/// Moves a damaged database file and its journal files aside; returns the new name.
fn set_aside_damaged(data_dir: &Path, now: NaiveDateTime) -> Result<PathBuf> {
    let db = store::db_path(data_dir);
    let target = data_dir.join(format!(
        "boussole-damaged-{}.sqlite3",
        now.format("%Y%m%d-%H%M%S")
    ));
    for suffix in ["", "-wal", "-shm"] {
        let from = PathBuf::from(format!("{}{suffix}", db.display()));
        if from.exists() {
            let to = PathBuf::from(format!("{}{suffix}", target.display()));
            std::fs::rename(&from, &to).map_err(|e| {
                Error::io(
                    format!("cannot move the damaged database {} aside", from.display()),
                    e,
                )
            })?;
        }
    }
    Ok(target)
}

/// Stores the example plan the first time a library is opened; never again, even if the user
/// deletes it.
fn seed_once(conn: &mut Connection, today: NaiveDate) -> Result<()> {
    if store::settings::get(conn, SEEDED_KEY)?.is_some() {
        return Ok(());
    }
    let tx = store::write(conn)?;
    if store::settings::get(&tx, SEEDED_KEY)?.is_some() {
        return Ok(());
    }
    if store::plans::count_all(&tx)? == 0 {
        let plan = crate::seed::example_plan(crate::seed::default_seed_year(today));
        crate::plan::validate::plan(&plan)?;
        let identity = stored::identity_for(&tx, &plan)?.0;
        let id = stored::insert(&tx, &plan, identity, None)?;
        store::plans::set_readiness(&tx, id, score(&plan, today))?;
    }
    store::settings::set(&tx, SEEDED_KEY, "1")?;
    tx.commit()?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::usecases::testing::{self, today};

    #[test]
    fn first_open_seeds_the_example_once() {
        let dir = tempfile::tempdir().unwrap();
        let lib = Library::open(dir.path(), today()).unwrap();
        let listed = lib.list().unwrap();
        assert_eq!(listed.len(), 1);
        assert_eq!(listed[0].plan_year, 2027);
        assert!(
            listed[0].readiness.is_some_and(|s| s > 50),
            "the example is scored: {:?}",
            listed[0].readiness
        );
        lib.delete(listed[0].id).unwrap();
        drop(lib);
        let lib = Library::open(dir.path(), today()).unwrap();
        assert!(
            lib.list().unwrap().is_empty(),
            "a deleted example stays deleted"
        );
    }

    #[test]
    fn the_app_purges_only_the_plans_deleted_before_its_previous_session() {
        let (_dir, lib) = testing::empty();
        let at = |minute: i64| {
            DateTime::parse_from_rfc3339("2026-11-22T09:00:00Z")
                .unwrap()
                .with_timezone(&Utc)
                + chrono::TimeDelta::minutes(minute)
        };
        let plan = |name: &str| {
            lib.create(&Plan::blank(name, 2027, Language::Fr), None, today())
                .unwrap()
        };
        let (early, late) = (plan("Avant"), plan("Pendant"));
        let mark = |id, minute| {
            let inner = lib.lock().unwrap();
            store::plans::mark_deleted(&inner.conn, id, at(minute)).unwrap();
        };
        mark(early, 5);
        assert_eq!(lib.begin_session(at(10)).unwrap(), 0, "the first session");
        mark(late, 15);
        assert_eq!(
            lib.begin_session(at(20)).unwrap(),
            1,
            "deleted before the previous session: nothing can undo it"
        );
        assert_eq!(
            lib.restore(early).unwrap_err().kind(),
            crate::ErrorKind::NotFound
        );
        lib.restore(late).unwrap();
        mark(late, 25);
        assert_eq!(
            lib.begin_session(at(30)).unwrap(),
            0,
            "deleted in the previous session"
        );
        lib.restore(late).unwrap();
    }

    #[test]
    fn a_damaged_database_is_moved_aside_and_a_backup_offered() {
        let dir = tempfile::tempdir().unwrap();
        let now = today().and_hms_opt(10, 0, 0).unwrap();
        {
            let lib = Library::open(dir.path(), today()).unwrap();
            lib.backup_if_due(now - chrono::TimeDelta::days(1)).unwrap();
        }
        let db = store::db_path(dir.path());
        let _ = std::fs::remove_file(format!("{}-wal", db.display()));
        let _ = std::fs::remove_file(format!("{}-shm", db.display()));
        std::fs::write(&db, b"this is not a database at all, just scribbles").unwrap();

        let (lib, recovery) = Library::open_or_recover(dir.path(), now).unwrap();
        let recovery = recovery.expect("the damage is reported");
        assert!(
            recovery.reason.contains("the database"),
            "{}",
            recovery.reason
        );
        assert_eq!(
            std::fs::read(&recovery.damaged_copy).unwrap(),
            b"this is not a database at all, just scribbles",
            "the damaged file is kept as it was"
        );
        assert_eq!(recovery.backups.len(), 1);
        assert!(
            lib.list().unwrap().is_empty(),
            "no example in place of the owner's plans"
        );

        let restored = lib.restore_backup(&recovery.backups[0].path, now).unwrap();
        assert_eq!(restored.plans.len(), 1);
        assert_eq!(
            lib.list().unwrap().len(),
            1,
            "the library works after the restore"
        );
    }

    #[test]
    fn an_emptied_database_beside_backups_counts_as_damaged() {
        let dir = tempfile::tempdir().unwrap();
        let lib = Library::open(dir.path(), today()).unwrap();
        let now = today().and_hms_opt(9, 0, 0).unwrap();
        lib.backup_now(now).unwrap();
        drop(lib);
        let db = store::db_path(dir.path());
        std::fs::write(&db, b"").unwrap();

        let (lib, recovery) = Library::open_or_recover(dir.path(), now).unwrap();
        let recovery = recovery.expect("the empty file is reported");
        assert!(recovery.reason.contains("is empty"), "{}", recovery.reason);
        assert_eq!(recovery.backups.len(), 1, "the backup is offered");
        assert_eq!(std::fs::metadata(&recovery.damaged_copy).unwrap().len(), 0);
        assert!(
            lib.list().unwrap().is_empty(),
            "no example plan in place of the owner's"
        );
    }

    #[test]
    fn a_truncated_database_counts_as_damaged() {
        let dir = tempfile::tempdir().unwrap();
        drop(Library::open(dir.path(), today()).unwrap());
        let db = store::db_path(dir.path());
        let bytes = std::fs::read(&db).unwrap();
        std::fs::write(&db, &bytes[..bytes.len() / 2]).unwrap();
        let now = today().and_hms_opt(10, 0, 0).unwrap();
        let (_, recovery) = Library::open_or_recover(dir.path(), now).unwrap();
        assert!(recovery.is_some());
    }
}
