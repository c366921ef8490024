//! What a rule reports: the finding, where it points in the plan and the facts its title needs.
//!
//! Findings are plain data. Their texts are rendered by `text`, their order, dismissals and score
//! by `report`; nothing here decides whether a plan is right or wrong.

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::catalogue::RuleId;
use crate::plan::{
    ActionId, Channel, CompanySize, CompetitorId, Frequency, KpiId, Language, Lever, Money,
    ObjectiveId, PersonaId, SegmentId, Step,
};
pub use crate::plan::{Severity, SwotQuadrant};

/// The kind of plan item a finding points at.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, TS, JsonSchema,
)]
#[serde(rename_all = "camelCase")]
pub enum ItemKind {
    Objective,
    Action,
    Kpi,
    Segment,
    Competitor,
    Persona,
}

/// One item of the plan: its kind and its id within the plan.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, TS, JsonSchema,
)]
#[serde(rename_all = "camelCase")]
pub struct ItemRef {
    pub kind: ItemKind,
    pub id: u32,
}

/// Where a finding points, so the UI can open the step and focus the field.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct Location {
    pub step: Step,
    pub item: Option<ItemRef>,
    /// The camelCase field inside the item, or inside the step's section when there is no item,
    /// e.g. "owner", "plannedBudget", "swot.threats", "envelope".
    pub field: Option<&'static str>,
    /// The position of the entry concerned in the item's list that `field` names (e.g. the
    /// milestone of "milestones.date"), counted from 0.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub index: Option<u32>,
}

/// Item-specific facts a finding's title is written from; a rule sets only the ones it needs.
#[derive(Debug, Clone, Default, PartialEq, Serialize, TS, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct Details {
    /// The item's title or name as the owner wrote it (or the owner's name).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub name: Option<String>,
    /// A second item's name: the parent objective, the milestone.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub other_name: Option<String>,
    /// The wording that triggered the rule, e.g. "soldes" or "-20 %".
    #[serde(skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub word: Option<String>,
    /// How many items are concerned.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub count: Option<u32>,
    /// Out of how many items.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub total: Option<u32>,
    /// The limit the count goes over.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub limit: Option<u32>,
    /// An amount: what is planned or spent.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub amount: Option<Money>,
    /// The amount it goes over: the envelope, the planned budget.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub limit_amount: Option<Money>,
    /// The plan's currency (ISO 4217) for the amounts.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub currency: Option<String>,
    /// A measured value, in `unit`.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub value: Option<f64>,
    /// The value expected at the same date, in `unit`.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub expected: Option<f64>,
    /// The unit of `value` and `expected`, as the owner typed it.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub unit: Option<String>,
    /// A date: a deadline, an end, the last measurement.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub date: Option<NaiveDate>,
    /// The plan's year, or last year's plan.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub year: Option<i32>,
    /// A quarter of the year, 1 to 4.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub quarter: Option<u8>,
    /// The channel all actions go through.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub channel: Option<Channel>,
    /// How often a KPI should be measured.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub frequency: Option<Frequency>,
    /// The company size a limit depends on.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub size: Option<CompanySize>,
    /// The levers of the marketing mix concerned.
    pub levers: Vec<Lever>,
    /// The SWOT boxes concerned.
    pub quadrants: Vec<SwotQuadrant>,
    /// The channels concerned: a persona's, or those the actions use.
    pub channels: Vec<Channel>,
    /// A share of a whole, 0 to 1: of the budget, or a growth over the starting point.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub share: Option<f64>,
}

/// One planning mistake found in a plan.
#[derive(Debug, Clone, PartialEq, Serialize, TS, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct Finding {
    pub rule_id: RuleId,
    pub severity: Severity,
    pub location: Location,
    pub details: Details,
}

/// A finding's texts in one language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct FindingText {
    /// Short, may name the item, e.g. "« Salon du chocolat » n'a pas de responsable".
    pub title: String,
    /// Why it matters, in plain words.
    pub explanation: String,
}

impl ItemKind {
    /// The word used in dismissal targets, e.g. "action".
    pub fn as_str(self) -> &'static str {
        match self {
            ItemKind::Objective => "objective",
            ItemKind::Action => "action",
            ItemKind::Kpi => "kpi",
            ItemKind::Segment => "segment",
            ItemKind::Competitor => "competitor",
            ItemKind::Persona => "persona",
        }
    }
}

impl ItemRef {
    /// An objective of the plan.
    pub fn objective(id: ObjectiveId) -> Self {
        ItemRef {
            kind: ItemKind::Objective,
            id: id.0,
        }
    }

    /// An action of the plan.
    pub fn action(id: ActionId) -> Self {
        ItemRef {
            kind: ItemKind::Action,
            id: id.0,
        }
    }

    /// A KPI of the plan.
    pub fn kpi(id: KpiId) -> Self {
        ItemRef {
            kind: ItemKind::Kpi,
            id: id.0,
        }
    }

    /// A target segment of the plan.
    pub fn segment(id: SegmentId) -> Self {
        ItemRef {
            kind: ItemKind::Segment,
            id: id.0,
        }
    }

    /// A competitor of the plan.
    pub fn competitor(id: CompetitorId) -> Self {
        ItemRef {
            kind: ItemKind::Competitor,
            id: id.0,
        }
    }

    /// A persona of the plan.
    pub fn persona(id: PersonaId) -> Self {
        ItemRef {
            kind: ItemKind::Persona,
            id: id.0,
        }
    }
}

impl std::fmt::Display for ItemRef {
    /// The dismissal target form, e.g. "action:4".
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}:{}", self.kind.as_str(), self.id)
    }
}

impl Location {
    /// A plan-wide place: a step and, optionally, a field of its section.
    pub fn at(step: Step, field: Option<&'static str>) -> Self {
        Location {
            step,
            item: None,
            field,
            index: None,
        }
    }

    /// An item shown in a step and, optionally, one of its fields.
    pub fn item(step: Step, item: ItemRef, field: Option<&'static str>) -> Self {
        Location {
            step,
            item: Some(item),
            field,
            index: None,
        }
    }

    /// This place, at one entry of the list its field names.
    pub fn at_index(self, index: usize) -> Self {
        Location {
            index: u32::try_from(index).ok(),
            ..self
        }
    }
}

impl SwotQuadrant {
    /// The camelCase path of the quadrant in the diagnostic, e.g. "swot.threats".
    pub fn field(self) -> &'static str {
        match self {
            SwotQuadrant::Strengths => "swot.strengths",
            SwotQuadrant::Weaknesses => "swot.weaknesses",
            SwotQuadrant::Opportunities => "swot.opportunities",
            SwotQuadrant::Threats => "swot.threats",
        }
    }
}

impl Details {
    /// Details holding only the item's name, trimmed.
    pub fn named(name: &str) -> Self {
        Details {
            name: Some(name.trim().to_string()),
            ..Details::default()
        }
    }
}

impl Finding {
    /// A finding of a rule, with the rule's severity.
    pub fn new(rule_id: RuleId, location: Location, details: Details) -> Self {
        Finding {
            rule_id,
            severity: rule_id.info().severity,
            location,
            details,
        }
    }

    /// The dismissal target: "kind:id" for an item (e.g. "action:4"), empty for a plan-wide one.
    pub fn target(&self) -> String {
        self.location
            .item
            .map(|item| item.to_string())
            .unwrap_or_default()
    }

    /// The finding's title and explanation in a language.
    pub fn text(&self, language: Language) -> FindingText {
        FindingText {
            title: super::text::title(self, language),
            explanation: self.rule_id.info().explanation.get(language).to_string(),
        }
    }
}
