//! The plan library as the app and the CLI use it: one shared connection to the data folder's
//! database, opened with the example plan seeded on first start.
//!
//! It owns the start-up sequence (open, migrate, seed once, purge plans deleted last session)
//! and the language preference; it knows nothing of windows.

use std::path::{Path, PathBuf};
use std::sync::Mutex;

use chrono::NaiveDate;
use rusqlite::Connection;
use schemars::JsonSchema;
use serde::Serialize;
use ts_rs::TS;

use crate::checklist::{self, Report};
use crate::error::{Error, ErrorPayload, Result};
use crate::plan::{Language, Plan, PlanId, PlanSection};
use crate::renew::{self, RenewOptions, ReviewStatus, YearOverYear};
use crate::store::{self, plans, settings};

/// The settings key that records that the example plan was seeded once.
const SEEDED_KEY: &str = "example_seeded";
/// The settings key of the interface language chosen by the user.
const LANGUAGE_KEY: &str = "language";

/// What happened when the database was found damaged at start.
#[derive(Debug, Clone, Serialize, TS, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct Recovery {
    /// What was wrong, in the database's words.
    pub reason: String,
    /// Where the damaged file was moved; it is kept, never deleted.
    pub damaged_copy: String,
    /// The backups that can be restored, newest first.
    pub backups: Vec<crate::backup::BackupInfo>,
}

/// The data folder's database, shared by every command of one process.
pub struct Library {
    data_dir: PathBuf,
    inner: Mutex<Inner>,
}

/// The connection, and the plan being edited as last saved through it.
struct Inner {
    conn: Connection,
    open: Option<plans::OpenPlan>,
    /// The checklist report of the last save's reply, and its plan: a save whose report is the
    /// same replies without it (the UI keeps the one it has).
    replied: Option<(PlanId, Report)>,
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
}

impl Library {
    /// Opens the library in `data_dir`: migrates, seeds the example plan the first time, and
    /// purges the plans deleted during earlier sessions.
    ///
    /// An empty database file beside backups is reported as damaged rather than opened as a new
    /// library (which SQLite would do): something emptied the owner's plans.
    pub fn open(data_dir: &Path, today: NaiveDate) -> Result<Library> {
        let db = store::db_path(data_dir);
        if std::fs::metadata(&db).is_ok_and(|m| m.len() == 0)
            && crate::backup::any_backup(&crate::backup::default_dir(data_dir))
        {
            return Err(Error::Damaged(format!(
                "{} is empty, although backups of earlier plans exist",
                db.display()
            )));
        }
        let mut conn = store::open(data_dir)?;
        seed_once(&mut conn, today)?;
        plans::purge_deleted(&conn)?;
        for id in plans::unscored(&conn)? {
            let plan = plans::get(&conn, id)?.plan;
            plans::set_readiness(&conn, id, score(&plan, today))?;
        }
        Ok(Library {
            data_dir: data_dir.to_path_buf(),
            inner: Mutex::new(Inner {
                conn,
                open: None,
                replied: None,
            }),
        })
    }

