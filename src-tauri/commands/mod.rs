//! Thin `#[tauri::command]` adapters, one file per UI area: decode the inputs, call one use case
//! of the core, return its result. Errors reach the UI as `{kind, message, field, cause}`.

pub mod app;
pub mod plans;
pub mod renewal;

use std::path::PathBuf;

use boussole_core::clock;
use boussole_core::usecases::{Library, Recovery};
use boussole_core::{Error, Result};

/// What every command can reach: the library, or why it could not be opened.
pub struct AppState {
    data_dir: PathBuf,
    library: std::result::Result<Library, Error>,
    recovery: Option<Recovery>,
    /// The last PDF written by `export_pdf`: the only file the UI may ask to open.
    last_pdf: std::sync::Mutex<Option<PathBuf>>,
}

impl AppState {
    /// Opens the library in `data_dir`; a failure is kept and shown by the UI, not a crash.
    pub fn open(data_dir: PathBuf) -> AppState {
        let now = clock::local_now();
        let (library, recovery) = match Library::open_or_recover(&data_dir, now) {
            Ok((library, recovery)) => (Ok(library), recovery),
            Err(e) => (Err(e), None),
        };
        if let Ok(lib) = &library {
            // A failed backup must not keep the owner from working: it is reported and retried
            // at the next start.
            if let Err(e) = lib.backup_if_due(now) {
                eprintln!("Boussole could not take today's backup: {e}");
            }
        }
        AppState {
            data_dir,
            library,
            recovery,
            last_pdf: std::sync::Mutex::default(),
        }
    }

    /// Records the PDF just written, which the UI may then open.
    pub fn remember_pdf(&self, path: PathBuf) {
        if let Ok(mut last) = self.last_pdf.lock() {
            *last = Some(path);
        }
    }

    /// Whether `path` is the PDF written last.
    pub fn is_last_pdf(&self, path: &std::path::Path) -> bool {
        self.last_pdf
            .lock()
            .is_ok_and(|last| last.as_deref() == Some(path))
    }

    /// The library, or the error that kept it closed, with that error's kind.
    pub fn library(&self) -> Result<&Library> {
        self.library.as_ref().map_err(Error::library_closed)
    }
}

/// Today's date, for the checklist, the figures and the PDF.
fn today() -> chrono::NaiveDate {
    clock::today()
}
