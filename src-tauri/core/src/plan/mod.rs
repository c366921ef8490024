//! The plan: typed model, sections the UI saves one at a time, validation, the plan as the
//! library lists it, the names of its files, and the example figures a starting point brings.

mod example;
mod ids;
mod model;
mod naming;
mod record;
mod section;
pub mod upgrade;
pub mod validate;

pub use example::{still_examples, FigurePlace, FigureValue};
pub use ids::*;
pub(crate) use model::choice;
pub use model::*;
pub use naming::file_stem;
pub use record::{BackupPlan, PlanRecord, PlanSummary};
pub use section::{ActionList, PlanSection, SectionKey};
