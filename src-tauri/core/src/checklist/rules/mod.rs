//! The rules, one file per family. Each family's `run` appends its findings, in plan order, to
//! the list it is given.
//!
//! Rules are pure: they read the plan and the evaluation date from the context and nothing else.

use super::context::Context;
use super::finding::Finding;

mod channels;
mod coherence;
mod diagnostic;
mod execution;
mod last_year;
mod measures;
mod money;
mod objectives;
mod realism;
mod start;
mod steering;
mod targeting;
mod whom;

/// Runs every rule, family by family.
pub(super) fn run(cx: &Context, out: &mut Vec<Finding>) {
    diagnostic::run(cx, out);
    last_year::run(cx, out);
    targeting::run(cx, out);
    channels::run(cx, out);
    whom::run(cx, out);
    objectives::run(cx, out);
    realism::run(cx, out);
    coherence::run(cx, out);
    measures::run(cx, out);
    execution::run(cx, out);
    money::run(cx, out);
    steering::run(cx, out);
    start::run(cx, out);
}

/// A list length as a count for texts (saturating; plans are far smaller).
fn count(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}
