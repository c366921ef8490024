//! Commands of the plan library and of the plan being edited.

use std::path::PathBuf;

use boussole_core::checklist::{self, Report, RuleInfo};
use boussole_core::format::{self, ImportReport};
use boussole_core::fsutil::{self, Written};
use boussole_core::library::{self, ExportedAll, Saved};
use boussole_core::plan::{Language, Plan, PlanId, PlanSection};
use boussole_core::portability::csv::CsvDialect;
use boussole_core::store::plans::{self, PlanRecord, PlanSummary};
use boussole_core::Result;
use boussole_pdf::PdfChoices;
use tauri::State;

use super::AppState;

/// The plans of the library, most recent first.
#[tauri::command(async)]
pub fn list_plans(state: State<'_, AppState>) -> Result<Vec<PlanSummary>> {
    state.library()?.with(|c| plans::list(c))
}

/// Creates an empty plan and returns its id.
#[tauri::command(async)]
pub fn create_plan(
    state: State<'_, AppState>,
    name: String,
    year: i32,
    language: Language,
) -> Result<PlanId> {
    let plan = Plan::blank(name.trim(), year, language);
    state
        .library()?
        .with(|c| library::create_plan(c, &plan, None, today()))
}

/// One plan with all its content.
#[tauri::command(async)]
pub fn get_plan(state: State<'_, AppState>, id: PlanId) -> Result<PlanRecord> {
    state.library()?.open_plan(id)
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

/// Largest logo accepted, in bytes: a cover image, not a photo album.
const MAX_LOGO_BYTES: u64 = 5 * 1024 * 1024;

fn read_logo(path: &std::path::Path) -> Result<Vec<u8>> {
    let shown = path.display();
    let fail = |e| boussole_core::Error::io(format!("cannot read the logo {shown}"), e);
    let len = std::fs::metadata(path).map_err(fail)?.len();
    if len > MAX_LOGO_BYTES {
        return Err(boussole_core::Error::invalid(
            "logo",
            "is larger than 5 MB: choose a smaller PNG or JPEG image",
        ));
    }
    std::fs::read(path).map_err(fail)
}

pub(super) fn today() -> chrono::NaiveDate {
    chrono::Local::now().date_naive()
}

/// Renames a plan's company.
#[tauri::command(async)]
pub fn rename_plan(state: State<'_, AppState>, id: PlanId, name: String) -> Result<PlanSummary> {
    state.library()?.with(|c| plans::rename(c, id, &name))
}

/// Copies a plan under a new name.
#[tauri::command(async)]
pub fn duplicate_plan(state: State<'_, AppState>, id: PlanId, name: String) -> Result<PlanId> {
    state.library()?.with(|c| plans::duplicate(c, id, &name))
}

/// Deletes a plan; `restore_plan` undoes it until the app closes.
#[tauri::command(async)]
pub fn delete_plan(state: State<'_, AppState>, id: PlanId) -> Result<()> {
    state.library()?.with(|c| plans::delete(c, id))
}

/// Brings back a plan deleted in this session.
#[tauri::command(async)]
pub fn restore_plan(state: State<'_, AppState>, id: PlanId) -> Result<PlanSummary> {
    state.library()?.with(|c| plans::restore(c, id))
}

/// Writes a plan file at the path the user chose in the save dialog (named `.json`).
#[tauri::command(async)]
pub fn export_plan(state: State<'_, AppState>, id: PlanId, path: PathBuf) -> Result<Written> {
    let path = fsutil::with_extension(&path, "json");
    let plan = state.library()?.with(|c| plans::get(c, id))?.plan;
    format::write_file(&path, &plan, chrono::Utc::now())?;
    fsutil::written(path)
}

/// Writes every plan as a plan file into a new dated folder inside the folder the user chose.
#[tauri::command(async)]
pub fn export_all(state: State<'_, AppState>, folder: PathBuf) -> Result<ExportedAll> {
    state
        .library()?
        .with(|c| library::export_all(c, &folder, chrono::Utc::now()))
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
    state
        .library()?
        .with(|c| library::export_csv(c, id, &folder, dialect))
}

/// Writes a plan's actions and milestones as a calendar file at the path the user chose (named
/// `.ics`).
#[tauri::command(async)]
pub fn export_ics(state: State<'_, AppState>, id: PlanId, path: PathBuf) -> Result<Written> {
    let path = fsutil::with_extension(&path, "ics");
    let plan = state.library()?.with(|c| plans::get(c, id))?.plan;
    boussole_core::portability::ics::write_file(&plan, &path, chrono::Utc::now())?;
    fsutil::written(path)
}

/// Reads a plan file chosen in the open dialog and adds it to the library.
#[tauri::command(async)]
pub fn import_plan(state: State<'_, AppState>, path: PathBuf) -> Result<ImportReport> {
    let plan = format::read_file(&path)?;
    let plan_id = state
        .library()?
        .with(|c| library::create_plan(c, &plan, None, today()))?;
    Ok(ImportReport {
        plan_id,
        company_name: plan.company.name,
        plan_year: plan.company.plan_year,
    })
}

/// Renders a plan's PDF roadmap and writes it at the path chosen in the save dialog (named
/// `.pdf`); the file is written whole or not at all.
#[tauri::command(async)]
pub fn export_pdf(
    state: State<'_, AppState>,
    id: PlanId,
    path: PathBuf,
    choices: PdfChoices,
) -> Result<Written> {
    let path = fsutil::with_extension(&path, "pdf");
    let PdfChoices {
        language,
        paper,
        investor,
        sections,
        logo,
    } = choices;
    if sections.is_empty() {
        return Err(boussole_core::Error::invalid(
            "sections",
            "choose at least one section to print",
        ));
    }
    let plan = state.library()?.with(|c| plans::get(c, id))?.plan;
    let mut options = boussole_pdf::PdfOptions::for_plan(&plan, today());
    options.language = language;
    options.paper = paper;
    options.investor = investor;
    options.sections.retain(|s| sections.contains(s));
    options.logo = logo.map(|path| read_logo(&path)).transpose()?;
    let bytes = boussole_pdf::render(&plan, &options)
        .map_err(|e| boussole_core::Error::BadFile(format!("the PDF could not be made: {e}")))?;
    fsutil::write_atomic(&path, &bytes)?;
    state.remember_pdf(path.clone());
    Ok(Written {
        path,
        bytes: bytes.len() as u64,
    })
}

/// Opens the PDF just exported in the system's PDF viewer. Only that file: the UI cannot ask
/// to open anything else.
#[tauri::command(async)]
pub fn open_exported_pdf(state: State<'_, AppState>, path: PathBuf) -> Result<()> {
    if !state.is_last_pdf(&path) {
        return Err(boussole_core::Error::invalid(
            "path",
            "only the PDF just exported can be opened from here",
        ));
    }
    tauri_plugin_opener::open_path(&path, None::<&str>).map_err(|e| {
        boussole_core::Error::io(
            format!("cannot open {}", path.display()),
            std::io::Error::other(e.to_string()),
        )
    })
}
