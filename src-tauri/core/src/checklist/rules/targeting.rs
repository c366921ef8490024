//! Rules on targets and positioning: no target group, no typical customer, every group a
//! priority, no value proposition, no differentiation, no price level, and an upmarket
//! positioning contradicted by discount actions.
//!
//! They read `plan.targets`, `plan.positioning` and the wording of the live actions.

use super::super::catalogue::RuleId;
use super::super::context::Context;
use super::super::finding::{Details, Finding, ItemRef, Location};
use super::super::words::{blank, discount_wording};
use super::count;
use crate::plan::{PriceLevel, Priority, Step};

/// Runs the targeting and positioning rules.
pub(super) fn run(cx: &Context, out: &mut Vec<Finding>) {
    let targets = &cx.plan.targets;
    let at = |step, field| Location::at(step, Some(field));

    if targets.segments.is_empty() {
        out.push(Finding::new(
            RuleId::NoSegment,
            at(Step::Targets, "segments"),
            Details::default(),
        ));
    }
    if targets.personas.is_empty() {
        out.push(Finding::new(
            RuleId::NoPersona,
            at(Step::Targets, "personas"),
            Details::default(),
        ));
    }
    if targets.segments.len() >= 2
        && targets
            .segments
            .iter()
            .all(|s| s.priority == Some(Priority::Primary))
    {
        let details = Details {
            count: Some(count(targets.segments.len())),
            ..Details::default()
        };
        out.push(Finding::new(
            RuleId::AllSegmentsPrimary,
            at(Step::Targets, "segments"),
            details,
        ));
    }
    if !targets.segments.is_empty() {
        for persona in targets.personas.iter().filter(|p| p.segment_id.is_none()) {
            let location = Location::item(
                Step::Targets,
                ItemRef::persona(persona.id),
                Some("segmentId"),
            );
            out.push(Finding::new(
                RuleId::PersonaWithoutSegment,
                location,
                Details::named(&persona.name),
            ));
        }
    }

    let positioning = &cx.plan.positioning;
    if blank(&positioning.value_proposition) {
        let location = at(Step::Positioning, "valueProposition");
        out.push(Finding::new(
            RuleId::NoValueProposition,
            location,
            Details::default(),
        ));
    }
    if positioning
        .differentiation
        .iter()
        .all(|row| blank(&row.criterion))
    {
        let location = at(Step::Positioning, "differentiation");
        out.push(Finding::new(
            RuleId::NoDifferentiation,
            location,
            Details::default(),
        ));
    }
    if positioning.price_level.is_none() {
        out.push(Finding::new(
            RuleId::NoPriceLevel,
            at(Step::Positioning, "priceLevel"),
            Details::default(),
        ));
    }
    if matches!(
        positioning.price_level,
        Some(PriceLevel::Premium | PriceLevel::Luxury)
    ) {
        for action in &cx.live {
            let found = discount_wording(&action.title)
                .map(|w| (w, "title"))
                .or_else(|| discount_wording(&action.description).map(|w| (w, "description")));
            if let Some((word, field)) = found {
                let location =
                    Location::item(Step::Actions, ItemRef::action(action.id), Some(field));
                let details = Details {
                    word: Some(word),
                    ..Details::named(&action.title)
                };
                out.push(Finding::new(
                    RuleId::PremiumWithDiscounts,
                    location,
                    details,
                ));
            }
        }
    }
}
