//! The use cases: everything the app's window and the command line can do, each written once.
//!
//! The Tauri commands and the CLI decode their input, call one function here and encode its
//! result; nothing else reaches the store. A `Library` is the data folder's database as one
//! process uses it (one connection, calls serialised); `files` works on plan files given on the
//! command line, without a library. The SQL is the store's; the rules and figures are the model's.

mod backups;
mod editing;
mod exports;
pub mod files;
mod plans;
mod renewal;
mod settings;
mod startup;
pub(crate) mod stored;

use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard};

pub use backups::{list_backups, BackupInfo, BackupPolicy, Restored};
pub use editing::{OpenedPlan, Saved};
pub use exports::{ExportedAll, PdfWritten, Written};
pub use plans::ImportReport;
pub use startup::{AppInfo, Recovery};

use crate::error::{Error, Result};
use crate::store::{self, Connection, Transaction};

/// The file of the library's database inside a data folder.
pub fn database_file(data_dir: &Path) -> PathBuf {
    store::db_path(data_dir)
}

/// The version of the database schema this build reads and writes.
pub const DATABASE_VERSION: i64 = store::SCHEMA_VERSION;

/// The data folder's database, shared by every call of one process.
pub struct Library {
    data_dir: PathBuf,
    /// Opened to read only: its folder or file cannot be written.
    read_only: bool,
    inner: Mutex<Inner>,
}

/// The connection, and what the editing use cases keep between calls.
struct Inner {
    conn: Connection,
    editing: editing::Editing,
}

impl Library {
    fn new(data_dir: &Path, conn: Connection, access: store::Access) -> Library {
        Library {
            data_dir: data_dir.to_path_buf(),
            read_only: access == store::Access::ReadOnly,
            inner: Mutex::new(Inner {
                conn,
                editing: editing::Editing::default(),
            }),
        }
    }

    /// The folder holding the database.
    pub fn data_dir(&self) -> &Path {
        &self.data_dir
    }

    /// Whether the library can only be read (its folder or file cannot be written): its plans
    /// can be listed, opened and exported, not changed.
    pub fn is_read_only(&self) -> bool {
        self.read_only
    }

    /// Refuses a change to a read-only library, saying why.
    fn writable(&self) -> Result<()> {
        if self.read_only {
            return Err(Error::ReadOnly(format!(
                "the plan library in {} is read-only: Boussole cannot write to its folder or \
                 file (a backup disk, another user's folder). Its plans can be read and \
                 exported, not changed; copy the folder where you can write to change them.",
                self.data_dir.display()
            )));
        }
        Ok(())
    }

    fn lock(&self) -> Result<MutexGuard<'_, Inner>> {
        self.inner.lock().map_err(|_| {
            Error::Internal(
                "an earlier operation of Boussole failed midway; restart Boussole to go on".into(),
            )
        })
    }

    /// Runs `f` on the connection to read; the plan being edited stays kept.
    fn reading<T>(&self, f: impl FnOnce(&Connection) -> Result<T>) -> Result<T> {
        let mut inner = self.lock()?;
        inner.editing.forget_reply();
        f(&inner.conn)
    }

    /// Runs `f` in one write transaction, committed when it succeeds. `f` may change any plan,
    /// so the plan kept for the next save is dropped.
    fn writing<T>(&self, f: impl FnOnce(&Transaction<'_>) -> Result<T>) -> Result<T> {
        self.writable()?;
        let mut inner = self.lock()?;
        inner.editing.forget_all();
        let tx = store::write(&mut inner.conn)?;
        let value = f(&tx)?;
        tx.commit()?;
        Ok(value)
    }
}

/// Libraries in temporary folders, for the use cases' tests.
#[cfg(test)]
pub(crate) mod testing {
    use super::*;
    use chrono::NaiveDate;

    /// The date the tests run on.
    pub fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 22).unwrap()
    }

    /// A library in a new folder, with the example plan seeded as on a first start.
    pub fn seeded() -> (tempfile::TempDir, Library) {
        let dir = tempfile::tempdir().unwrap();
        let lib = Library::open(dir.path(), today()).unwrap();
        (dir, lib)
    }

    /// A library in a new folder, holding no plan.
    pub fn empty() -> (tempfile::TempDir, Library) {
        let dir = tempfile::tempdir().unwrap();
        store::settings::set(
            &store::open(dir.path()).unwrap(),
            super::startup::SEEDED_KEY,
            "1",
        )
        .unwrap();
        let lib = Library::open(dir.path(), today()).unwrap();
        (dir, lib)
    }
}

#[cfg(test)]
mod tests {
    use super::testing;
    use crate::ErrorKind;

    #[test]
    fn a_read_only_library_reads_and_refuses_every_change_with_its_kind() {
        use crate::plan::{Language, PlanSection};
        use testing::today;
        let (dir, lib) = testing::seeded();
        let id = lib.list().unwrap()[0].id;
        drop(lib);
        let conn = super::store::open(dir.path()).unwrap();
        let lib = super::Library::new(dir.path(), conn, super::store::Access::ReadOnly);
        assert!(lib.is_read_only());
        assert_eq!(lib.list().unwrap().len(), 1);
        assert_eq!(lib.open_plan(id, testing::today()).unwrap().summary.id, id);
        let now = today().and_hms_opt(9, 0, 0).unwrap();
        assert_eq!(lib.backup_if_due(now).unwrap(), None, "no backup is due");
        let refusals = [
            lib.delete(id).unwrap_err(),
            lib.rename(id, "Autre", today()).unwrap_err(),
            lib.save_section(id, PlanSection::Notes("x".into()), today(), Language::Fr)
                .unwrap_err(),
            lib.set_language(Language::En).unwrap_err(),
            lib.backup_now(now).unwrap_err(),
        ];
        for err in refusals {
            assert_eq!(err.kind(), ErrorKind::ReadOnly, "{err}");
            assert!(err.to_string().contains("is read-only"), "{err}");
        }
    }

    #[test]
    fn a_call_after_one_that_failed_midway_says_it_is_boussoles_fault() {
        let (_dir, lib) = testing::seeded();
        let poisoned = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            let _held = lib.inner.lock();
            panic!("an operation fails midway");
        }));
        assert!(poisoned.is_err());
        let err = lib.list().unwrap_err();
        assert_eq!(err.kind(), ErrorKind::Internal);
        assert!(err.to_string().contains("restart Boussole"), "{err}");
    }
}
