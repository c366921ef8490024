//! Rules on last year's review: a renewal whose review was skipped or left half done, no lessons
//! drawn, and actions dropped in the review that came back into this year's plan.
//!
//! They read `plan.review` and the titles of this year's actions.

use std::collections::HashSet;

use super::super::catalogue::RuleId;
use super::super::context::Context;
use super::super::finding::{Details, Finding, ItemRef, Location};
use super::super::words::{blank, normalize};
use super::count;
use crate::plan::{ReviewDecision, Step};

/// Runs the last-year rules.
pub(super) fn run(cx: &Context, out: &mut Vec<Finding>) {
    let review = &cx.plan.review;
    if let Some(year) = review.previous_year {
        let decided = review
            .actions
            .iter()
            .filter(|a| a.decision.is_some())
            .count();
        let measured = review.objectives.iter().any(|o| o.measured.is_some());
        let at = |field| Location::at(Step::Review, Some(field));
        if decided == 0 && !measured {
            let details = Details {
                year: Some(year),
                ..Details::default()
            };
            out.push(Finding::new(RuleId::ReviewNotDone, at("actions"), details));
        } else if decided < review.actions.len() {
            let undecided = review.actions.len() - decided;
            let details = Details {
                count: Some(count(undecided)),
                ..Details::default()
            };
            out.push(Finding::new(
                RuleId::ReviewIncomplete,
                at("actions"),
                details,
            ));
        }
        if blank(&review.lessons) {
            out.push(Finding::new(
                RuleId::ReviewNoLessons,
                at("lessons"),
                Details::default(),
            ));
        }
    }

    let dropped: HashSet<String> = review
        .actions
        .iter()
        .filter(|a| a.decision == Some(ReviewDecision::Abandon))
        .map(|a| normalize(&a.title))
        .filter(|t| !t.is_empty())
        .collect();
    if dropped.is_empty() {
        return;
    }
    for action in &cx.live {
        if dropped.contains(&normalize(&action.title)) {
            let location = Location::item(Step::Actions, ItemRef::action(action.id), Some("title"));
            out.push(Finding::new(
                RuleId::AbandonedActionKept,
                location,
                Details::named(&action.title),
            ));
        }
    }
}
