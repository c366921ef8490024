//! Typed identifiers and money.
//!
//! Plan ids come from the database; item ids (objectives, actions...) are small integers unique
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