    /// Opens the library; a damaged database is moved aside (kept, with a timestamp) and a fresh
    /// one started, and the recovery says where it went and which backups can be restored.
    pub fn open_or_recover(
        data_dir: &Path,
        now: chrono::NaiveDateTime,
    ) -> Result<(Library, Option<Recovery>)> {
        match Library::open(data_dir, now.date()) {
            Ok(library) => Ok((library, None)),
            Err(e) if e.is_damage() => {
                let damaged_copy = set_aside_damaged(data_dir, now)?;
                // The owner had plans: an example appearing in their place would only confuse.
                settings::set(&store::open(data_dir)?, SEEDED_KEY, "1")?;
                let library = Library::open(data_dir, now.date())?;
                let backups = crate::backup::list_backups(&crate::backup::default_dir(data_dir))
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

    /// Replaces the database with a backup, keeping the current one aside, and reopens it.
    pub fn restore(
        &self,
        backup: &Path,
        now: chrono::NaiveDateTime,
    ) -> Result<crate::backup::Restored> {
        let mut inner = self.lock()?;
        inner.open = None;
        // The file must be closed while it is swapped: hold a private in-memory connection.
        let previous = std::mem::replace(&mut inner.conn, Connection::open_in_memory()?);
        drop(previous);
        let restored = crate::backup::restore(backup, &self.data_dir, now);
        inner.conn = store::open(&self.data_dir)?;
        restored
    }

    /// Takes the daily backup of the database when it is due (into `backups/` beside it).
    pub fn backup_if_due(&self, now: chrono::NaiveDateTime) -> Result<Option<PathBuf>> {
        let dir = crate::backup::default_dir(&self.data_dir);
        self.with(|c| {
            crate::backup::backup_if_due(c, &dir, now, &crate::backup::BackupPolicy::default())
        })
    }

    /// Takes a backup now, whatever the last one's date (the "back up now" button).
    pub fn backup_now(&self, now: chrono::NaiveDateTime) -> Result<PathBuf> {
        let dir = crate::backup::default_dir(&self.data_dir);
        self.with(|c| crate::backup::backup_now(c, &dir, now))
    }

    /// The folder holding the database.
    pub fn data_dir(&self) -> &Path {
        &self.data_dir
    }

    /// Runs `f` with the connection; calls are serialised. `f` may change any plan, so the plan
    /// kept for the next save is dropped.
    pub fn with<T>(&self, f: impl FnOnce(&mut Connection) -> Result<T>) -> Result<T> {
        let mut inner = self.lock()?;
        inner.open = None;
        inner.replied = None;
        f(&mut inner.conn)
    }

    /// Saves one section of a plan and evaluates the checklist once on the result, in
    /// `language` (the wizard's autosave). Consecutive saves of the plan being edited start from
    /// the plan kept in memory instead of reading every section back.
    pub fn save_section(
        &self,
        id: PlanId,
        section: PlanSection,
        today: NaiveDate,
        language: Language,
    ) -> Result<Saved> {
        let mut inner = self.lock()?;
        let Inner {
            conn,
            open,
            replied,
        } = &mut *inner;
        let previous = replied.take();
        let (summary, report) = save_and_check(conn, id, section, today, language, open)?;
        let report = match previous {
            Some((plan, same)) if plan == id && same == report => {
                *replied = Some((plan, same));
                None
            }
            _ => {
                *replied = Some((id, report.clone()));
                Some(report)
            }
        };
        Ok(Saved { summary, report })
    }

    /// Reads a plan to edit it: the plan is kept for the saves that follow.
    pub fn open_plan(&self, id: PlanId) -> Result<plans::PlanRecord> {
        let mut inner = self.lock()?;
        inner.replied = None;
        let Inner { conn, open, .. } = &mut *inner;
        plans::get_kept(conn, id, open)
    }

    /// The checklist's verdict on a plan, in `language`, from the plan being edited when it is
    /// that one; the next save replies without a report when it is still this one.
    pub fn check(&self, id: PlanId, today: NaiveDate, language: Language) -> Result<Report> {
        let mut inner = self.lock()?;
        let Inner {
            conn,
            open,
            replied,
        } = &mut *inner;
        let report = match plans::kept(conn, id, open)? {
            Some(plan) => checklist::report(plan, today, language),
            None => checklist::report(&plans::get(conn, id)?.plan, today, language),
        };
        *replied = Some((id, report.clone()));
        Ok(report)
    }

    fn lock(&self) -> Result<std::sync::MutexGuard<'_, Inner>> {
        self.inner.lock().map_err(|_| {
            Error::Migration("an earlier operation failed midway; restart Boussole".into())
        })
    }

    /// The interface language: the saved choice, else the system locale's, else French.
    pub fn language(&self, system_locale: Option<&str>) -> Result<Language> {
        let saved = self.with(|c| settings::get(c, LANGUAGE_KEY))?;
        Ok(saved
            .as_deref()
            .and_then(Language::from_locale)
            .or_else(|| system_locale.and_then(Language::from_locale))
            .unwrap_or(Language::Fr))
    }

    /// Saves the interface language.
    pub fn set_language(&self, language: Language) -> Result<()> {
        self.with(|c| settings::set(c, LANGUAGE_KEY, language.code()))
    }
}

/// The checklist's readiness score of a plan.
fn score(plan: &Plan, today: NaiveDate) -> u8 {
    checklist::report(plan, today, plan.company.language).score
}

/// A plan as just saved, with the checklist's verdict on it.
#[derive(Debug, Clone, Serialize, TS, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct Saved {
    pub summary: plans::PlanSummary,
    /// The checklist's verdict, or nothing when it is the same as in the reply to the previous
    /// save of this plan, with no other call to the library in between (typing rarely changes
    /// it, and at a thousand actions it is a 48 KB reply).
    pub report: Option<Report>,
}

/// Stores a new plan with its readiness score.
pub fn create_plan(
    conn: &mut Connection,
    plan: &Plan,
    previous: Option<PlanId>,
    today: NaiveDate,
) -> Result<PlanId> {
    let id = plans::create(conn, plan, previous)?;
    plans::set_readiness(conn, id, score(plan, today))?;
    Ok(id)
}

/// Saves one section and evaluates the checklist once on the result, in `language`.
pub fn save_section(
    conn: &mut Connection,
    id: PlanId,
    section: PlanSection,
    today: NaiveDate,
    language: Language,
) -> Result<Saved> {
    let (summary, report) = save_and_check(conn, id, section, today, language, &mut None)?;
    Ok(Saved {
        summary,
        report: Some(report),
    })
}

fn save_and_check(
    conn: &mut Connection,
    id: PlanId,
    section: PlanSection,
    today: NaiveDate,
    language: Language,
    open: &mut Option<plans::OpenPlan>,
) -> Result<(plans::PlanSummary, Report)> {
    let mut summary = plans::save_section_kept(conn, id, section, open)?;
    let plan = open
        .as_ref()
        .expect("a successful save keeps the plan")
        .plan();
    let report = checklist::report(plan, today, language);
    plans::set_readiness(conn, id, report.score)?;
    summary.readiness = Some(report.score);
    Ok((summary, report))
}

/// What renewing plan `id` with these decisions would carry over, before doing it.
pub fn review_status(
    conn: &Connection,
    id: PlanId,
    options: &RenewOptions,
) -> Result<ReviewStatus> {
    renew::review_status(&plans::get(conn, id)?.plan, options)
}

/// Renews plan `id` for `year` with the owner's decisions on its actions; the new plan is stored
/// linked to it, scored, and its id returned.
pub fn renew_plan(
    conn: &mut Connection,
    id: PlanId,
    year: i32,
    options: &RenewOptions,
    today: NaiveDate,
) -> Result<PlanId> {
    let previous = plans::get(conn, id)?.plan;
    let next = renew::renew(&previous, year, options)?;
    create_plan(conn, &next, Some(id), today)
}

/// Plan `id` beside the plan it renews; none when it renews no plan, or that plan was deleted.
pub fn compare_with_previous(conn: &Connection, id: PlanId) -> Result<Option<YearOverYear>> {
    let current = plans::get(conn, id)?;
    let Some(previous_id) = current.summary.previous_plan_id else {
        return Ok(None);
    };
    match plans::get(conn, previous_id) {
        Ok(previous) => Ok(Some(renew::compare(&previous.plan, &current.plan))),
        Err(Error::NotFound { .. }) => Ok(None),
        Err(e) => Err(e),
    }
}

/// Writes every plan of the library as a plan file into a new folder inside `parent`, named
/// after the day (`boussole-plans-2026-11-22`, then `-2`, `-3`... so nothing is overwritten);
/// returns the folder and the files written. A failure leaves no half-written file.
pub fn export_all(
    conn: &Connection,
    parent: &Path,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<ExportedAll> {
    let stem = format!("boussole-plans-{}", now.format("%Y-%m-%d"));
    let folder = unused_path(parent, &stem, "");
    std::fs::create_dir_all(&folder)
        .map_err(|e| Error::io(format!("cannot create the folder {}", folder.display()), e))?;
    let mut written = Vec::new();
    for summary in plans::list(conn)? {
        let plan = plans::get(conn, summary.id)?.plan;
        let name = format!(
            "{}-{}",
            file_stem(&plan.company.name),
            plan.company.plan_year
        );
        let path = unused_path(&folder, &name, ".json");
        crate::format::write_file(&path, &plan, now)?;
        written.push(path);
    }
    Ok(ExportedAll {
        folder,
        files: written,
    })
}

/// Writes a plan's actions, budget and KPIs as spreadsheet files into a new folder inside
/// `parent` (`Biscuiterie-Caradec-2027-csv`, then `-2`...), so no earlier export is overwritten.
pub fn export_csv(
    conn: &Connection,
    id: PlanId,
    parent: &Path,
    dialect: crate::portability::csv::CsvDialect,
) -> Result<ExportedAll> {
    let plan = plans::get(conn, id)?.plan;
    let stem = format!(
        "{}-{}-csv",
        file_stem(&plan.company.name),
        plan.company.plan_year
    );
    let folder = unused_path(parent, &stem, "");
    std::fs::create_dir_all(&folder)
        .map_err(|e| Error::io(format!("cannot create the folder {}", folder.display()), e))?;
    let files = crate::portability::csv::write_all(&plan, &folder, dialect)?;
    Ok(ExportedAll { folder, files })
}

/// Where "export all plans" (or a plan's spreadsheet files) wrote its files.
#[derive(Debug, Clone, Serialize, TS, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct ExportedAll {
    /// The new folder holding the files.
    pub folder: PathBuf,
    /// One plan file per plan of the library.
    pub files: Vec<PathBuf>,
}

/// A file name made of a company name's letters and digits, joined by dashes.
fn file_stem(name: &str) -> String {
    let joined = name
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join("-");
    let short: String = joined.chars().take(60).collect();
    if short.is_empty() {
        "plan".into()
    } else {
        short
    }
}

/// `dir/stem + ext`, or `dir/stem-2 + ext`, `-3`... the first that does not exist yet.
fn unused_path(dir: &Path, stem: &str, ext: &str) -> PathBuf {
    let mut path = dir.join(format!("{stem}{ext}"));
    let mut n = 1;
    while path.exists() {
        n += 1;
        path = dir.join(format!("{stem}-{n}{ext}"));
    }
    path
}

/// Moves a damaged database file and its journal files aside; returns the new name.
fn set_aside_damaged(data_dir: &Path, now: chrono::NaiveDateTime) -> Result<PathBuf> {
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
fn seed_once(conn: &mut Connection, today: NaiveDate) -> Result<Option<PlanId>> {
    if settings::get(conn, SEEDED_KEY)?.is_some() {
        return Ok(None);
    }
    let id = if plans::count_all(conn)? == 0 {
        let plan = crate::seed::example_plan(crate::seed::default_seed_year(today));
        Some(create_plan(conn, &plan, None, today)?)
    } else {
        None
    };
    settings::set(conn, SEEDED_KEY, "1")?;
    Ok(id)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 22).unwrap()
    }

