//! Commands of the plan library and of the plan being edited.
//!
//! Exports from the window write only files of their own kind (`.pdf`, `.json`, `.ics`, added
//! to a name without it): the page sends the path, and a hostile page must not be able to
//! overwrite a `.bashrc` through an export.

use std::collections::BTreeMap;
use std::path::PathBuf;

use boussole_core::checklist::{self, Report, RuleInfo};
use boussole_core::fsutil::{with_extension, Input, Output};
use boussole_core::plan::{Language, PlanId, PlanSection, PlanSummary};
use boussole_core::portability::csv::CsvDialect;
use boussole_core::print::PdfChoices;
use boussole_core::trades::{self, Trade};
use boussole_core::usecases::{ExportedAll, ImportReport, OpenedPlan, PdfWritten, Saved, Written};
use boussole_core::{Error, Result};
use tauri::State;

use super::{today, AppState};

/// The plans of the library, most recent first.
#[tauri::command(async)]
pub fn list_plans(state: State<'_, AppState>) -> Result<Vec<PlanSummary>> {
    state.library()?.list()
}

/// Creates an empty plan and returns its id.
#[tauri::command(async)]
pub fn create_plan(
    state: State<'_, AppState>,
    name: String,
    year: i32,
    language: Language,
) -> Result<PlanId> {
    state
        .library()?
        .create_blank(&name, year, language, today())
}

/// The trades a plan can start from, in a language.
#[tauri::command(async)]
pub fn list_trades(language: Language) -> Result<Vec<Trade>> {
    trades::list(language)
}

/// A trade's examples for the wizard's guidance and field hints, by hint key.
#[tauri::command(async)]
pub fn trade_hints(trade: String, language: Language) -> Result<BTreeMap<String, String>> {
    trades::hints(&trade, language)
}

/// Creates a plan started from a trade and returns its id.
#[tauri::command(async)]
pub fn create_plan_from_trade(
    state: State<'_, AppState>,
    trade: String,
    name: String,
    year: i32,
    language: Language,
) -> Result<PlanId> {
    state
        .library()?
        .create_from_trade(&trade, &name, year, language, today())
}

/// One plan with all its content and its figures, kept for the saves that follow.
#[tauri::command(async)]
pub fn get_plan(state: State<'_, AppState>, id: PlanId) -> Result<OpenedPlan> {
    state.library()?.open_plan(id, today())
}

/// Saves one section of a plan (called, debounced, as the user types) and returns the
/// checklist's verdict on the result, in the interface language.
#[tauri::command(async)]
pub fn save_section(
    state: State<'_, AppState>,
    id: PlanId,
    section: PlanSection,
    language: Language,
) -> Result<Saved> {
    state
        .library()?
        .save_section(id, section, today(), language)
}

/// The checklist's verdict on a plan as stored, in the interface language.
#[tauri::command(async)]
pub fn check_plan(state: State<'_, AppState>, id: PlanId, language: Language) -> Result<Report> {
    state.library()?.check(id, today(), language)
}

/// Every rule of the checklist, for the "what we check" page.
#[tauri::command(async)]
pub fn list_rules() -> Vec<RuleInfo> {
    checklist::rules().to_vec()
}

/// Renames a plan's company.
#[tauri::command(async)]
pub fn rename_plan(state: State<'_, AppState>, id: PlanId, name: String) -> Result<PlanSummary> {
    state.library()?.rename(id, &name, today())
}

/// Copies a plan under a new name.
#[tauri::command(async)]
pub fn duplicate_plan(state: State<'_, AppState>, id: PlanId, name: String) -> Result<PlanId> {
    state.library()?.duplicate(id, &name, today())
}

/// Deletes a plan; `restore_plan` undoes it until the app closes.
#[tauri::command(async)]
pub fn delete_plan(state: State<'_, AppState>, id: PlanId) -> Result<()> {
    state.library()?.delete(id)
}

/// Brings back a plan deleted in this session.
#[tauri::command(async)]
pub fn restore_plan(state: State<'_, AppState>, id: PlanId) -> Result<PlanSummary> {
    state.library()?.restore(id)
}

