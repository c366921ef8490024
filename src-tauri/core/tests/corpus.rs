//! The checklist against two corpora of plan files (format 2), so that it raises what a consultant
//! would raise first and stays quiet on sound plans.
//!
//! - `corpus/sound/`: plans written for real kinds of business (B2B services, industry, retail,
//!   e-commerce, restaurant, local association), plus the example plan and `extra_sound_plans`.
//!   No rule may give a finding above advice on them, except those listed in `EXPECTED` with the
//!   reason a consultant would raise them too. A rule that fires wrongly here is fixed in the
//!   rule, never by editing the plan.
//! - `corpus/faulty/`: per mistake, `<name>.json` on which the rule fires and `<name>.fixed.json`,
//!   its twin with only that mistake fixed, on which it is silent and nothing else changes.
//!
//! Every plan is checked on a fixed date before its year starts, so the steering rules (which
//! depend on the date) have nothing to say.

use std::collections::{BTreeSet, HashSet};
use std::path::{Path, PathBuf};

use boussole_core::checklist::{evaluate, Finding, RuleId, Severity};
use boussole_core::plan::{Language, Plan};
use chrono::NaiveDate;

/// Sound plans from elsewhere in the product, checked like the files (one line to extend).
fn extra_sound_plans() -> Vec<(String, Plan)> {
    let mut plans = vec![(
        "example plan".into(),
        boussole_core::seed::example_plan(2027),
    )];
    // Every trade's starting plan, in both languages.
    for id in boussole_core::trades::ids() {
        for language in [Language::Fr, Language::En] {
            let plan = boussole_core::trades::starting_plan(id, language, "Société test", 2027)
                .unwrap_or_else(|e| panic!("trade {id}: {e}"));
            plans.push((format!("{TRADE_PREFIX}{id} ({})", language.code()), plan));
        }
    }
    plans
}

/// The name of a trade's starting plan in the corpus starts with this.
const TRADE_PREFIX: &str = "trade ";

/// A trade's starting plan carries its placeholders and example figures until the owner replaces
/// and confirms them: that is what those two rules are for.
fn expected_of_a_trade(name: &str, rule: RuleId) -> bool {
    name.starts_with(TRADE_PREFIX)
        && matches!(rule, RuleId::PlaceholderLeft | RuleId::ExampleFigure)
}

/// Findings above advice that a sound plan may carry, with why a consultant would raise them too.
const EXPECTED: &[(&str, RuleId, &str)] = &[(
    "example plan",
    RuleId::ActionOverspent,
    "the example is seeded as its year stood in spring, with the resellers' kit 150 € over its budget: a steering point anyone following the plan would raise",
)];

/// The mistakes of the faulty corpus: the file's name and the rule that must catch it.
const MISTAKES: &[(&str, RuleId)] = &[
    ("b2b-consumer-channels", RuleId::ChannelsUnfitMarket),
    ("actions-miss-personas", RuleId::ActionsReachNoPersona),
    ("primary-persona-unreached", RuleId::PersonaChannelsUnused),
    (
        "primary-segment-forgotten",
        RuleId::PrimarySegmentUntargeted,
    ),
    ("later-segment-funded", RuleId::BudgetOnLaterSegment),
    ("revenue-out-of-reach", RuleId::ObjectiveOutOfReach),
    ("customers-tripled-one-action", RuleId::ObjectiveOutOfReach),
    ("monthly-kpi-short", RuleId::KpiYearMissesObjective),
    ("annual-figure-as-monthly", RuleId::KpiYearMissesObjective),
    ("sales-followed-by-likes", RuleId::ObjectiveAudienceOnly),
    ("north-star-starved", RuleId::NorthStarUnderfunded),
];

/// Rules that could describe one problem in different words: on one item, at most one of each
/// group may speak (the more telling one is kept by the rules themselves).
const SAME_PROBLEM: &[&[RuleId]] = &[
    &[
        RuleId::ActionsReachNoPersona,
        RuleId::PersonaChannelsUnused,
        RuleId::ChannelsUnfitMarket,
    ],
    &[
        RuleId::ObjectiveAudienceOnly,
        RuleId::ObjectiveNotComparable,
    ],
    &[RuleId::ObjectiveOutOfReach, RuleId::ObjectiveWithoutAction],
    &[RuleId::ObjectiveBehind, RuleId::ObjectiveDriftUnanswered],
    &[
        RuleId::SwotEmpty,
        RuleId::SwotOneSided,
        RuleId::SwotQuadrantEmpty,
    ],
];

/// The date a plan is checked on: 15 December before its year, whatever the year, so steering
/// has nothing to say.
fn today(plan: &Plan) -> NaiveDate {
    NaiveDate::from_ymd_opt(plan.company.plan_year - 1, 12, 15).expect("a valid date")
}

fn corpus(dir: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/corpus")
        .join(dir)
}

fn read(path: &Path) -> Plan {
    boussole_core::format::read_file(path)
        .unwrap_or_else(|e| panic!("{} does not read: {e}", path.display()))
}

