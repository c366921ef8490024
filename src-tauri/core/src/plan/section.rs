//! A part of a plan that the UI saves on its own, as the user types.

use std::collections::{HashMap, HashSet};

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::ids::ActionId;
use super::model::*;
use crate::error::{Error, Result};

/// One section of a plan, with its new content.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS, JsonSchema)]
#[serde(tag = "section", content = "value", rename_all = "camelCase")]
// One value lives at a time, for one save: boxing the large sections would buy nothing.
#[allow(clippy::large_enum_variant)]
pub enum PlanSection {
    Start(PlanStart),
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
    /// The actions in their new order, with only those added or changed: what the wizard sends
    /// when actions are added, removed, moved or duplicated, instead of every action again.
    ActionList(ActionList),
    Budget(Budget),
    Kpis(Vec<Kpi>),
    Notes(String),
    Dismissals(Vec<Dismissal>),
    Adjustments(Vec<Adjustment>),
    YearEnd(YearEnd),
}

/// A plan's actions given as their order and what changed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ActionList {
    /// Every action's id, in the new order; an action left out is removed.
    pub order: Vec<ActionId>,
    /// The actions that are new or changed, whole; every other action stays as stored.
    pub changed: Vec<Action>,
}

impl ActionList {
    /// The plan's new list of actions: `stored` in the new order, with the changed actions in
    /// place. Refused when an id is neither stored nor changed, appears twice in the order, or
    /// when a changed action is not in the order.
    fn apply(self, stored: Vec<Action>) -> Result<Vec<Action>> {
        let mut changed: HashMap<ActionId, Action> =
            self.changed.into_iter().map(|a| (a.id, a)).collect();
        let mut stored: HashMap<ActionId, Action> = stored.into_iter().map(|a| (a.id, a)).collect();
        let mut seen = HashSet::with_capacity(self.order.len());
        let mut actions = Vec::with_capacity(self.order.len());
        for id in self.order {
            if !seen.insert(id) {
                return Err(Error::invalid(
                    "order",
                    format!("action {id} is listed twice"),
                ));
            }
            let action = changed
                .remove(&id)
                .or_else(|| stored.remove(&id))
                .ok_or_else(|| Error::NotFound {
                    entity: "action",
                    id: id.to_string(),
                })?;
            actions.push(action);
        }
        if let Some(id) = changed.keys().min() {
            return Err(Error::invalid(
                "changed",
                format!("action {id} is changed but not in the order"),
            ));
        }
        Ok(actions)
    }
}

/// A section as stored: the plan's content is kept as one JSON document per section.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SectionKey {
    Start,
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
    Adjustments,
    YearEnd,
}

impl SectionKey {
    /// Every stored section, in wizard order.
    pub const ALL: [SectionKey; 15] = [
        SectionKey::Start,
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
        SectionKey::Adjustments,
        SectionKey::YearEnd,
    ];

    /// The name under which the section is stored (and read back as a field of the plan).
    pub fn as_str(self) -> &'static str {
        match self {
            SectionKey::Start => "start",
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
            SectionKey::Adjustments => "adjustments",
            SectionKey::YearEnd => "yearEnd",
        }
    }

    /// The JSON of this section of `plan`, as stored.
    pub fn body_of(self, plan: &Plan) -> serde_json::Result<String> {
        match self {
            SectionKey::Start => serde_json::to_string(&plan.start),
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
            SectionKey::Adjustments => serde_json::to_string(&plan.adjustments),
            SectionKey::YearEnd => serde_json::to_string(&plan.year_end),
        }
    }
}

