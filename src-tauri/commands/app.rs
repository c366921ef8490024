//! Commands about the app itself: version, data folder, interface language.

use boussole_core::plan::Language;
use boussole_core::usecases::{self, AppInfo, BackupInfo, Restored};
use boussole_core::Result;
use tauri::State;

use super::AppState;

/// What the UI shows at start: version, data folder, language, and any start-up problem.
#[tauri::command(async)]
pub fn app_info(state: State<'_, AppState>) -> AppInfo {
    report_ready();
    let system = sys_locale::get_locale();
    let (language, startup_error) = match state.library() {
        Ok(lib) => match lib.language(system.as_deref()) {
            Ok(language) => (language, None),
            Err(e) => (Language::Fr, Some(e.payload())),
        },
        Err(e) => (
            system
                .as_deref()
                .and_then(Language::from_locale)
                .unwrap_or(Language::Fr),
            Some(e.payload()),
        ),
    };
    AppInfo {
        version: env!("CARGO_PKG_VERSION").into(),
        data_dir: state.data_dir.display().to_string(),
        language,
        startup_error,
        recovery: state.recovery.clone(),
        read_only: state.library().is_ok_and(|lib| lib.is_read_only()),
        today: super::today(),
    }
}

/// Today's date, from the one clock, for a window that stayed open into a new day.
#[tauri::command]
pub fn app_today() -> chrono::NaiveDate {
    super::today()
}

/// Prints `boussole-ready` once, when the UI first reaches Rust: the start-up benchmark times
/// the launch up to this line.
fn report_ready() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| report("boussole-ready"));
}

/// Prints `line` on stdout when `BOUSSOLE_REPORT_READY` is set, for the benchmarks and the
/// tests that watch the process from outside (start-up time, single instance).
pub fn report(line: &str) {
    if std::env::var_os("BOUSSOLE_REPORT_READY").is_some() {
        println!("{line}");
    }
}

/// The database backups that can be restored, newest first.
#[tauri::command(async)]
pub fn list_backups(state: State<'_, AppState>) -> Result<Vec<BackupInfo>> {
    usecases::list_backups(&state.data_dir)
}

/// Replaces the database with a backup; the current one is kept aside.
#[tauri::command(async)]
pub fn restore_backup(state: State<'_, AppState>, path: std::path::PathBuf) -> Result<Restored> {
    state
        .library()?
        .restore_backup(&path, boussole_core::clock::local_now())
}

/// Takes a backup of the database now; returns where it was written.
#[tauri::command(async)]
pub fn backup_now(state: State<'_, AppState>) -> Result<std::path::PathBuf> {
    state
        .library()?
        .backup_now(boussole_core::clock::local_now())
}

/// Saves the interface language chosen by the user.
#[tauri::command(async)]
pub fn set_language(state: State<'_, AppState>, language: Language) -> Result<()> {
    state.library()?.set_language(language)
}