    #[test]
    fn first_open_seeds_the_example_once() {
        let dir = tempfile::tempdir().unwrap();
        let lib = Library::open(dir.path(), today()).unwrap();
        let listed = lib.with(|c| plans::list(c)).unwrap();
        assert_eq!(listed.len(), 1);
        assert_eq!(listed[0].plan_year, 2027);
        assert!(
            listed[0].readiness.is_some_and(|s| s > 50),
            "the example is scored: {:?}",
            listed[0].readiness
        );
        let id = listed[0].id;
        lib.with(|c| plans::delete(c, id)).unwrap();
        drop(lib);
        let lib = Library::open(dir.path(), today()).unwrap();
        assert!(
            lib.with(|c| plans::list(c)).unwrap().is_empty(),
            "a deleted example stays deleted"
        );
    }

    #[test]
    fn saving_a_section_rescores_the_plan() {
        let mut conn = store::open_in_memory().unwrap();
        let plan = Plan::blank("Café Lune", 2027, Language::Fr);
        let id = create_plan(&mut conn, &plan, None, today()).unwrap();
        let before = plans::summary(&conn, id).unwrap().readiness.unwrap();
        let mut swot = plan.diagnostic.clone();
        swot.swot.strengths.push("Terrasse plein sud".into());
        swot.audience = "Étudiants et habitants du quartier".into();
        let saved = save_section(
            &mut conn,
            id,
            PlanSection::Diagnostic(swot),
            today(),
            Language::En,
        )
        .unwrap();
        let report = saved
            .report
            .expect("a save outside the library always reports");
        assert_eq!(report.language, Language::En);
        assert_eq!(saved.summary.readiness, Some(report.score));
        assert!(report.score >= before);
        assert_eq!(
            plans::summary(&conn, id).unwrap().readiness,
            Some(report.score)
        );
    }

