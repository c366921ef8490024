//! A part of a plan that the UI saves on its own, as the user types.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::model::*;

/// One section of a plan, with its new content.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS, JsonSchema)]
#[serde(tag = "section", content = "value", rename_all = "camelCase")]
pub enum PlanSection {
    Company(Company),
    Diagnostic(Diagnostic),
    Review(Review),
    Targets(Targets),
    Positioning(Positioning),
    Objectives(Vec<Objective>),
    Mix(MarketingMix),
    Actions(Vec<Action>),
    Budget(Budget),
    Kpis(Vec<Kpi>),
    Notes(String),
    Dismissals(Vec<Dismissal>),
}

impl PlanSection {
    /// The key under which the section is stored.
    pub fn key(&self) -> &'static str {
        match self {
            PlanSection::Company(_) => "company",
            PlanSection::Diagnostic(_) => "diagnostic",
            PlanSection::Review(_) => "review",
            PlanSection::Targets(_) => "targets",
            PlanSection::Positioning(_) => "positioning",
            PlanSection::Objectives(_) => "objectives",
            PlanSection::Mix(_) => "mix",
            PlanSection::Actions(_) => "actions",
            PlanSection::Budget(_) => "budget",
            PlanSection::Kpis(_) => "kpis",
            PlanSection::Notes(_) => "notes",
            PlanSection::Dismissals(_) => "dismissals",
        }
    }

    /// Puts this section's content into a plan, replacing what was there.
    pub fn apply_to(self, plan: &mut Plan) {
        match self {
            PlanSection::Company(v) => plan.company = v,
            PlanSection::Diagnostic(v) => plan.diagnostic = v,
            PlanSection::Review(v) => plan.review = v,
            PlanSection::Targets(v) => plan.targets = v,
            PlanSection::Positioning(v) => plan.positioning = v,
            PlanSection::Objectives(v) => plan.objectives = v,
            PlanSection::Mix(v) => plan.mix = v,
            PlanSection::Actions(v) => plan.actions = v,
            PlanSection::Budget(v) => plan.budget = v,
            PlanSection::Kpis(v) => plan.kpis = v,
            PlanSection::Notes(v) => plan.notes = v,
            PlanSection::Dismissals(v) => plan.dismissals = v,
        }
    }

    /// Every section of a plan, in wizard order.
    pub fn all_of(plan: &Plan) -> Vec<PlanSection> {
        vec![
            PlanSection::Company(plan.company.clone()),
            PlanSection::Diagnostic(plan.diagnostic.clone()),
            PlanSection::Review(plan.review.clone()),
            PlanSection::Targets(plan.targets.clone()),
            PlanSection::Positioning(plan.positioning.clone()),
            PlanSection::Objectives(plan.objectives.clone()),
            PlanSection::Mix(plan.mix.clone()),
            PlanSection::Actions(plan.actions.clone()),
            PlanSection::Budget(plan.budget.clone()),
            PlanSection::Kpis(plan.kpis.clone()),
            PlanSection::Notes(plan.notes.clone()),
            PlanSection::Dismissals(plan.dismissals.clone()),
        ]
    }
}