/// The sound plans: the files, then the extra ones.
fn sound_plans() -> Vec<(String, Plan)> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(corpus("sound"))
        .expect("the sound corpus")
        .map(|e| e.expect("a directory entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    files.sort();
    let mut plans: Vec<(String, Plan)> = files
        .iter()
        .map(|p| {
            let name = p.file_stem().unwrap_or_default().to_string_lossy().into();
            (name, read(p))
        })
        .collect();
    plans.extend(extra_sound_plans());
    plans
}

/// The faulty plans and their fixed twins, by mistake.
fn faulty_pairs() -> Vec<(&'static str, RuleId, Plan, Plan)> {
    MISTAKES
        .iter()
        .map(|&(name, rule)| {
            let faulty = read(&corpus("faulty").join(format!("{name}.json")));
            let fixed = read(&corpus("faulty").join(format!("{name}.fixed.json")));
            (name, rule, faulty, fixed)
        })
        .collect()
}

/// A finding as a consultant would read it, for failure messages.
fn shown(f: &Finding) -> String {
    let text = f.text(Language::En);
    format!(
        "{} [{:?}] {}: {}",
        f.rule_id,
        f.severity,
        f.target(),
        text.title
    )
}

#[test]
fn sound_plans_carry_nothing_above_advice_but_what_is_expected() {
    let plans = sound_plans();
    let mut problems = Vec::new();
    for (name, plan) in &plans {
        for f in evaluate(plan, today(plan)) {
            let expected = EXPECTED
                .iter()
                .any(|(n, rule, _)| n == name && *rule == f.rule_id)
                || expected_of_a_trade(name, f.rule_id);
            if f.severity != Severity::Advice && !expected {
                problems.push(format!("{name}: {}", shown(&f)));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    assert!(
        plans.len() >= 7 + 24,
        "six sound plans, the example and twelve trades in two languages"
    );
}

#[test]
fn expected_findings_still_happen() {
    let plans = sound_plans();
    for (name, rule, why) in EXPECTED {
        assert!(!why.trim().is_empty(), "{name}: say why {rule} is expected");
        let (_, plan) = plans
            .iter()
            .find(|(n, _)| n == name)
            .unwrap_or_else(|| panic!("{name} is not in the sound corpus"));
        assert!(
            evaluate(plan, today(plan))
                .iter()
                .any(|f| f.rule_id == *rule),
            "{name}: {rule} no longer fires; remove it from EXPECTED"
        );
    }
}

#[test]
fn each_mistake_is_caught_and_its_fixed_twin_is_not() {
    for (name, rule, faulty, fixed) in faulty_pairs() {
        let found = evaluate(&faulty, today(&faulty));
        assert!(
            found.iter().any(|f| f.rule_id == rule),
            "{name}: {rule} did not fire"
        );
        let kept = |findings: &[Finding]| -> BTreeSet<(RuleId, String)> {
            findings
                .iter()
                .filter(|f| f.rule_id != rule)
                .map(|f| (f.rule_id, f.target()))
                .collect()
        };
        let twin = evaluate(&fixed, today(&fixed));
        assert!(
            !twin.iter().any(|f| f.rule_id == rule),
            "{name}: {rule} still fires on the fixed twin"
        );
        assert_eq!(
            kept(&found),
            kept(&twin),
            "{name}: the twin must differ by that mistake only"
        );
    }
}

#[test]
fn faulty_plans_are_sound_plans_with_one_mistake() {
    for (name, rule, faulty, _) in faulty_pairs() {
        let above_advice: Vec<String> = evaluate(&faulty, today(&faulty))
            .iter()
            .filter(|f| f.rule_id != rule && f.severity != Severity::Advice)
            .map(shown)
            .collect();
        assert!(
            above_advice.is_empty(),
            "{name}: {}",
            above_advice.join("\n")
        );
    }
}

#[test]
fn no_two_rules_report_the_same_problem_on_the_same_item() {
    let mut plans: Vec<(String, Plan)> = sound_plans();
    for (name, _, faulty, fixed) in faulty_pairs() {
        plans.push((name.to_string(), faulty));
        plans.push((format!("{name} (fixed)"), fixed));
    }
    for (name, plan) in &plans {
        let findings = evaluate(plan, today(plan));
        let mut seen = HashSet::new();
        for f in &findings {
            // One finding per place: an item, or a field of the plan itself.
            assert!(
                seen.insert((f.rule_id, f.target(), format!("{:?}", f.location))),
                "{name}: {} reported twice on {:?}",
                f.rule_id,
                f.target()
            );
        }
        for group in SAME_PROBLEM {
            let mut targets = HashSet::new();
            for f in findings.iter().filter(|f| group.contains(&f.rule_id)) {
                assert!(
                    targets.insert(f.target()),
                    "{name}: {group:?} speak twice about {:?}",
                    f.target()
                );
            }
        }
    }
}
