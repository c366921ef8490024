//! The plan: typed model, sections the UI saves one at a time, and validation.

mod ids;
mod model;
mod section;
pub mod validate;

pub use ids::*;
pub use model::*;
pub use section::{ActionList, PlanSection, SectionKey};
