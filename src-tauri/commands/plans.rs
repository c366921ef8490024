//! Commands of the plan library and of the plan being edited.

use std::path::PathBuf;

use boussole_core::format::{self, ImportReport};
use boussole_core::plan::{Language, Plan, PlanId, PlanSection};
use boussole_core::store::plans::{self, PlanRecord, PlanSummary};
use boussole_core::Result;
use tauri::State;

use super::AppState;

/// The plans of the library, most recent first.
#[tauri::command(async)]
pub fn list_plans(state: State<'_, AppState>) -> Result<Vec<PlanSummary>> {
    state.library()?.with(|c| plans::list(c))
}

/// Creates an empty plan and returns its id.
#[tauri::command(async)]
pub fn create_plan(state: State<'_, AppState>, name: String, year: i32, language: Language) -> Result<PlanId> {
    let plan = Plan::blank(name.trim(), year, language);
    state.library()?.with(|c| plans::create(c, &plan, None))
}

/// One plan with all its content.
#[tauri::command(async)]
pub fn get_plan(state: State<'_, AppState>, id: PlanId) -> Result<PlanRecord> {
    state.library()?.with(|c| plans::get(c, id))
}

/// Saves one section of a plan (called, debounced, as the user types).
#[tauri::command(async)]
pub fn save_section(state: State<'_, AppState>, id: PlanId, section: PlanSection) -> Result<PlanSummary> {
    state.library()?.with(|c| plans::save_section(c, id, section))
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

/// Writes a plan file at the path the user chose in the save dialog.
#[tauri::command(async)]
pub fn export_plan(state: State<'_, AppState>, id: PlanId, path: PathBuf) -> Result<()> {
    let plan = state.library()?.with(|c| plans::get(c, id))?.plan;
    format::write_file(&path, &plan, chrono::Utc::now())
}

/// Reads a plan file chosen in the open dialog and adds it to the library.
#[tauri::command(async)]
pub fn import_plan(state: State<'_, AppState>, path: PathBuf) -> Result<ImportReport> {
    let plan = format::read_file(&path)?;
    let plan_id = state.library()?.with(|c| plans::create(c, &plan, None))?;
    Ok(ImportReport { plan_id, company_name: plan.company.name, plan_year: plan.company.plan_year })
}
