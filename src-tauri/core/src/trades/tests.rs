//! Every trade file present: it reads, its plans are valid and travel through a plan file
//! unchanged, the checklist finds nothing above advice but what the owner must make theirs, its
//! hints are complete, and the trades differ for real.

use std::collections::HashSet;

use chrono::{Datelike, NaiveDate};

use super::*;
use crate::checklist::{self, RuleId, Severity};
use crate::plan::FigurePlace;

const LANGUAGES: [Language; 2] = [Language::Fr, Language::En];

fn plans() -> Vec<(&'static str, Language, Plan)> {
    let mut out = Vec::new();
    for id in ids() {
        for language in LANGUAGES {
            let plan = starting_plan(id, language, "Maison Test", TRADE_YEAR)
                .unwrap_or_else(|e| panic!("{id} ({}): {e}", language.code()));
            out.push((id, language, plan));
        }
    }
    out
}

#[test]
fn the_catalogue_holds_the_trades_of_this_branch() {
    let listed: Vec<String> = list(Language::Fr)
        .unwrap()
        .into_iter()
        .map(|t| t.id)
        .collect();
    for id in ["bakery", "restaurant", "shop", "ecommerce"] {
        assert!(
            listed.iter().any(|t| t == id),
            "{id} missing from {listed:?}"
        );
    }
    for language in LANGUAGES {
        for trade in list(language).unwrap() {
            assert!(!trade.name.trim().is_empty(), "{}: no name", trade.id);
            assert!(!trade.summary.trim().is_empty(), "{}: no summary", trade.id);
            assert!(
                !trade.envelope_source.trim().is_empty(),
                "{}: no envelope source",
                trade.id
            );
        }
    }
}

#[test]
fn every_trade_plan_is_valid_and_travels_through_a_plan_file_unchanged() {
    let now = chrono::DateTime::parse_from_rfc3339("2026-12-01T09:00:00Z")
        .unwrap()
        .to_utc();
    for (id, language, plan) in plans() {
        assert_eq!(plan.company.language, language, "{id}");
        assert_eq!(plan.company.plan_year, TRADE_YEAR, "{id}");
        assert_eq!(plan.start.trade.as_deref(), Some(id));
        assert!(
            !plan.start.example,
            "{id}: a trade plan is not the example plan"
        );
        let json = crate::format::to_json(&plan, now).unwrap();
        assert_eq!(
            crate::format::from_json(json.as_bytes()).unwrap(),
            plan,
            "{id}"
        );
    }
}

#[test]
fn the_french_and_english_plans_of_a_trade_have_the_same_figures_and_dates() {
    for id in ids() {
        let fr = starting_plan(id, Language::Fr, "X", TRADE_YEAR).unwrap();
        let en = starting_plan(id, Language::En, "X", TRADE_YEAR).unwrap();
        assert_eq!(fr.start.example_figures, en.start.example_figures, "{id}");
        assert_eq!(fr.budget.envelope, en.budget.envelope, "{id}");
        let dated = |p: &Plan| {
            p.actions
                .iter()
                .map(|a| (a.id, a.start, a.end, a.planned_budget, a.channel, a.lever))
                .collect::<Vec<_>>()
        };
        assert_eq!(dated(&fr), dated(&en), "{id}: actions differ");
        let figures = |p: &Plan| {
            p.objectives
                .iter()
                .map(|o| (o.id, o.baseline, o.target, o.deadline))
                .chain(
                    p.kpis
                        .iter()
                        .map(|k| (crate::plan::ObjectiveId(k.id.0), k.baseline, k.target, None)),
                )
                .collect::<Vec<_>>()
        };
        assert_eq!(figures(&fr), figures(&en), "{id}: figures differ");
    }
}

#[test]
fn every_starting_plan_has_an_identity_of_its_own() {
    for id in ids() {
        let a = starting_plan(id, Language::Fr, "X", TRADE_YEAR).unwrap();
        let b = starting_plan(id, Language::Fr, "X", TRADE_YEAR).unwrap();
        assert!(a.id.is_some() && a.id != b.id, "{id}");
        assert_eq!(a.previous_id, None);
    }
}

