//! Coherence rules: every objective served by an action and followed by a KPI in its own unit,
//! every action and KPI tied to an objective, actions starting before their objectives are due, KPIs with a
//! target, a tool and a frequency, and every lever of the marketing mix decided or acted on.
//!
//! They read objectives, live actions, KPIs and the mix; they judge no objective on its own.

use std::collections::HashSet;

use super::super::catalogue::RuleId;
use super::super::context::Context;
use super::super::finding::{Details, Finding, ItemRef, Location};
use super::super::words::blank;
use crate::figures::ObjectiveMeasure;
use crate::plan::{Channel, Lever, MarketingMix, ObjectiveId, Step};

/// The four classic levers, always checked.
const CLASSIC_LEVERS: [Lever; 4] = [Lever::Product, Lever::Price, Lever::Place, Lever::Promotion];
/// The three service levers, checked when customers meet the business.
const SERVICE_LEVERS: [Lever; 3] = [Lever::People, Lever::Process, Lever::PhysicalEvidence];

/// Runs the coherence rules.
pub(super) fn run(cx: &Context, out: &mut Vec<Finding>) {
    objectives_served_and_followed(cx, out);
    measured_elsewhere(cx, out);
    actions_tied(cx, out);
    kpis(cx, out);
    mix(cx, out);
}

/// Objectives with no action, and with no KPI, on themselves or on one of their sub-objectives.
fn objectives_served_and_followed(cx: &Context, out: &mut Vec<Finding>) {
    let mut served: HashSet<ObjectiveId> = HashSet::with_capacity(cx.objectives.len());
    for action in &cx.live {
        for &id in &action.objective_ids {
            cx.mark_with_ancestors(id, &mut served);
        }
    }
    let mut followed: HashSet<ObjectiveId> = HashSet::with_capacity(cx.objectives.len());
    for id in cx.plan.kpis.iter().filter_map(|k| k.objective_id) {
        cx.mark_with_ancestors(id, &mut followed);
    }
    for o in &cx.plan.objectives {
        let location = Location::item(Step::Objectives, ItemRef::objective(o.id), None);
        if !served.contains(&o.id) {
            out.push(Finding::new(
                RuleId::ObjectiveWithoutAction,
                location.clone(),
                Details::named(&o.title),
            ));
        }
        if !followed.contains(&o.id) {
            out.push(Finding::new(
                RuleId::ObjectiveWithoutKpi,
                location,
                Details::named(&o.title),
            ));
        }
    }
}

/// Objectives whose indicators all count another unit than theirs: their progress cannot be
/// told (the figures say "not comparable"). Points at the first indicator's unit. Audience
/// figures following a business objective are `objective-audience-only`'s, which says more.
fn measured_elsewhere(cx: &Context, out: &mut Vec<Finding>) {
    for (objective, figures) in cx.plan.objectives.iter().zip(&cx.figures.objectives) {
        let ObjectiveMeasure::NotComparable { units } = &figures.measure else {
            continue;
        };
        let linked = cx
            .plan
            .kpis
            .iter()
            .filter(|k| k.objective_id == Some(objective.id));
        if super::measures::audience_only(objective, linked) {
            continue;
        }
        let Some(kpi) = cx
            .plan
            .kpis
            .iter()
            .find(|k| k.objective_id == Some(objective.id))
        else {
            continue;
        };
        out.push(Finding::new(
            RuleId::ObjectiveNotComparable,
            Location::item(Step::Kpis, ItemRef::kpi(kpi.id), Some("unit")),
            Details {
                word: Some(units.join(", ")),
                other_name: Some(objective.unit.trim().to_string()),
                ..Details::named(&objective.title)
            },
        ));
    }
}