impl PlanSection {
    /// The stored section this one changes.
    pub fn key(&self) -> SectionKey {
        match self {
            PlanSection::Start(_) => SectionKey::Start,
            PlanSection::Company(_) => SectionKey::Company,
            PlanSection::Diagnostic(_) => SectionKey::Diagnostic,
            PlanSection::Review(_) => SectionKey::Review,
            PlanSection::Targets(_) => SectionKey::Targets,
            PlanSection::Positioning(_) => SectionKey::Positioning,
            PlanSection::Objectives(_) => SectionKey::Objectives,
            PlanSection::Mix(_) => SectionKey::Mix,
            PlanSection::Actions(_) | PlanSection::Action(_) | PlanSection::ActionList(_) => {
                SectionKey::Actions
            }
            PlanSection::Budget(_) => SectionKey::Budget,
            PlanSection::Kpis(_) => SectionKey::Kpis,
            PlanSection::Notes(_) => SectionKey::Notes,
            PlanSection::Dismissals(_) => SectionKey::Dismissals,
            PlanSection::Adjustments(_) => SectionKey::Adjustments,
            PlanSection::YearEnd(_) => SectionKey::YearEnd,
        }
    }

    /// For a section of actions, the ids of the actions it adds or changes in `stored` (the
    /// plan's actions before it applies); None for any other section.
    pub fn changed_actions(&self, stored: &[Action]) -> Option<HashSet<ActionId>> {
        match self {
            PlanSection::Action(action) => Some(HashSet::from([action.id])),
            PlanSection::ActionList(list) => Some(list.changed.iter().map(|a| a.id).collect()),
            PlanSection::Actions(actions) => {
                let before: HashMap<ActionId, &Action> = stored.iter().map(|a| (a.id, a)).collect();
                Some(
                    actions
                        .iter()
                        .filter(|a| before.get(&a.id) != Some(a))
                        .map(|a| a.id)
                        .collect(),
                )
            }
            _ => None,
        }
    }

    /// Puts this section's content into a plan, replacing what was there; an action replaces
    /// the plan's action with the same id, and is refused when the plan has none. A refused
    /// section may leave the plan's actions half changed: the plan is then dropped, not saved.
    pub fn apply_to(self, plan: &mut Plan) -> Result<()> {
        match self {
            PlanSection::Start(v) => plan.start = v,
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
            PlanSection::ActionList(v) => {
                let stored = std::mem::take(&mut plan.actions);
                plan.actions = v.apply(stored)?;
            }
            PlanSection::Budget(v) => plan.budget = v,
            PlanSection::Kpis(v) => plan.kpis = v,
            PlanSection::Notes(v) => plan.notes = v,
            PlanSection::Dismissals(v) => plan.dismissals = v,
            PlanSection::Adjustments(v) => plan.adjustments = v,
            PlanSection::YearEnd(v) => plan.year_end = v,
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn actions() -> Vec<Action> {
        crate::seed::example_plan(2027).actions
    }

    fn list(order: &[u32], changed: Vec<Action>) -> ActionList {
        ActionList {
            order: order.iter().map(|&i| ActionId(i)).collect(),
            changed,
        }
    }

    #[test]
    fn an_action_list_reorders_keeps_changes_and_drops_what_it_leaves_out() {
        let stored = actions();
        let mut edited = stored[2].clone();
        edited.title = "Salon, stand double".into();
        let out = list(&[3, 1], vec![edited.clone()])
            .apply(stored.clone())
            .unwrap();
        assert_eq!(out, vec![edited, stored[0].clone()]);
    }

    #[test]
    fn an_action_list_that_does_not_add_up_is_refused() {
        let stored = actions();
        let err = list(&[1, 1], vec![]).apply(stored.clone()).unwrap_err();
        assert_eq!(err.payload().field.as_deref(), Some("order"));
        let err = list(&[1, 999], vec![]).apply(stored.clone()).unwrap_err();
        assert_eq!(err.kind(), crate::ErrorKind::NotFound);
        let mut stray = stored[0].clone();
        stray.id = ActionId(500);
        let err = list(&[1], vec![stray]).apply(stored).unwrap_err();
        assert_eq!(err.payload().field.as_deref(), Some("changed"));
    }
}