/// Writes a plan file at the path the user chose in the save dialog (named `.json`).
#[tauri::command(async)]
pub fn export_plan(state: State<'_, AppState>, id: PlanId, path: PathBuf) -> Result<Written> {
    state.library()?.export_plan(
        id,
        &Output::File(with_extension(&path, "json")),
        boussole_core::clock::now(),
    )
}

/// Writes every plan as a plan file into a new dated folder inside the folder the user chose.
#[tauri::command(async)]
pub fn export_all(state: State<'_, AppState>, folder: PathBuf) -> Result<ExportedAll> {
    state
        .library()?
        .export_all(&folder, boussole_core::clock::now())
}

/// Writes a plan's actions, budget and KPIs as spreadsheet files into a new folder inside the
/// folder the user chose.
#[tauri::command(async)]
pub fn export_csv(
    state: State<'_, AppState>,
    id: PlanId,
    folder: PathBuf,
    dialect: CsvDialect,
) -> Result<ExportedAll> {
    state.library()?.export_csv(id, &folder, dialect)
}

/// Writes a plan's actions and milestones as a calendar file at the path the user chose (named
/// `.ics`); with `reminders`, a recurring reminder for each KPI reading too.
#[tauri::command(async)]
pub fn export_ics(
    state: State<'_, AppState>,
    id: PlanId,
    path: PathBuf,
    reminders: bool,
) -> Result<Written> {
    state.library()?.export_ics(
        id,
        &Output::File(with_extension(&path, "ics")),
        boussole_core::clock::now(),
        reminders,
    )
}

/// Reads a plan file chosen in the open dialog and adds it to the library.
#[tauri::command(async)]
pub fn import_plan(state: State<'_, AppState>, path: PathBuf) -> Result<ImportReport> {
    state.library()?.import(&Input::File(path), today())
}

/// Renders a plan's PDF roadmap and writes it at the path chosen in the save dialog (named
/// `.pdf`); the file is written whole or not at all.
#[tauri::command(async)]
pub fn export_pdf(
    state: State<'_, AppState>,
    id: PlanId,
    path: PathBuf,
    choices: PdfChoices,
) -> Result<PdfWritten> {
    let written = state.library()?.export_pdf(
        id,
        &Output::File(with_extension(&path, "pdf")),
        choices,
        &boussole_pdf::Printer,
        today(),
    )?;
    state.remember_pdf(written.path.clone());
    Ok(written)
}

/// Renders a plan's progress report as of today, in `language`, and writes it at the path chosen
/// in the save dialog (named `.pdf`); the file is written whole or not at all.
#[tauri::command(async)]
pub fn export_report(
    state: State<'_, AppState>,
    id: PlanId,
    path: PathBuf,
    language: Language,
) -> Result<PdfWritten> {
    let written = state.library()?.export_report(
        id,
        &Output::File(with_extension(&path, "pdf")),
        language,
        today(),
        &boussole_pdf::Printer,
        today(),
    )?;
    state.remember_pdf(written.path.clone());
    Ok(written)
}

/// Opens the PDF just exported in the system's PDF viewer. Only that file: the UI cannot ask
/// to open anything else.
#[tauri::command(async)]
pub fn open_exported_pdf(state: State<'_, AppState>, path: PathBuf) -> Result<()> {
    if !state.is_last_pdf(&path) {
        return Err(Error::invalid(
            "path",
            "only the PDF just exported can be opened from here",
        ));
    }
    tauri_plugin_opener::open_path(&path, None::<&str>).map_err(|e| match e {
        // The PDF itself is gone (deleted meanwhile, a disk unplugged): said as such.
        tauri_plugin_opener::Error::Io(source) if !path.exists() => {
            Error::io(format!("cannot open {}", path.display()), source)
        }
        // Otherwise the system's opener (xdg-open) is missing or found no PDF viewer.
        other => Error::Unavailable(format!("no program could open {}: {other}", path.display())),
    })
}