/// Actions serving no objective, and actions starting after every objective they serve is due.
fn actions_tied(cx: &Context, out: &mut Vec<Finding>) {
    for action in &cx.live {
        let at = |field| Location::item(Step::Actions, ItemRef::action(action.id), Some(field));
        let mut linked = action
            .objective_ids
            .iter()
            .filter_map(|id| cx.objectives.get(id))
            .peekable();
        if linked.peek().is_none() {
            out.push(Finding::new(
                RuleId::ActionWithoutObjective,
                at("objectiveIds"),
                Details::named(&action.title),
            ));
            continue;
        }
        if let Some(start) = action.start {
            if linked.all(|o| o.deadline.is_some_and(|d| d < start)) {
                out.push(Finding::new(
                    RuleId::ActionStartsAfterDeadline,
                    at("start"),
                    Details::named(&action.title),
                ));
            }
        }
    }
}

/// KPIs with no target, no tool, no frequency or no objective.
fn kpis(cx: &Context, out: &mut Vec<Finding>) {
    for kpi in &cx.plan.kpis {
        let at = |field| Location::item(Step::Kpis, ItemRef::kpi(kpi.id), Some(field));
        let named = || Details::named(&kpi.name);
        if kpi.target.is_none() {
            out.push(Finding::new(RuleId::KpiNoTarget, at("target"), named()));
        }
        if blank(&kpi.tool) {
            out.push(Finding::new(RuleId::KpiNoTool, at("tool"), named()));
        }
        if kpi.frequency.is_none() {
            out.push(Finding::new(
                RuleId::KpiNoFrequency,
                at("frequency"),
                named(),
            ));
        }
        if !kpi
            .objective_id
            .is_some_and(|id| cx.objectives.contains_key(&id))
        {
            out.push(Finding::new(
                RuleId::KpiWithoutObjective,
                at("objectiveId"),
                named(),
            ));
        }
    }
}

/// Levers with no written decision and no live action on them. The four classic levers are
/// always checked. The three service levers (people, process, physical evidence) only when
/// customers meet the business face to face (an action in store, at an event or in direct sales)
/// or when the owner already uses one of them: a web-only shop need not describe a shop window.
fn mix(cx: &Context, out: &mut Vec<Finding>) {
    let bit = |lever: Lever| 1u32 << (lever as u32);
    let mut acted = 0u32;
    let mut face_to_face = false;
    for action in &cx.live {
        if let Some(lever) = action.lever {
            acted |= bit(lever);
        }
        face_to_face |= matches!(
            action.channel,
            Some(Channel::InStore | Channel::Events | Channel::DirectSales)
        );
    }
    let mix = &cx.plan.mix;
    let used = |lever: Lever| acted & bit(lever) != 0 || !blank(lever_text(mix, lever));

    let classic: Vec<Lever> = CLASSIC_LEVERS.into_iter().filter(|&l| !used(l)).collect();
    if let Some(&first) = classic.first() {
        let location = Location::at(Step::Mix, Some(lever_field(first)));
        out.push(Finding::new(
            RuleId::MixLeverEmpty,
            location,
            Details {
                levers: classic,
                ..Details::default()
            },
        ));
    }

    let service_relevant = face_to_face || SERVICE_LEVERS.into_iter().any(used);
    if service_relevant {
        let service: Vec<Lever> = SERVICE_LEVERS.into_iter().filter(|&l| !used(l)).collect();
        if let Some(&first) = service.first() {
            let location = Location::at(Step::Mix, Some(lever_field(first)));
            let details = Details {
                levers: service,
                ..Details::default()
            };
            out.push(Finding::new(
                RuleId::MixServiceLeverEmpty,
                location,
                details,
            ));
        }
    }
}

/// The mix decision written for a lever.
fn lever_text(mix: &MarketingMix, lever: Lever) -> &str {
    match lever {
        Lever::Product => &mix.product,
        Lever::Price => &mix.price,
        Lever::Place => &mix.place,
        Lever::Promotion => &mix.promotion,
        Lever::People => &mix.people,
        Lever::Process => &mix.process,
        Lever::PhysicalEvidence => &mix.physical_evidence,
    }
}

/// The camelCase field of a lever in the mix.
fn lever_field(lever: Lever) -> &'static str {
    match lever {
        Lever::Product => "product",
        Lever::Price => "price",
        Lever::Place => "place",
        Lever::Promotion => "promotion",
        Lever::People => "people",
        Lever::Process => "process",
        Lever::PhysicalEvidence => "physicalEvidence",
    }
}
