//! Typed identifiers and money.
//!
//! Plan ids come from the database and are only this library's row numbers; a plan's identity
//! across machines and files is its `PlanUid`, a random UUID. Item ids (objectives, actions...) are small integers unique
//! within one plan, so a plan document keeps its internal links when exported and imported.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// Declares a transparent integer id type that crosses to the UI as a number.
macro_rules! id_type {
    ($(#[$doc:meta])* $name:ident($inner:ty)) => {
        $(#[$doc])*
        #[derive(
            Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, TS,
            JsonSchema,
        )]
        #[serde(transparent)]
        #[ts(type = "number")]
        pub struct $name(pub $inner);

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                self.0.fmt(f)
            }
        }
    };
}

id_type!(
    /// A plan stored in the library (database row id).
    PlanId(i64)
);
id_type!(
    /// A competitor, unique within its plan.
    CompetitorId(u32)
);
id_type!(
    /// A target segment, unique within its plan.
    SegmentId(u32)
);
id_type!(
    /// A persona, unique within its plan.
    PersonaId(u32)
);
id_type!(
    /// An objective, unique within its plan.
    ObjectiveId(u32)
);
id_type!(
    /// An action, unique within its plan.
    ActionId(u32)
);
id_type!(
    /// A KPI, unique within its plan.
    KpiId(u32)
);
id_type!(
    /// An entry of the adjustment log, unique within its plan.
    AdjustmentId(u32)
);

/// An amount of money in cents of the plan's currency. Never a float.
#[derive(
    Debug,
    Clone,
    Copy,
    Default,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    Serialize,
    Deserialize,
    TS,
    JsonSchema,
)]
#[serde(transparent)]
#[ts(type = "number")]
pub struct Money(pub i64);

impl Money {
    /// Whole currency units and cents, e.g. `Money::from_units(1200)` is 1,200.00.
    pub const fn from_units(units: i64) -> Self {
        Money(units * 100)
    }

    /// The amount in cents.
    pub const fn cents(self) -> i64 {
        self.0
    }

    /// Adds without overflowing (saturates at the extreme values).
    pub const fn saturating_add(self, other: Money) -> Money {
        Money(self.0.saturating_add(other.0))
    }
}

impl std::iter::Sum for Money {
    fn sum<I: Iterator<Item = Money>>(iter: I) -> Money {
        iter.fold(Money(0), Money::saturating_add)
    }
}

/// A plan's identity wherever it goes (another library, a plan file, a shared database later):
/// a random UUID (version 4) given when the plan is first stored or written by renewal.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, TS, JsonSchema,
)]
#[serde(transparent)]
#[ts(type = "string")]
pub struct PlanUid(pub uuid::Uuid);

impl PlanUid {
    /// A new identity, never given before.
    pub fn new() -> PlanUid {
        PlanUid(uuid::Uuid::new_v4())
    }

    /// The identity of a plan file that has none (written before identities existed): derived
    /// from the company's name and the plan's year, so exports of the same plan agree.
    pub fn derived(company: &str, year: i32) -> PlanUid {
        PlanUid(uuid::Uuid::new_v5(
            &uuid::Uuid::NAMESPACE_OID,
            format!("boussole-plan\u{1f}{company}\u{1f}{year}").as_bytes(),
        ))
    }
}

impl Default for PlanUid {
    fn default() -> Self {
        PlanUid::new()
    }
}

impl std::fmt::Display for PlanUid {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.0.hyphenated().fmt(f)
    }
}

impl std::str::FromStr for PlanUid {
    type Err = uuid::Error;
    fn from_str(s: &str) -> Result<PlanUid, uuid::Error> {
        uuid::Uuid::parse_str(s).map(PlanUid)
    }
}
