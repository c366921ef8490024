//! The checklist of common planning mistakes: rules over a plan, their findings with French and
//! English texts, dismissals, and the readiness score.
//!
//! Rules are pure functions of the plan and its figures (`crate::figures`, worked out as of a date
//! passed in): nothing here reads the clock, the store or the UI, and no rule adds up money or
//! progress on its own. Structural errors are `plan::validate`'s; this judges valid but unwise plans.

mod catalogue;
mod context;
mod finding;
mod report;
mod rules;
mod text;
mod words;

#[cfg(test)]
mod tests;

use chrono::NaiveDate;

pub use catalogue::{rules, Bilingual, Family, RuleId, RuleInfo};
pub use finding::{
    Details, Finding, FindingText, ItemKind, ItemRef, Location, Severity, SwotQuadrant,
};
pub use report::{
    dismissal_for, report, report_of, report_with, score_formula, Counts, FindingView, Report,
    ADVICE_PENALTY, CRITICAL_PENALTY, WARNING_PENALTY,
};

use crate::figures::Figures;
use crate::plan::Plan;

/// Every finding of every rule on a plan, evaluated as of `today`, in rule order.
pub fn evaluate(plan: &Plan, today: NaiveDate) -> Vec<Finding> {
    evaluate_with(plan, &crate::figures::of(plan, today))
}

/// Every finding of every rule on a plan whose figures are already worked out (as of their date).
pub fn evaluate_with(plan: &Plan, figures: &Figures) -> Vec<Finding> {
    let cx = context::Context::new(plan, figures);
    let mut findings = Vec::new();
    rules::run(&cx, &mut findings);
    findings
}
