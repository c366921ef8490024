//! Rules on what a starting point leaves for the owner to make theirs: placeholders in square
//! brackets still in the text ("[votre quartier]"), and the starting point's figures (envelope,
//! baselines, targets) not yet confirmed, which a banker must never read as the owner's.
//!
//! They read every text field of a plan started from a trade, and `plan.start.exampleFigures`.

use super::super::catalogue::RuleId;
use super::super::context::Context;
use super::super::finding::{Details, Finding, ItemRef, Location};
use super::count;
use crate::plan::{FigurePlace, Plan, Step};

/// Runs the starting-point rules.
pub(super) fn run(cx: &Context, out: &mut Vec<Finding>) {
    // Square brackets are placeholders only in a plan started from a trade: an owner's own text
    // may hold brackets of its own.
    let texts = match cx.plan.start.trade {
        Some(_) => texts(cx.plan),
        None => Vec::new(),
    };
    for (location, name, text) in texts {
        let found = placeholders(text);
        if let Some(first) = found.first() {
            let details = Details {
                name: name.map(|n| n.trim().to_string()),
                word: Some((*first).to_string()),
                count: Some(count(found.len())),
                ..Details::default()
            };
            out.push(Finding::new(RuleId::PlaceholderLeft, location, details));
        }
    }
    // One finding per item: an objective's baseline and target are one thing to confirm.
    let mut items: Vec<(Location, Option<&str>, Vec<&'static str>)> = Vec::new();
    for place in cx.plan.example_places() {
        if place.value(cx.plan).is_none() {
            continue;
        }
        let (location, name) = match place {
            FigurePlace::Envelope => (Location::at(Step::Budget, Some("envelope")), None),
            FigurePlace::ObjectiveBaseline(id) | FigurePlace::ObjectiveTarget(id) => (
                Location::item(
                    Step::Objectives,
                    ItemRef::objective(id),
                    Some(place.field()),
                ),
                cx.objectives.get(&id).map(|o| o.title.as_str()),
            ),
            FigurePlace::KpiBaseline(id) | FigurePlace::KpiTarget(id) => (
                Location::item(Step::Kpis, ItemRef::kpi(id), Some(place.field())),
                cx.plan
                    .kpis
                    .iter()
                    .find(|k| k.id == id)
                    .map(|k| k.name.as_str()),
            ),
        };
        match items
            .iter_mut()
            .find(|(l, _, _)| l.step == location.step && l.item == location.item)
        {
            Some((_, _, fields)) => fields.push(place.field()),
            None => items.push((location, name, vec![place.field()])),
        }
    }
    for (location, name, fields) in items {
        let word = match fields.as_slice() {
            [one] => *one,
            _ => "figures",
        };
        let details = Details {
            name: name.map(|n| n.trim().to_string()),
            word: Some(word.to_string()),
            count: Some(count(fields.len())),
            ..Details::default()
        };
        out.push(Finding::new(RuleId::ExampleFigure, location, details));
    }
}

/// The placeholders of a text: each "[...]" on one line, in order.
pub(crate) fn placeholders(text: &str) -> Vec<&str> {
    let mut found = Vec::new();
    let mut rest = text;
    while let Some(open) = rest.find('[') {
        let after = &rest[open..];
        match after.find(']') {
            Some(close) if close > 1 && !after[..close].contains('\n') => {
                found.push(&after[..=close]);
                rest = &after[close + 1..];
            }
            _ => rest = &after[1..],
        }
    }
    found
}

/// Every text of the plan the owner writes, with where it is shown and the name of its item.
fn texts(plan: &Plan) -> Vec<(Location, Option<&str>, &str)> {
    let mut out: Vec<(Location, Option<&str>, &str)> = Vec::new();
    let c = &plan.company;
    for (field, text) in [("sector", &c.sector), ("country", &c.country)] {
        out.push((Location::at(Step::Company, Some(field)), None, text));
    }
    let d = &plan.diagnostic;
    for (field, text) in [
        ("market.size", &d.market.size),
        ("market.growth", &d.market.growth),
        ("market.outlook", &d.market.outlook),
        ("offer.description", &d.offer.description),
        ("audience", &d.audience),
        ("pestel.political", &d.pestel.political),
        ("pestel.economic", &d.pestel.economic),
        ("pestel.social", &d.pestel.social),
        ("pestel.technological", &d.pestel.technological),
        ("pestel.environmental", &d.pestel.environmental),
        ("pestel.legal", &d.pestel.legal),
        ("porter.rivalry", &d.porter.rivalry.note),
        ("porter.newEntrants", &d.porter.new_entrants.note),
        ("porter.substitutes", &d.porter.substitutes.note),
        ("porter.buyerPower", &d.porter.buyer_power.note),
        ("porter.supplierPower", &d.porter.supplier_power.note),
    ] {
        out.push((Location::at(Step::Diagnostic, Some(field)), None, text));
    }
    for (field, list) in [
        ("offer.strengths", &d.offer.strengths),
        ("offer.weaknesses", &d.offer.weaknesses),
        ("swot.strengths", &d.swot.strengths),
        ("swot.weaknesses", &d.swot.weaknesses),
        ("swot.opportunities", &d.swot.opportunities),
        ("swot.threats", &d.swot.threats),
    ] {
        for text in list {
            out.push((Location::at(Step::Diagnostic, Some(field)), None, text));
        }
    }
    for k in &d.competitors {
        let at = |field| Location::item(Step::Diagnostic, ItemRef::competitor(k.id), Some(field));
        for (field, text) in [
            ("name", &k.name),
            ("offer", &k.offer),
            ("positioning", &k.positioning),
            ("differentiators", &k.differentiators),
        ] {
            out.push((at(field), Some(&k.name), text));
        }
    }
    for s in &plan.targets.segments {
        let at = |field| Location::item(Step::Targets, ItemRef::segment(s.id), Some(field));
        for (field, text) in [
            ("name", &s.name),
            ("criteria", &s.criteria),
            ("size", &s.size),
        ] {
            out.push((at(field), Some(&s.name), text));
        }
    }
    for p in &plan.targets.personas {
        let at = |field| Location::item(Step::Targets, ItemRef::persona(p.id), Some(field));
        for (field, text) in [
            ("name", &p.name),
            ("role", &p.role),
            ("goals", &p.goals),
            ("pains", &p.pains),
            ("channelsNote", &p.channels_note),
            ("buyingHabits", &p.buying_habits),
        ] {
            out.push((at(field), Some(&p.name), text));
        }
    }
    let pos = &plan.positioning;
    for (field, text) in [
        ("valueProposition", &pos.value_proposition),
        ("brandPromise", &pos.brand_promise),
        ("statement", &pos.statement),
    ] {
        out.push((Location::at(Step::Positioning, Some(field)), None, text));
    }
    for row in &pos.differentiation {
        let texts = [&row.criterion, &row.us]
            .into_iter()
            .chain(row.competitors.iter().map(|c| &c.value));
        for text in texts {
            out.push((
                Location::at(Step::Positioning, Some("differentiation")),
                None,
                text,
            ));
        }
    }
    for o in &plan.objectives {
        let at = |field| Location::item(Step::Objectives, ItemRef::objective(o.id), Some(field));
        for (field, text) in [
            ("title", &o.title),
            ("metric", &o.metric),
            ("unit", &o.unit),
        ] {
            out.push((at(field), Some(&o.title), text));
        }
        for kr in &o.key_results {
            out.push((at("keyResults"), Some(&o.title), &kr.title));
        }
    }
    for (field, text) in plan.mix.fields() {
        out.push((Location::at(Step::Mix, Some(field)), None, text));
    }
    for a in &plan.actions {
        let at = |field| Location::item(Step::Actions, ItemRef::action(a.id), Some(field));
        for (field, text) in [
            ("title", &a.title),
            ("description", &a.description),
            ("owner", &a.owner),
        ] {
            out.push((at(field), Some(&a.title), text));
        }
        for milestone in &a.milestones {
            out.push((at("milestones"), Some(&a.title), &milestone.title));
        }
    }
    out.push((
        Location::at(Step::Budget, Some("notes")),
        None,
        &plan.budget.notes,
    ));
    for k in &plan.kpis {
        let at = |field| Location::item(Step::Kpis, ItemRef::kpi(k.id), Some(field));
        for (field, text) in [("name", &k.name), ("unit", &k.unit), ("tool", &k.tool)] {
            out.push((at(field), Some(&k.name), text));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::placeholders;

    #[test]
    fn placeholders_are_bracketed_words_on_one_line() {
        assert_eq!(
            placeholders("Boutique de [votre quartier], ouverte depuis [année]."),
            vec!["[votre quartier]", "[année]"]
        );
        assert!(placeholders("Pas de crochet, ni [] vide, ni [coupé\nen deux]").is_empty());
        assert_eq!(placeholders("[[your town]]"), vec!["[[your town]"]);
    }
}
