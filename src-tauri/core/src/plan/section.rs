//! A part of a plan that the UI saves on its own, as the user types.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::model::*;
use crate::error::{Error, Result};

/// One section of a plan, with its new content.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS, JsonSchema)]
#[serde(tag = "section", content = "value", rename_all = "camelCase")]
// One value lives at a time, for one save: boxing the large sections would buy nothing.
#[allow(clippy::large_enum_variant)]
pub enum PlanSection {
    Company(Company),
    Diagnostic(Diagnostic),
    Review(Review),
    Targets(Targets),
    Positioning(Positioning),
    Objectives(Vec<Objective>),
    Mix(MarketingMix),
    Actions(Vec<Action>),
    /// One action, in place of the plan's action with the same id: an edit to one action does
    /// not send every action of the plan again.
    Action(Action),
    Budget(Budget),
    Kpis(Vec<Kpi>),
    Notes(String),
    Dismissals(Vec<Dismissal>),
}

/// A section as stored: the plan's content is kept as one JSON document per section.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SectionKey {
    Company,
    Diagnostic,
    Review,
    Targets,
    Positioning,
    Objectives,
    Mix,
    Actions,
    Budget,
    Kpis,
    Notes,
    Dismissals,
}

impl SectionKey {
    /// Every stored section, in wizard order.
    pub const ALL: [SectionKey; 12] = [
        SectionKey::Company,
        SectionKey::Diagnostic,
        SectionKey::Review,
        SectionKey::Targets,
        SectionKey::Positioning,
        SectionKey::Objectives,
        SectionKey::Mix,
        SectionKey::Actions,
        SectionKey::Budget,
        SectionKey::Kpis,
        SectionKey::Notes,
        SectionKey::Dismissals,
    ];

    /// The name under which the section is stored (and read back as a field of the plan).
    pub fn as_str(self) -> &'static str {
        match self {
            SectionKey::Company => "company",
            SectionKey::Diagnostic => "diagnostic",
            SectionKey::Review => "review",
            SectionKey::Targets => "targets",
            SectionKey::Positioning => "positioning",
            SectionKey::Objectives => "objectives",
            SectionKey::Mix => "mix",
            SectionKey::Actions => "actions",
            SectionKey::Budget => "budget",
            SectionKey::Kpis => "kpis",
            SectionKey::Notes => "notes",
            SectionKey::Dismissals => "dismissals",
        }
    }

    /// The JSON of this section of `plan`, as stored.
    pub fn body_of(self, plan: &Plan) -> serde_json::Result<String> {
        match self {
            SectionKey::Company => serde_json::to_string(&plan.company),
            SectionKey::Diagnostic => serde_json::to_string(&plan.diagnostic),
            SectionKey::Review => serde_json::to_string(&plan.review),
            SectionKey::Targets => serde_json::to_string(&plan.targets),
            SectionKey::Positioning => serde_json::to_string(&plan.positioning),
            SectionKey::Objectives => serde_json::to_string(&plan.objectives),
            SectionKey::Mix => serde_json::to_string(&plan.mix),
            SectionKey::Actions => serde_json::to_string(&plan.actions),
            SectionKey::Budget => serde_json::to_string(&plan.budget),
            SectionKey::Kpis => serde_json::to_string(&plan.kpis),
            SectionKey::Notes => serde_json::to_string(&plan.notes),
            SectionKey::Dismissals => serde_json::to_string(&plan.dismissals),
        }
    }
}

impl PlanSection {
    /// The stored section this one changes.
    pub fn key(&self) -> SectionKey {
        match self {
            PlanSection::Company(_) => SectionKey::Company,
            PlanSection::Diagnostic(_) => SectionKey::Diagnostic,
            PlanSection::Review(_) => SectionKey::Review,
            PlanSection::Targets(_) => SectionKey::Targets,
            PlanSection::Positioning(_) => SectionKey::Positioning,
            PlanSection::Objectives(_) => SectionKey::Objectives,
            PlanSection::Mix(_) => SectionKey::Mix,
            PlanSection::Actions(_) | PlanSection::Action(_) => SectionKey::Actions,
            PlanSection::Budget(_) => SectionKey::Budget,
            PlanSection::Kpis(_) => SectionKey::Kpis,
            PlanSection::Notes(_) => SectionKey::Notes,
            PlanSection::Dismissals(_) => SectionKey::Dismissals,
        }
    }

    /// Puts this section's content into a plan, replacing what was there; an action replaces
    /// the plan's action with the same id, and is refused when the plan has none.
    pub fn apply_to(self, plan: &mut Plan) -> Result<()> {
        match self {
            PlanSection::Company(v) => plan.company = v,
            PlanSection::Diagnostic(v) => plan.diagnostic = v,
            PlanSection::Review(v) => plan.review = v,
            PlanSection::Targets(v) => plan.targets = v,
            PlanSection::Positioning(v) => plan.positioning = v,
            PlanSection::Objectives(v) => plan.objectives = v,
            PlanSection::Mix(v) => plan.mix = v,
            PlanSection::Actions(v) => plan.actions = v,
            PlanSection::Action(v) => {
                let slot = plan
                    .actions
                    .iter_mut()
                    .find(|a| a.id == v.id)
                    .ok_or_else(|| Error::NotFound {
                        entity: "action",
                        id: v.id.to_string(),
                    })?;
                *slot = v;
            }
            PlanSection::Budget(v) => plan.budget = v,
            PlanSection::Kpis(v) => plan.kpis = v,
            PlanSection::Notes(v) => plan.notes = v,
            PlanSection::Dismissals(v) => plan.dismissals = v,
        }
        Ok(())
    }
}