    #[test]
    fn the_daily_backup_is_taken_once_a_day() {
        let dir = tempfile::tempdir().unwrap();
        let lib = Library::open(dir.path(), today()).unwrap();
        let morning = today().and_hms_opt(9, 0, 0).unwrap();
        assert!(lib.backup_if_due(morning).unwrap().is_some());
        assert!(lib
            .backup_if_due(morning + chrono::TimeDelta::hours(3))
            .unwrap()
            .is_none());
        assert!(lib
            .backup_if_due(morning + chrono::TimeDelta::days(1))
            .unwrap()
            .is_some());
        let backups = crate::backup::list_backups(&crate::backup::default_dir(dir.path())).unwrap();
        assert_eq!(backups.len(), 2);
        assert_eq!(backups[0].plans.len(), 1, "a backup holds the example plan");
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
            lib.with(|c| plans::list(c)).unwrap().is_empty(),
            "no example in place of the owner's plans"
        );

        let restored = lib.restore(&recovery.backups[0].path, now).unwrap();
        assert_eq!(restored.plans.len(), 1);
        assert_eq!(
            lib.with(|c| plans::list(c)).unwrap().len(),
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
            lib.with(|c| plans::list(c)).unwrap().is_empty(),
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

    #[test]
    fn language_prefers_the_saved_choice_then_the_system() {
        let dir = tempfile::tempdir().unwrap();
        let lib = Library::open(dir.path(), today()).unwrap();
        assert_eq!(lib.language(Some("en_GB.UTF-8")).unwrap(), Language::En);
        assert_eq!(lib.language(Some("de_DE")).unwrap(), Language::Fr);
        lib.set_language(Language::Fr).unwrap();
        assert_eq!(lib.language(Some("en_US")).unwrap(), Language::Fr);
    }

    /// The library of a fresh data folder and the id of its example plan.
    fn with_example(dir: &Path) -> (Library, PlanId) {
        let lib = Library::open(dir, today()).unwrap();
        let id = lib.with(|c| plans::list(c)).unwrap()[0].id;
        (lib, id)
    }

    #[test]
    fn renewing_stores_the_next_year_linked_and_comparable() {
        let dir = tempfile::tempdir().unwrap();
        let (lib, id) = with_example(dir.path());
        let previous = lib.with(|c| plans::get(c, id)).unwrap().plan;
        let abandoned = previous.actions[0].id;
        let options = RenewOptions {
            decisions: vec![renew::ActionDecision {
                action_id: abandoned,
                decision: Some(crate::plan::ReviewDecision::Abandon),
                note: "no visits".into(),
            }],
        };
        let status = lib.with(|c| review_status(c, id, &options)).unwrap();
        assert_eq!(status.decided, 1);
        assert!(!status.complete);

        let next = lib
            .with(|c| renew_plan(c, id, 2028, &options, today()))
            .unwrap();
        let record = lib.with(|c| plans::get(c, next)).unwrap();
        assert_eq!(record.summary.previous_plan_id, Some(id));
        assert_eq!(record.summary.plan_year, 2028);
        assert!(record.summary.readiness.is_some(), "the new plan is scored");
        assert_eq!(record.plan.actions.len(), previous.actions.len() - 1);

        let compared = lib
            .with(|c| compare_with_previous(c, next))
            .unwrap()
            .unwrap();
        assert_eq!(
            (compared.previous_year, compared.current_year),
            (2027, 2028)
        );
        assert_eq!(compared.objectives.len(), previous.objectives.len());
        assert_eq!(lib.with(|c| compare_with_previous(c, id)).unwrap(), None);

        lib.with(|c| plans::delete(c, id)).unwrap();
        assert_eq!(
            lib.with(|c| compare_with_previous(c, next)).unwrap(),
            None,
            "a deleted previous plan is no longer compared"
        );
    }

    #[test]
    fn renewing_into_the_same_year_is_refused_with_the_field() {
        let dir = tempfile::tempdir().unwrap();
        let (lib, id) = with_example(dir.path());
        let err = lib
            .with(|c| renew_plan(c, id, 2027, &RenewOptions::default(), today()))
            .unwrap_err();
        assert_eq!(err.payload().field.as_deref(), Some("year"));
        assert_eq!(lib.with(|c| plans::list(c)).unwrap().len(), 1);
    }

    #[test]
    fn exporting_everything_writes_one_readable_file_per_plan_and_never_overwrites() {
        let dir = tempfile::tempdir().unwrap();
        let out = tempfile::tempdir().unwrap();
        let (lib, id) = with_example(dir.path());
        lib.with(|c| plans::duplicate(c, id, "Café / Lune"))
            .unwrap();
        let now = chrono::Utc::now();
        let ExportedAll { folder, files } = lib.with(|c| export_all(c, out.path(), now)).unwrap();
        assert_eq!(files.len(), 2);
        let mut names: Vec<_> = files
            .iter()
            .map(|f| f.file_name().unwrap().to_string_lossy().into_owned())
            .collect();
        names.sort();
        assert_eq!(
            names,
            ["Biscuiterie-Caradec-2027.json", "Café-Lune-2027.json"]
        );
        for file in &files {
            assert!(file.starts_with(&folder));
            crate::format::read_file(file).unwrap();
        }
        let again = lib.with(|c| export_all(c, out.path(), now)).unwrap().folder;
        assert_ne!(again, folder, "a second export goes to a new folder");
        assert!(again.to_string_lossy().ends_with("-2"));
    }

    fn notes(text: &str) -> PlanSection {
        PlanSection::Notes(text.into())
    }

    #[test]
    fn saves_in_a_row_keep_the_plan_and_store_exactly_what_a_fresh_read_gives() {
        let dir = tempfile::tempdir().unwrap();
        let (lib, id) = with_example(dir.path());
        let mut expected = lib.with(|c| plans::get(c, id)).unwrap().plan;
        // What the wizard shows: the last report a reply carried.
        let mut shown = None;
        for i in 0..5 {
            let mut budget = expected.budget.clone();
            budget.envelope = Some(crate::plan::Money(1_000_000 + i));
            expected.budget = budget.clone();
            expected.notes = format!("note {i}");
            for section in [PlanSection::Budget(budget), notes(&format!("note {i}"))] {
                let saved = lib
                    .save_section(id, section, today(), Language::Fr)
                    .unwrap();
                shown = saved.report.or(shown);
            }
            assert_eq!(
                shown.as_ref(),
                Some(&checklist::report(&expected, today(), Language::Fr))
            );
        }
        assert_eq!(lib.with(|c| plans::get(c, id)).unwrap().plan, expected);
    }

    #[test]
    fn one_action_saved_alone_replaces_only_that_action() {
        let dir = tempfile::tempdir().unwrap();
        let (lib, id) = with_example(dir.path());
        let mut expected = lib.with(|c| plans::get(c, id)).unwrap().plan;
        let mut action = expected.actions[3].clone();
        action.title = "Salon du chocolat, stand partagé".into();
        action.owner = "Maëlle".into();
        expected.actions[3] = action.clone();
        let saved = lib
            .save_section(id, PlanSection::Action(action), today(), Language::Fr)
            .unwrap();
        assert_eq!(saved.summary.id, id);
        assert_eq!(lib.with(|c| plans::get(c, id)).unwrap().plan, expected);

        let mut stray = expected.actions[0].clone();
        stray.id = crate::plan::ActionId(999);
        stray.title = "An action deleted meanwhile".into();
        let err = lib
            .save_section(id, PlanSection::Action(stray), today(), Language::Fr)
            .unwrap_err();
        assert_eq!(err.kind(), crate::ErrorKind::NotFound);
        assert!(err.to_string().contains("action 999"), "{err}");
        assert_eq!(lib.with(|c| plans::get(c, id)).unwrap().plan, expected);
    }

    #[test]
    fn a_save_replies_without_the_report_when_it_has_not_changed_since_the_last_reply() {
        let dir = tempfile::tempdir().unwrap();
        let (lib, id) = with_example(dir.path());
        let save = |section, language| {
            lib.save_section(id, section, today(), language)
                .unwrap()
                .report
        };
        assert!(
            save(notes("a"), Language::Fr).is_some(),
            "the first save reports"
        );
        assert!(
            save(notes("b"), Language::Fr).is_none(),
            "same verdict: no report"
        );
        let en = save(notes("c"), Language::En).expect("another language, another report");
        assert_eq!(en.language, Language::En);
        let mut budget = lib.with(|c| plans::get(c, id)).unwrap().plan.budget;
        assert!(
            save(notes("d"), Language::En).is_some(),
            "another call to the library in between: the UI may hold another report"
        );
        budget.envelope = Some(crate::plan::Money(1));
        let over = save(PlanSection::Budget(budget), Language::En).expect("a new finding");
        assert!(over
            .findings
            .iter()
            .any(|f| f.rule_id == checklist::RuleId::BudgetOverEnvelope));
        assert!(save(notes("e"), Language::En).is_none());
    }

    #[test]
    fn a_save_never_overwrites_what_another_process_committed_in_between() {
        let dir = tempfile::tempdir().unwrap();
        let (lib, id) = with_example(dir.path());
        lib.save_section(id, notes("from the app"), today(), Language::Fr)
            .unwrap();
        // The CLI, another connection, changes the company in between.
        let mut other = store::open(dir.path()).unwrap();
        let mut company = plans::get(&other, id).unwrap().plan.company;
        company.name = "Renamed by the CLI".into();
        plans::save_section(&mut other, id, PlanSection::Company(company)).unwrap();

        lib.save_section(id, notes("again from the app"), today(), Language::Fr)
            .unwrap();
        let stored = plans::get(&other, id).unwrap().plan;
        assert_eq!(stored.company.name, "Renamed by the CLI");
        assert_eq!(stored.notes, "again from the app");
    }

    #[test]
    fn a_plan_opened_then_checked_and_saved_never_hides_what_another_process_wrote() {
        let dir = tempfile::tempdir().unwrap();
        let (lib, id) = with_example(dir.path());
        let opened = lib.open_plan(id).unwrap();
        let report = lib.check(id, today(), Language::Fr).unwrap();
        assert_eq!(
            report,
            checklist::report(&opened.plan, today(), Language::Fr)
        );
        // The next save replies without the report when the plan's verdict is the one checked.
        let saved = lib
            .save_section(id, notes(&opened.plan.notes), today(), Language::Fr)
            .unwrap();
        assert_eq!(saved.report, None);

        // The CLI, another connection, removes every action in between.
        let mut other = store::open(dir.path()).unwrap();
        plans::save_section(&mut other, id, PlanSection::Actions(vec![])).unwrap();
        let fresh = plans::get(&other, id).unwrap().plan;
        assert_eq!(
            lib.check(id, today(), Language::Fr).unwrap(),
            checklist::report(&fresh, today(), Language::Fr),
            "the check reads the plan again"
        );
        lib.save_section(id, notes("from the app"), today(), Language::Fr)
            .unwrap();
        let stored = plans::get(&other, id).unwrap().plan;
        assert!(stored.actions.is_empty(), "the CLI's change is kept");
        assert_eq!(stored.notes, "from the app");
    }

    #[test]
    fn a_refused_save_or_a_rename_between_saves_leaves_nothing_stale() {
        let dir = tempfile::tempdir().unwrap();
        let (lib, id) = with_example(dir.path());
        lib.save_section(id, notes("first"), today(), Language::Fr)
            .unwrap();
        let mut company = lib.with(|c| plans::get(c, id)).unwrap().plan.company;
        company.plan_year = 1200;
        lib.save_section(id, PlanSection::Company(company), today(), Language::Fr)
            .unwrap_err();
        lib.with(|c| plans::rename(c, id, "Caradec & Filles"))
            .unwrap();
        lib.save_section(id, notes("second"), today(), Language::Fr)
            .unwrap();
        let stored = lib.with(|c| plans::get(c, id)).unwrap().plan;
        assert_eq!(stored.company.name, "Caradec & Filles");
        assert_eq!(stored.company.plan_year, 2027);
        assert_eq!(stored.notes, "second");
    }

    #[test]
    fn spreadsheet_files_go_to_a_new_folder_each_time() {
        let dir = tempfile::tempdir().unwrap();
        let out = tempfile::tempdir().unwrap();
        let (lib, id) = with_example(dir.path());
        let french = crate::portability::csv::CsvDialect::French;
        let first = lib.with(|c| export_csv(c, id, out.path(), french)).unwrap();
        assert!(first.folder.ends_with("Biscuiterie-Caradec-2027-csv"));
        let names: Vec<_> = first
            .files
            .iter()
            .map(|f| f.file_name().unwrap().to_string_lossy().into_owned())
            .collect();
        assert_eq!(names, ["actions.csv", "budget.csv", "kpis.csv"]);
        let second = lib.with(|c| export_csv(c, id, out.path(), french)).unwrap();
        assert!(second.folder.ends_with("Biscuiterie-Caradec-2027-csv-2"));
    }
}
