//! Diagnostic rules: the SWOT grid, competitors, PESTEL, market, audience and offer, and a
//! diagnostic copied from last year and not reread.
//!
//! They read only `plan.diagnostic`.

use super::super::catalogue::RuleId;
use super::super::context::Context;
use super::super::finding::{Details, Finding, ItemRef, Location, SwotQuadrant};
use super::super::words::blank;
use crate::plan::{Step, Swot};

/// Runs the diagnostic rules.
pub(super) fn run(cx: &Context, out: &mut Vec<Finding>) {
    let d = &cx.plan.diagnostic;
    let at = |field| Location::at(Step::Diagnostic, Some(field));

    swot(&d.swot, out);

    if d.competitors.is_empty() {
        out.push(Finding::new(
            RuleId::NoCompetitor,
            at("competitors"),
            Details::default(),
        ));
    }
    for c in &d.competitors {
        if blank(&c.offer)
            && blank(&c.positioning)
            && c.price_level.is_none()
            && blank(&c.differentiators)
        {
            let location =
                Location::item(Step::Diagnostic, ItemRef::competitor(c.id), Some("offer"));
            out.push(Finding::new(
                RuleId::CompetitorNotDescribed,
                location,
                Details::named(&c.name),
            ));
        }
    }

    let p = &d.pestel;
    if [
        &p.political,
        &p.economic,
        &p.social,
        &p.technological,
        &p.environmental,
        &p.legal,
    ]
    .iter()
    .all(|t| blank(t))
    {
        out.push(Finding::new(
            RuleId::PestelNotDone,
            at("pestel"),
            Details::default(),
        ));
    }

    let m = &d.market;
    if blank(&m.size) && blank(&m.growth) && m.maturity.is_none() && blank(&m.outlook) {
        out.push(Finding::new(
            RuleId::MarketNotDescribed,
            at("market"),
            Details::default(),
        ));
    }
    if blank(&d.audience) {
        out.push(Finding::new(
            RuleId::AudienceNotDescribed,
            at("audience"),
            Details::default(),
        ));
    }
    if blank(&d.offer.description) {
        out.push(Finding::new(
            RuleId::OfferNotDescribed,
            at("offer.description"),
            Details::default(),
        ));
    }
    if d.to_review {
        out.push(Finding::new(
            RuleId::DiagnosticToReview,
            at("toReview"),
            Details::default(),
        ));
    }
}

/// One finding at most for the SWOT grid: empty, one-sided (the positive or the negative side
/// missing), or some boxes empty. Boxes holding only blank lines count as empty.
fn swot(swot: &Swot, out: &mut Vec<Finding>) {
    let empty = |lines: &[String]| lines.iter().all(|l| blank(l));
    let boxes = [
        (SwotQuadrant::Strengths, empty(&swot.strengths)),
        (SwotQuadrant::Weaknesses, empty(&swot.weaknesses)),
        (SwotQuadrant::Opportunities, empty(&swot.opportunities)),
        (SwotQuadrant::Threats, empty(&swot.threats)),
    ];
    let quadrants: Vec<SwotQuadrant> = boxes.iter().filter(|(_, e)| *e).map(|(q, _)| *q).collect();
    let Some(&first) = quadrants.first() else {
        return;
    };
    let positive_missing = boxes[0].1 && boxes[2].1;
    let negative_missing = boxes[1].1 && boxes[3].1;
    let (rule, field) = if quadrants.len() == boxes.len() {
        (RuleId::SwotEmpty, "swot")
    } else if positive_missing || negative_missing {
        (RuleId::SwotOneSided, first.field())
    } else {
        (RuleId::SwotQuadrantEmpty, first.field())
    };
    let details = Details {
        quadrants,
        ..Details::default()
    };
    out.push(Finding::new(
        rule,
        Location::at(Step::Diagnostic, Some(field)),
        details,
    ));
}