#[test]
fn a_starting_plan_for_another_year_moves_every_date() {
    for id in ids() {
        let base = starting_plan(id, Language::Fr, "X", TRADE_YEAR).unwrap();
        let later = starting_plan(id, Language::Fr, "  Boulangerie Morel ", 2030).unwrap();
        assert_eq!(later.company.name, "Boulangerie Morel");
        assert_eq!(later.company.plan_year, 2030);
        for (a, b) in base.actions.iter().zip(&later.actions) {
            assert_eq!(
                a.start.map(|d| d.year() + 3),
                b.start.map(|d| d.year()),
                "{id}"
            );
            assert_eq!(a.end.map(|d| d.year() + 3), b.end.map(|d| d.year()), "{id}");
        }
        for (a, b) in base.objectives.iter().zip(&later.objectives) {
            assert_eq!(
                a.deadline.map(|d| d.year() + 3),
                b.deadline.map(|d| d.year()),
                "{id}"
            );
        }
    }
}

#[test]
fn a_trade_plan_has_no_finding_above_advice_but_placeholders_and_example_figures() {
    let before_the_year = NaiveDate::from_ymd_opt(TRADE_YEAR - 1, 12, 1).unwrap();
    for (id, language, plan) in plans() {
        let findings = checklist::evaluate(&plan, before_the_year);
        let serious: Vec<String> = findings
            .iter()
            .filter(|f| f.severity != Severity::Advice)
            .filter(|f| !matches!(f.rule_id, RuleId::PlaceholderLeft | RuleId::ExampleFigure))
            .map(|f| format!("{} {:?}: {}", f.rule_id, f.location, f.text(language).title))
            .collect();
        assert!(
            serious.is_empty(),
            "{id} ({}): {serious:#?}",
            language.code()
        );
        assert!(
            findings.iter().any(|f| f.rule_id == RuleId::ExampleFigure),
            "{id}: its figures are flagged until confirmed"
        );
    }
}

#[test]
fn every_figure_of_a_trade_plan_is_listed_as_an_example() {
    for (id, _, plan) in plans() {
        let listed: HashSet<FigurePlace> = plan.example_places().into_iter().collect();
        assert_eq!(
            listed.len(),
            plan.start.example_figures.len(),
            "{id}: every entry reads as a place, once"
        );
        let mut expected = HashSet::new();
        if plan.budget.envelope.is_some() {
            expected.insert(FigurePlace::Envelope);
        }
        for o in &plan.objectives {
            if o.baseline.is_some() {
                expected.insert(FigurePlace::ObjectiveBaseline(o.id));
            }
            if o.target.is_some() {
                expected.insert(FigurePlace::ObjectiveTarget(o.id));
            }
        }
        for k in &plan.kpis {
            if k.baseline.is_some() {
                expected.insert(FigurePlace::KpiBaseline(k.id));
            }
            if k.target.is_some() {
                expected.insert(FigurePlace::KpiTarget(k.id));
            }
        }
        assert_eq!(listed, expected, "{id}");
    }
}

#[test]
fn every_trade_has_every_hint_in_both_languages_and_no_brackets_in_them() {
    for id in ids() {
        for language in LANGUAGES {
            let hints = hints(id, language).unwrap();
            let keys: Vec<&str> = hints.keys().map(String::as_str).collect();
            let mut expected = HINT_KEYS.to_vec();
            expected.sort_unstable();
            assert_eq!(keys, expected, "{id} ({})", language.code());
            for (key, text) in &hints {
                assert!(!text.trim().is_empty(), "{id}: {key} is empty");
                assert!(
                    !text.contains(['[', ']']),
                    "{id}: {key} holds square brackets"
                );
            }
        }
    }
}

#[test]
fn no_two_trades_share_more_than_a_fifth_of_their_action_titles() {
    for language in LANGUAGES {
        let titles: Vec<(&str, HashSet<String>)> = ids()
            .map(|id| {
                let plan = starting_plan(id, language, "X", TRADE_YEAR).unwrap();
                let set = plan
                    .actions
                    .iter()
                    .map(|a| a.title.trim().to_lowercase())
                    .collect();
                (id, set)
            })
            .collect();
        for (i, (a, ta)) in titles.iter().enumerate() {
            assert!(
                ta.len() >= 8,
                "{a}: a year of typical actions, not {}",
                ta.len()
            );
            for (b, tb) in &titles[i + 1..] {
                let shared = ta.intersection(tb).count();
                let smaller = ta.len().min(tb.len());
                assert!(
                    shared * 5 <= smaller,
                    "{a} and {b} share {shared} of {smaller} action titles"
                );
            }
        }
    }
}

#[test]
fn an_unknown_trade_is_not_found() {
    let err = starting_plan("astronaut", Language::Fr, "X", 2027).unwrap_err();
    assert_eq!(err.kind(), crate::ErrorKind::NotFound);
    assert_eq!(
        hints("astronaut", Language::En).unwrap_err().kind(),
        crate::ErrorKind::NotFound
    );
}
