//! The plan: typed model, sections the UI saves one at a time, validation, and the plan as the
//! library lists it.

mod ids;
mod model;
mod record;
mod section;
pub mod upgrade;
pub mod validate;

pub use ids::*;
pub use model::*;
pub use record::{BackupPlan, PlanRecord, PlanSummary};
pub use section::{ActionList, PlanSection, SectionKey};
