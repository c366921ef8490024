//! Commands of the yearly renewal: what renewing would carry over, the renewal itself, and this
//! year's plan beside last year's.

use boussole_core::plan::PlanId;
use boussole_core::renew::{RenewOptions, ReviewStatus, YearOverYear};
use boussole_core::Result;
use tauri::State;

use super::{today, AppState};

/// What renewing plan `id` with these decisions would carry over, shown before renewing.
#[tauri::command(async)]
pub fn review_status(
    state: State<'_, AppState>,
    id: PlanId,
    options: RenewOptions,
) -> Result<ReviewStatus> {
    state.library()?.review_status(id, &options)
}

/// Creates the plan for `year` from plan `id` and the owner's decisions; returns its id.
#[tauri::command(async)]
pub fn renew_plan(
    state: State<'_, AppState>,
    id: PlanId,
    year: i32,
    options: RenewOptions,
) -> Result<PlanId> {
    state.library()?.renew(id, year, &options, today())
}

/// Plan `id`'s objectives, budget and KPIs beside those of the plan it renews, if any.
#[tauri::command(async)]
pub fn compare_with_previous(
    state: State<'_, AppState>,
    id: PlanId,
) -> Result<Option<YearOverYear>> {
    state.library()?.compare_with_previous(id)
}
