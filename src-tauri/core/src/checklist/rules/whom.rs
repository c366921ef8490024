//! Who the actions are for: a primary target group that no action names (checked only once the
//! owner names targets on at least one action, so plans that do not use the field are not
//! scolded), and a budget spent mostly on a group marked "later".
//!
//! They read the live actions' targets (a persona named counts for its group), the segments'
//! priorities and the budget by segment from `crate::figures`.

use std::collections::HashSet;

use super::super::catalogue::RuleId;
use super::super::context::Context;
use super::super::finding::{Details, Finding, ItemRef, Location};
use crate::plan::{Priority, SegmentId, Step};

/// Share of the planned budget above which a group marked "later" takes "most" of it.
pub(crate) const LATER_SHARE: f64 = 0.5;

/// Runs the rules on whom the actions are for.
pub(super) fn run(cx: &Context, out: &mut Vec<Finding>) {
    untargeted(cx, out);
    later_budget(cx, out);
}

/// Primary groups no live action names, directly or through one of its personas.
fn untargeted(cx: &Context, out: &mut Vec<Finding>) {
    let targets = &cx.plan.targets;
    let named = cx
        .live
        .iter()
        .any(|a| !a.segment_ids.is_empty() || !a.persona_ids.is_empty());
    if !named {
        return;
    }
    let mut aimed: HashSet<SegmentId> = HashSet::new();
    for action in &cx.live {
        aimed.extend(action.segment_ids.iter().copied());
        aimed.extend(
            action
                .persona_ids
                .iter()
                .filter_map(|id| targets.personas.iter().find(|p| p.id == *id))
                .filter_map(|p| p.segment_id),
        );
    }
    for segment in &targets.segments {
        if segment.priority == Some(Priority::Primary) && !aimed.contains(&segment.id) {
            out.push(Finding::new(
                RuleId::PrimarySegmentUntargeted,
                Location::item(
                    Step::Targets,
                    ItemRef::segment(segment.id),
                    Some("priority"),
                ),
                Details::named(&segment.name),
            ));
        }
    }
}

/// Groups marked "later" that take more than half of the planned budget.
fn later_budget(cx: &Context, out: &mut Vec<Finding>) {
    let total = cx.figures.budget.total.planned;
    if total.cents() <= 0 {
        return;
    }
    for share in &cx.figures.budget.by_segment {
        let Some(segment) = share
            .key
            .and_then(|id| cx.plan.targets.segments.iter().find(|s| s.id == id))
        else {
            continue;
        };
        let part = share.planned.cents() as f64 / total.cents() as f64;
        if segment.priority == Some(Priority::Later) && part > LATER_SHARE {
            out.push(Finding::new(
                RuleId::BudgetOnLaterSegment,
                Location::item(
                    Step::Targets,
                    ItemRef::segment(segment.id),
                    Some("priority"),
                ),
                Details {
                    amount: Some(share.planned),
                    limit_amount: Some(total),
                    currency: Some(cx.plan.company.currency.clone()),
                    share: Some(part),
                    ..Details::named(&segment.name)
                },
            ));
        }
    }
}
