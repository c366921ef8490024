//! A plan as the library holds it: its entry in the list (identity, company, year, last change,
//! readiness) and its content. Plain values; the store fills them, the use cases hand them out.

use chrono::{DateTime, Utc};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::ids::PlanId;
use super::model::{Language, Plan};

/// A plan as listed in the library.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct PlanSummary {
    pub id: PlanId,
    pub company_name: String,
    pub plan_year: i32,
    pub language: Language,
    pub previous_plan_id: Option<PlanId>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    /// The checklist's readiness score (0-100) as of the last change, when known.
    pub readiness: Option<u8>,
    /// The example plan Boussole seeded, to be labelled as such.
    #[serde(default)]
    pub example: bool,
    /// How many of the wizard's steps the owner has been through: until all are, the score
    /// counts what is still to do more than what is wrong.
    #[serde(default)]
    pub steps_visited: u8,
    /// The stem of the file names suggested for the plan, e.g. "Biscuiterie-Caradec-2027".
    pub file_stem: String,
}

/// A stored plan with its content.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct PlanRecord {
    pub summary: PlanSummary,
    pub plan: Plan,
}

/// A plan found in a backup of the library.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct BackupPlan {
    pub id: PlanId,
    pub company_name: String,
    pub plan_year: i32,
    pub updated_at: DateTime<Utc>,
}
