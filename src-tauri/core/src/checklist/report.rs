//! The checklist's verdict as the UI and the CLI show it: findings in one language with
//! dismissals applied, ordered by severity then step, and the readiness score with its formula.
//!
//! It applies `plan.dismissals` but never changes them; critical findings are never dismissed.
//! Findings at a step the owner has not been through yet (`plan.start.visited_steps`) are "to do":
//! they still cost their points, but they are not faults until the owner has seen the step.

use std::collections::HashMap;

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::Serialize;
use ts_rs::TS;

use super::catalogue::{Bilingual, Family, RuleId};
use super::finding::{Finding, Location, Severity};
use crate::plan::{Dismissal, Language, Plan};

/// Points taken off the score per critical finding.
pub const CRITICAL_PENALTY: u32 = 15;
/// Points taken off the score per warning.
pub const WARNING_PENALTY: u32 = 5;
/// Points taken off the score per piece of advice.
pub const ADVICE_PENALTY: u32 = 1;

/// The score's formula in one sentence.
const SCORE_FORMULA: Bilingual = Bilingual {
    fr: "Le score part de 100 et perd 15 points par problème critique, 5 par avertissement et 1 par conseil, sauf ceux que vous avez écartés ; il ne descend jamais sous 0.",
    en: "The score starts at 100 and loses 15 points per critical problem, 5 per warning and 1 per piece of advice, except those you set aside; it never goes below 0.",
};

/// How many findings count against the score, by severity, and how many were set aside, are
/// about steering the year or are still to do.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, TS, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct Counts {
    pub critical: u32,
    pub warning: u32,
    pub advice: u32,
    /// Findings the owner dismissed; they do not count.
    pub dismissed: u32,
    /// Steering findings not dismissed: they depend on the date, not on the plan's quality, and
    /// do not count against the score.
    pub steering: u32,
    /// Of the findings counted by severity, those at a step the owner has not been through yet:
    /// what is left to write, shown as "to do" rather than as faults.
    pub to_do: u32,
}

/// A finding as the owner sees it: texts in one language, and whether it was set aside.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct FindingView {
    pub rule_id: RuleId,
    pub severity: Severity,
    pub family: Family,
    pub location: Location,
    /// What a dismissal of this finding must name: "action:4", or empty for a plan-wide one.
    pub target: String,
    pub title: String,
    pub explanation: String,
    pub dismissed: bool,
    /// The owner's reason, when dismissed.
    pub dismissal_reason: Option<String>,
    /// At a step the owner has not been through yet: shown as "to do", not as a fault.
    pub to_do: bool,
}

/// The checklist's verdict on a plan, in one language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct Report {
    pub language: Language,
    /// Readiness, 0 to 100 (see `score_formula`).
    pub score: u8,
    /// The score's formula in one sentence, in the report's language.
    pub score_formula: String,
    pub counts: Counts,
    /// Most serious first, then in wizard step order.
    pub findings: Vec<FindingView>,
}

impl Counts {
    /// Counts findings by severity, given whether each was dismissed; every one as at a step
    /// the owner has been through.
    pub fn of<'a>(findings: impl IntoIterator<Item = (&'a Finding, bool)>) -> Counts {
        let mut counts = Counts::default();
        for (finding, dismissed) in findings {
            counts.add(finding, dismissed, false);
        }
        counts
    }

    /// Counts one more finding: steering ones apart, the others by severity, and among those
    /// the ones still to do. Returns whether it is still to do.
    fn add(&mut self, finding: &Finding, dismissed: bool, unvisited: bool) -> bool {
        let steering = finding.rule_id.info().family == Family::Steering;
        let to_do = unvisited && !dismissed && !steering;
        if to_do {
            self.to_do = self.to_do.saturating_add(1);
        }
        let slot = match (dismissed, steering, finding.severity) {
            (true, _, _) => &mut self.dismissed,
            (false, true, _) => &mut self.steering,
            (false, false, Severity::Critical) => &mut self.critical,
            (false, false, Severity::Warning) => &mut self.warning,
            (false, false, Severity::Advice) => &mut self.advice,
        };
        *slot = slot.saturating_add(1);
        to_do
    }

    /// The readiness score: 100, minus 15 per critical, 5 per warning and 1 per advice, floor 0.
    pub fn score(&self) -> u8 {
        let penalty = u64::from(self.critical) * u64::from(CRITICAL_PENALTY)
            + u64::from(self.warning) * u64::from(WARNING_PENALTY)
            + u64::from(self.advice) * u64::from(ADVICE_PENALTY);
        u8::try_from(100u64.saturating_sub(penalty)).unwrap_or(0)
    }
}

/// The score's formula in one sentence, in a language.
pub fn score_formula(language: Language) -> &'static str {
    SCORE_FORMULA.get(language)
}

/// The dismissal that sets a finding aside, if any; never one for a critical finding.
pub fn dismissal_for<'a>(plan: &'a Plan, finding: &Finding) -> Option<&'a Dismissal> {
    if finding.severity == Severity::Critical {
        return None;
    }
    let target = finding.target();
    plan.dismissals
        .iter()
        .find(|d| d.rule_id.trim() == finding.rule_id.as_str() && d.target.trim() == target)
}

/// Evaluates a plan and builds its report in a language.
pub fn report(plan: &Plan, today: NaiveDate, language: Language) -> Report {
    report_of(plan, super::evaluate(plan, today), language)
}

/// Evaluates a plan whose figures are already worked out and builds its report in a language.
pub fn report_with(plan: &Plan, figures: &crate::figures::Figures, language: Language) -> Report {
    report_of(plan, super::evaluate_with(plan, figures), language)
}

/// Builds the report of findings already evaluated on a plan (dismissals come from the plan).
pub fn report_of(plan: &Plan, findings: Vec<Finding>, language: Language) -> Report {
    let dismissals: HashMap<(&str, &str), &Dismissal> = plan
        .dismissals
        .iter()
        .map(|d| ((d.rule_id.trim(), d.target.trim()), d))
        .collect();
    let mut counts = Counts::default();
    let mut views: Vec<FindingView> = findings
        .into_iter()
        .map(|finding| {
            let target = finding.target();
            let dismissal = match finding.severity {
                Severity::Critical => None,
                _ => dismissals
                    .get(&(finding.rule_id.as_str(), target.as_str()))
                    .copied(),
            };
            let unvisited = !plan.start.visited_steps.contains(&finding.location.step);
            let to_do = counts.add(&finding, dismissal.is_some(), unvisited);
            let text = finding.text(language);
            FindingView {
                rule_id: finding.rule_id,
                severity: finding.severity,
                family: finding.rule_id.info().family,
                location: finding.location,
                target,
                title: text.title,
                explanation: text.explanation,
                dismissed: dismissal.is_some(),
                dismissal_reason: dismissal.map(|d| d.reason.clone()),
                to_do,
            }
        })
        .collect();
    views.sort_by_key(|v| (v.severity, v.location.step));
    Report {
        language,
        score: counts.score(),
        score_formula: score_formula(language).to_string(),
        counts,
        findings: views,
    }
}
