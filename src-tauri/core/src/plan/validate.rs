//! Structural validation of a plan: lengths, ranges, unique ids and links that resolve.
//!
//! It guards what the store and the file format accept. Planning mistakes (no owner, dates out
//! of the year, ends before it starts...) are the checklist's business, not errors here: a plan
//! full of mistakes must still be savable so the owner can fix it.

use std::collections::HashSet;
use std::hash::Hash;

use chrono::{Datelike, NaiveDate};

use super::ids::{Money, PersonaId, SegmentId};
use super::model::*;
use crate::error::{Error, Result};

/// Declares the limits, and their table for the UI's generated copy (`ui/src/bindings/limits.ts`).
macro_rules! limits {
    ($(#[doc = $doc:literal] pub const $name:ident: $ty:ty = $value:expr;)*) => {
        $(#[doc = $doc] pub const $name: $ty = $value;)*

        /// Every scalar limit: its name, value and documentation.
        fn scalar_limits() -> Vec<(&'static str, String, &'static str)> {
            vec![$((stringify!($name), $name.to_string(), $doc.trim())),*]
        }
    };
}

limits! {
    /// Longest name, title or other one-line text, in characters.
    pub const MAX_SHORT_TEXT: usize = 1_000;
    /// Longest paragraph text, in characters.
    pub const MAX_LONG_TEXT: usize = 50_000;
    /// Longest internal notes, in characters.
    pub const MAX_NOTES: usize = 1_000_000;
    /// Most actions in one plan.
    pub const MAX_ACTIONS: usize = 2_000;
    /// Most objectives in one plan.
    pub const MAX_OBJECTIVES: usize = 300;
    /// Most KPIs in one plan.
    pub const MAX_KPIS: usize = 500;
    /// Most items in any other list (competitors, SWOT entries, milestones, measurements...).
    pub const MAX_LIST: usize = 1_000;
    /// Largest amount of money, in cents (one hundred billion).
    pub const MAX_MONEY: i64 = 10_000_000_000_000;
    /// Largest absolute figure for a baseline, target or measurement.
    pub const MAX_FIGURE: f64 = 1e15;
}
/// Years a plan may be written for.
pub const PLAN_YEARS: std::ops::RangeInclusive<i32> = 2000..=2100;
/// Years any date in a plan may fall in.
pub const DATE_YEARS: std::ops::RangeInclusive<i32> = 1900..=2200;

/// The generated `ui/src/bindings/limits.ts`: these limits for the UI's checks and inputs.
pub fn typescript() -> String {
    let mut out = String::from(
        "// Generated from src-tauri/core/src/plan/validate.rs by its freshness test: do not edit.\n\
         // `BOUSSOLE_UPDATE_GENERATED=1 cargo test -p boussole-core` rewrites it.\n",
    );
    for (name, value, doc) in scalar_limits() {
        out.push_str(&format!("\n/** {doc} */\nexport const {name} = {value};\n"));
    }
    for (name, doc, years) in [
        ("PLAN", "Years a plan may be written for", &PLAN_YEARS),
        ("DATE", "Years any date in a plan may fall in", &DATE_YEARS),
    ] {
        out.push_str(&format!(
            "\n/** {doc}: the first. */\nexport const {name}_YEAR_MIN = {};\n\
             /** {doc}: the last. */\nexport const {name}_YEAR_MAX = {};\n",
            years.start(),
            years.end()
        ));
    }
    out
}

/// Checks a whole plan; the error names the first offending field.
pub fn plan(plan: &Plan) -> Result<()> {
    let mut v = Validator::default();
    v.plan(plan);
    v.finish()
}

/// Collects the first problem found, with the path of its field.
#[derive(Default)]
struct Validator {
    first: Option<Error>,
}

impl Validator {
    fn finish(self) -> Result<()> {
        self.first.map_or(Ok(()), Err)
    }

    fn fail(&mut self, field: impl Into<String>, message: impl Into<String>) {
        if self.first.is_none() {
            self.first = Some(Error::invalid(field, message));
        }
    }

    fn text(&mut self, field: &str, value: &str, max: usize) {
        let count = value.chars().count();
        if count > max {
            self.fail(
                field,
                format!("is too long ({count} characters; at most {max})"),
            );
        } else if let Some(c) = value
            .chars()
            .find(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t'))
        {
            self.fail(
                field,
                format!(
                    "contains an invisible control character (U+{:04X})",
                    c as u32
                ),
            );
        }
    }

    fn short(&mut self, field: &str, value: &str) {
        self.text(field, value, MAX_SHORT_TEXT);
    }

    fn long(&mut self, field: &str, value: &str) {
        self.text(field, value, MAX_LONG_TEXT);
    }

    fn count<T>(&mut self, field: &str, items: &[T], max: usize) {
        if items.len() > max {
            self.fail(
                field,
                format!("has too many entries ({}; at most {max})", items.len()),
            );
        }
    }

    fn lines(&mut self, field: &str, items: &[String]) {
        self.count(field, items, MAX_LIST);
        for (i, item) in items.iter().enumerate() {
            self.short(&format!("{field}[{i}]"), item);
        }
    }

    fn money(&mut self, field: &str, value: Option<Money>) {
        match value {
            Some(Money(c)) if c < 0 => self.fail(field, "cannot be negative"),
            Some(Money(c)) if c > MAX_MONEY => self.fail(
                field,
                "is larger than any marketing budget (at most 100 billion)",
            ),
            _ => {}
        }
    }

    fn figure(&mut self, field: &str, value: Option<f64>) {
        if let Some(x) = value {
            if !x.is_finite() || x.abs() > MAX_FIGURE {
                self.fail(field, "must be a number between -10^15 and 10^15");
            }
        }
    }

    fn date(&mut self, field: &str, value: Option<NaiveDate>) {
        if let Some(d) = value {
            if !DATE_YEARS.contains(&d.year()) {
                self.fail(
                    field,
                    format!(
                        "must be a date between {} and {}",
                        DATE_YEARS.start(),
                        DATE_YEARS.end()
                    ),
                );
            }
        }
    }

    /// Records each id; a repeated one is an error.
    fn unique<I: Hash + Eq + std::fmt::Display>(
        &mut self,
        field: &str,
        ids: impl Iterator<Item = I>,
    ) -> HashSet<I> {
        let mut seen = HashSet::new();
        for (i, id) in ids.enumerate() {
            let label = id.to_string();
            if !seen.insert(id) {
                self.fail(
                    format!("{field}[{i}].id"),
                    format!("repeats the id {label} of an earlier entry"),
                );
            }
        }
        seen
    }

    fn link<I: Hash + Eq + std::fmt::Display>(
        &mut self,
        field: &str,
        id: &I,
        known: &HashSet<I>,
        what: &str,
    ) {
        if !known.contains(id) {
            self.fail(
                field,
                format!("points to {what} {id}, which does not exist in this plan"),
            );
        }
    }

    fn plan(&mut self, p: &Plan) {
        self.company(&p.company);
        let competitors = self.diagnostic(&p.diagnostic);
        self.review(&p.review);
        let targets = self.targets(&p.targets);
        self.positioning(&p.positioning, &competitors);
        let objectives = self.objectives(&p.objectives);
        self.mix(&p.mix);
        self.actions(&p.actions, &objectives, &targets);
        self.money("budget.envelope", p.budget.envelope);
        self.long("budget.notes", &p.budget.notes);
        self.kpis(&p.kpis, &objectives);
        self.text("notes", &p.notes, MAX_NOTES);
        self.start(&p.start);
        self.adjustments(&p.adjustments);
        self.year_end(&p.year_end);
        self.count("dismissals", &p.dismissals, MAX_LIST);
        for (i, d) in p.dismissals.iter().enumerate() {
            self.short(&format!("dismissals[{i}].ruleId"), &d.rule_id);
            self.short(&format!("dismissals[{i}].target"), &d.target);
            self.long(&format!("dismissals[{i}].reason"), &d.reason);
        }
    }

    fn company(&mut self, c: &Company) {
        self.short("company.name", &c.name);
        if c.name.trim().is_empty() {
            self.fail("company.name", "is required: give the company a name");
        }
        self.short("company.sector", &c.sector);
        self.short("company.country", &c.country);
        if c.currency.len() != 3 || !c.currency.bytes().all(|b| b.is_ascii_uppercase()) {
            self.fail(
                "company.currency",
                "must be a three-letter currency code such as EUR",
            );
        }
        if !PLAN_YEARS.contains(&c.plan_year) {
            self.fail(
                "company.planYear",
                format!(
                    "must be a year between {} and {}",
                    PLAN_YEARS.start(),
                    PLAN_YEARS.end()
                ),
            );
        }
    }

    fn diagnostic(&mut self, d: &Diagnostic) -> HashSet<super::ids::CompetitorId> {
        self.short("diagnostic.market.size", &d.market.size);
        self.long("diagnostic.market.growth", &d.market.growth);
        self.long("diagnostic.market.outlook", &d.market.outlook);
        self.count("diagnostic.competitors", &d.competitors, MAX_LIST);
        let ids = self.unique("diagnostic.competitors", d.competitors.iter().map(|c| c.id));
        for (i, c) in d.competitors.iter().enumerate() {
            let f = format!("diagnostic.competitors[{i}]");
            self.short(&format!("{f}.name"), &c.name);
            self.long(&format!("{f}.offer"), &c.offer);
            self.long(&format!("{f}.positioning"), &c.positioning);
            self.long(&format!("{f}.differentiators"), &c.differentiators);
        }
        self.long("diagnostic.offer.description", &d.offer.description);
        self.lines("diagnostic.offer.strengths", &d.offer.strengths);
        self.lines("diagnostic.offer.weaknesses", &d.offer.weaknesses);
        self.long("diagnostic.audience", &d.audience);
        let s = &d.swot;
        self.lines("diagnostic.swot.strengths", &s.strengths);
        self.lines("diagnostic.swot.weaknesses", &s.weaknesses);
        self.lines("diagnostic.swot.opportunities", &s.opportunities);
        self.lines("diagnostic.swot.threats", &s.threats);
        let p = &d.pestel;
        for (name, text) in [
            ("political", &p.political),
            ("economic", &p.economic),
            ("social", &p.social),
            ("technological", &p.technological),
            ("environmental", &p.environmental),
            ("legal", &p.legal),
        ] {
            self.long(&format!("diagnostic.pestel.{name}"), text);
        }
        let f = &d.porter;
        for (name, force) in [
            ("rivalry", &f.rivalry),
            ("newEntrants", &f.new_entrants),
            ("substitutes", &f.substitutes),
            ("buyerPower", &f.buyer_power),
            ("supplierPower", &f.supplier_power),
        ] {
            if let Some(r) = force.rating {
                if !(1..=5).contains(&r) {
                    self.fail(
                        format!("diagnostic.porter.{name}.rating"),
                        "must be between 1 and 5",
                    );
                }
            }
            self.long(&format!("diagnostic.porter.{name}.note"), &force.note);
        }
        ids
    }

    fn review(&mut self, r: &Review) {
        if let Some(y) = r.previous_year {
            if !PLAN_YEARS.contains(&y) {
                self.fail("review.previousYear", "must be a plausible year");
            }
        }
        self.count("review.actions", &r.actions, MAX_ACTIONS);
        for (i, a) in r.actions.iter().enumerate() {
            self.short(&format!("review.actions[{i}].title"), &a.title);
            self.long(&format!("review.actions[{i}].note"), &a.note);
        }
        self.count("review.objectives", &r.objectives, MAX_OBJECTIVES);
        for (i, o) in r.objectives.iter().enumerate() {
            let f = format!("review.objectives[{i}]");
            self.short(&format!("{f}.title"), &o.title);
            self.figure(&format!("{f}.target"), o.target);
            self.figure(&format!("{f}.measured"), o.measured);
            self.short(&format!("{f}.unit"), &o.unit);
            self.long(&format!("{f}.comment"), &o.comment);
        }
        self.money("review.budgetPlanned", r.budget_planned);
        self.money("review.budgetSpent", r.budget_spent);
        self.long("review.lessons", &r.lessons);
    }

    fn targets(&mut self, t: &Targets) -> (HashSet<SegmentId>, HashSet<PersonaId>) {
        self.count("targets.segments", &t.segments, MAX_LIST);
        let segments = self.unique("targets.segments", t.segments.iter().map(|s| s.id));
        for (i, s) in t.segments.iter().enumerate() {
            let f = format!("targets.segments[{i}]");
            self.short(&format!("{f}.name"), &s.name);
            self.long(&format!("{f}.criteria"), &s.criteria);
            self.short(&format!("{f}.size"), &s.size);
        }
        self.count("targets.personas", &t.personas, MAX_LIST);
        let personas = self.unique("targets.personas", t.personas.iter().map(|p| p.id));
        for (i, p) in t.personas.iter().enumerate() {
            let f = format!("targets.personas[{i}]");
            self.short(&format!("{f}.name"), &p.name);
            if let Some(s) = &p.segment_id {
                self.link(&format!("{f}.segmentId"), s, &segments, "segment");
            }
            self.short(&format!("{f}.role"), &p.role);
            self.count(&format!("{f}.channels"), &p.channels, MAX_LIST);
            for (name, text) in [
                ("goals", &p.goals),
                ("pains", &p.pains),
                ("channelsNote", &p.channels_note),
                ("buyingHabits", &p.buying_habits),
            ] {
                self.long(&format!("{f}.{name}"), text);
            }
        }
        (segments, personas)
    }

    fn positioning(&mut self, p: &Positioning, competitors: &HashSet<super::ids::CompetitorId>) {
        self.long("positioning.valueProposition", &p.value_proposition);
        self.long("positioning.brandPromise", &p.brand_promise);
        self.long("positioning.statement", &p.statement);
        self.count("positioning.differentiation", &p.differentiation, MAX_LIST);
        for (i, row) in p.differentiation.iter().enumerate() {
            let f = format!("positioning.differentiation[{i}]");
            self.short(&format!("{f}.criterion"), &row.criterion);
            self.short(&format!("{f}.us"), &row.us);
            self.count(&format!("{f}.competitors"), &row.competitors, MAX_LIST);
            for (j, cell) in row.competitors.iter().enumerate() {
                self.link(
                    &format!("{f}.competitors[{j}].competitorId"),
                    &cell.competitor_id,
                    competitors,
                    "competitor",
                );
                self.short(&format!("{f}.competitors[{j}].value"), &cell.value);
            }
        }
    }

    fn objectives(&mut self, objectives: &[Objective]) -> HashSet<super::ids::ObjectiveId> {
        self.count("objectives", objectives, MAX_OBJECTIVES);
        let ids = self.unique("objectives", objectives.iter().map(|o| o.id));
        let mut north_stars = 0;
        for (i, o) in objectives.iter().enumerate() {
            let f = format!("objectives[{i}]");
            self.short(&format!("{f}.title"), &o.title);
            self.short(&format!("{f}.metric"), &o.metric);
            self.short(&format!("{f}.unit"), &o.unit);
            self.figure(&format!("{f}.baseline"), o.baseline);
            self.figure(&format!("{f}.target"), o.target);
            self.date(&format!("{f}.deadline"), o.deadline);
            if let Some(parent) = o.parent_id {
                if parent == o.id {
                    self.fail(
                        format!("{f}.parentId"),
                        "an objective cannot be its own parent",
                    );
                } else if let Some(p) = objectives.iter().find(|p| p.id == parent) {
                    if p.parent_id.is_some() {
                        self.fail(
                            format!("{f}.parentId"),
                            "a sub-objective must sit under a main objective, not under another sub-objective",
                        );
                    }
                } else {
                    self.link(&format!("{f}.parentId"), &parent, &ids, "objective");
                }
            }
            if let Some(profile) = &o.monthly_profile {
                let field = format!("{f}.monthlyProfile");
                if profile.len() != 12 {
                    self.fail(
                        &field,
                        format!("must give 12 monthly weights, not {}", profile.len()),
                    );
                } else if profile
                    .iter()
                    .any(|w| !w.is_finite() || *w < 0.0 || *w > MAX_FIGURE)
                {
                    self.fail(&field, "must hold numbers from 0 up");
                } else if profile.iter().sum::<f64>() <= 0.0 {
                    self.fail(&field, "must give at least one month a weight");
                }
            }
            self.count(&format!("{f}.keyResults"), &o.key_results, MAX_LIST);
            for (j, kr) in o.key_results.iter().enumerate() {
                self.short(&format!("{f}.keyResults[{j}].title"), &kr.title);
                self.figure(&format!("{f}.keyResults[{j}].target"), kr.target);
                self.short(&format!("{f}.keyResults[{j}].unit"), &kr.unit);
            }
            if o.north_star {
                north_stars += 1;
                if north_stars > 1 {
                    self.fail(
                        format!("{f}.northStar"),
                        "only one objective can be the North Star",
                    );
                }
            }
        }
        ids
    }

    fn mix(&mut self, m: &MarketingMix) {
        for (name, text) in m.fields() {
            self.long(&format!("mix.{name}"), text);
        }
    }

    fn actions(
        &mut self,
        actions: &[Action],
        objectives: &HashSet<super::ids::ObjectiveId>,
        (segments, personas): &(HashSet<SegmentId>, HashSet<PersonaId>),
    ) {
        self.count("actions", actions, MAX_ACTIONS);
        self.unique("actions", actions.iter().map(|a| a.id));
        for (i, a) in actions.iter().enumerate() {
            let f = format!("actions[{i}]");
            self.short(&format!("{f}.title"), &a.title);
            self.long(&format!("{f}.description"), &a.description);
            self.count(
                &format!("{f}.objectiveIds"),
                &a.objective_ids,
                MAX_OBJECTIVES,
            );
            for (j, o) in a.objective_ids.iter().enumerate() {
                self.link(
                    &format!("{f}.objectiveIds[{j}]"),
                    o,
                    objectives,
                    "objective",
                );
            }
            self.count(&format!("{f}.segmentIds"), &a.segment_ids, MAX_LIST);
            for (j, s) in a.segment_ids.iter().enumerate() {
                self.link(&format!("{f}.segmentIds[{j}]"), s, segments, "segment");
            }
            self.count(&format!("{f}.personaIds"), &a.persona_ids, MAX_LIST);
            for (j, p) in a.persona_ids.iter().enumerate() {
                self.link(&format!("{f}.personaIds[{j}]"), p, personas, "persona");
            }
            self.short(&format!("{f}.owner"), &a.owner);
            self.date(&format!("{f}.start"), a.start);
            self.date(&format!("{f}.end"), a.end);
            self.count(&format!("{f}.milestones"), &a.milestones, MAX_LIST);
            for (j, m) in a.milestones.iter().enumerate() {
                self.short(&format!("{f}.milestones[{j}].title"), &m.title);
                self.date(&format!("{f}.milestones[{j}].date"), m.date);
            }
            self.money(&format!("{f}.plannedBudget"), a.planned_budget);
            self.money(&format!("{f}.actualSpend"), a.actual_spend);
            self.long(&format!("{f}.correctionNote"), &a.correction_note);
        }
    }

    fn start(&mut self, start: &PlanStart) {
        if let Some(trade) = &start.trade {
            self.short("start.trade", trade);
        }
        self.count("start.visitedSteps", &start.visited_steps, MAX_LIST);
        self.lines("start.exampleFigures", &start.example_figures);
    }

    /// An adjustment may name an objective or an action; one deleted since keeps its note, not
    /// refused: the log is a record of what was decided, and must never block a save.
    fn adjustments(&mut self, adjustments: &[Adjustment]) {
        self.count("adjustments", adjustments, MAX_LIST);
        self.unique("adjustments", adjustments.iter().map(|a| a.id));
        for (i, a) in adjustments.iter().enumerate() {
            let f = format!("adjustments[{i}]");
            self.date(&format!("{f}.date"), Some(a.date));
            self.long(&format!("{f}.text"), &a.text);
        }
    }

    /// The year-end review names the plan's actions and objectives, but an entry of one deleted
    /// since is kept, not refused: a decision typed in December must never block a save.
    fn year_end(&mut self, y: &YearEnd) {
        self.count("yearEnd.actions", &y.actions, MAX_ACTIONS);
        self.unique("yearEnd.actions", y.actions.iter().map(|a| a.action_id));
        for (i, a) in y.actions.iter().enumerate() {
            self.long(&format!("yearEnd.actions[{i}].note"), &a.note);
        }
        self.count("yearEnd.objectives", &y.objectives, MAX_OBJECTIVES);
        self.unique(
            "yearEnd.objectives",
            y.objectives.iter().map(|o| o.objective_id),
        );
        for (i, o) in y.objectives.iter().enumerate() {
            self.figure(&format!("yearEnd.objectives[{i}].result"), o.result);
            self.long(&format!("yearEnd.objectives[{i}].comment"), &o.comment);
        }
        self.long("yearEnd.lessons", &y.lessons);
    }

    fn kpis(&mut self, kpis: &[Kpi], objectives: &HashSet<super::ids::ObjectiveId>) {
        self.count("kpis", kpis, MAX_KPIS);
        self.unique("kpis", kpis.iter().map(|k| k.id));
        for (i, k) in kpis.iter().enumerate() {
            let f = format!("kpis[{i}]");
            self.short(&format!("{f}.name"), &k.name);
            if let Some(o) = &k.objective_id {
                self.link(&format!("{f}.objectiveId"), o, objectives, "objective");
            }
            self.figure(&format!("{f}.baseline"), k.baseline);
            self.figure(&format!("{f}.target"), k.target);
            self.short(&format!("{f}.unit"), &k.unit);
            self.short(&format!("{f}.tool"), &k.tool);
            self.count(&format!("{f}.measurements"), &k.measurements, MAX_LIST);
            for (j, m) in k.measurements.iter().enumerate() {
                self.date(&format!("{f}.measurements[{j}].date"), Some(m.date));
                self.figure(&format!("{f}.measurements[{j}].value"), Some(m.value));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plan::{ActionId, ObjectiveId};

    fn base() -> Plan {
        Plan::blank("Boulangerie Morel", 2027, Language::Fr)
    }

    fn action(id: u32) -> Action {
        Action {
            segment_ids: vec![],
            persona_ids: vec![],
            id: ActionId(id),
            title: "Salon".into(),
            description: String::new(),
            objective_ids: vec![],
            lever: None,
            channel: None,
            owner: String::new(),
            start: None,
            end: None,
            milestones: vec![],
            planned_budget: None,
            actual_spend: None,
            status: ActionStatus::Planned,
            correction_note: String::new(),
        }
    }

    fn objective(id: u32) -> Objective {
        Objective {
            monthly_profile: None,
            id: ObjectiveId(id),
            title: "Ventes".into(),
            category: ObjectiveCategory::Business,
            metric: String::new(),
            baseline: None,
            target: None,
            unit: String::new(),
            deadline: None,
            parent_id: None,
            key_results: vec![],
            north_star: false,
            draft: false,
        }
    }

    fn field_of(p: &Plan) -> String {
        match plan(p) {
            Err(Error::Invalid { field, .. }) => field,
            other => panic!("expected an invalid field, got {other:?}"),
        }
    }

    #[test]
    fn blank_plan_is_valid() {
        assert!(plan(&base()).is_ok());
    }

    #[test]
    fn empty_company_name_is_refused() {
        let mut p = base();
        p.company.name = "  ".into();
        assert_eq!(field_of(&p), "company.name");
    }

    #[test]
    fn too_long_text_names_the_field() {
        let mut p = base();
        p.diagnostic.audience = "a".repeat(MAX_LONG_TEXT + 1);
        let err = plan(&p).unwrap_err();
        assert!(
            err.to_string().contains("diagnostic.audience: is too long"),
            "{err}"
        );
    }

    #[test]
    fn a_field_of_100000_characters_is_refused_except_notes() {
        let mut p = base();
        p.actions.push(action(1));
        p.actions[0].description = "x".repeat(100_000);
        assert_eq!(field_of(&p), "actions[0].description");
        let mut p = base();
        p.notes = "x".repeat(100_000);
        assert!(plan(&p).is_ok());
    }

    #[test]
    fn control_characters_are_refused_but_newlines_pass() {
        let mut p = base();
        p.mix.product = "ligne 1\nligne 2\tfin".into();
        assert!(plan(&p).is_ok());
        p.mix.product = "bip\u{7}".into();
        assert_eq!(field_of(&p), "mix.product");
    }

    #[test]
    fn negative_money_is_refused() {
        let mut p = base();
        p.actions.push(action(1));
        p.actions[0].planned_budget = Some(Money(-1));
        assert_eq!(field_of(&p), "actions[0].plannedBudget");
    }

    #[test]
    fn duplicate_ids_are_refused() {
        let mut p = base();
        p.actions.push(action(3));
        p.actions.push(action(3));
        assert_eq!(field_of(&p), "actions[1].id");
    }

    #[test]
    fn dangling_objective_link_is_refused() {
        let mut p = base();
        p.objectives.push(objective(1));
        let mut a = action(1);
        a.objective_ids = vec![ObjectiveId(1), ObjectiveId(9)];
        p.actions.push(a);
        assert_eq!(field_of(&p), "actions[0].objectiveIds[1]");
    }

    #[test]
    fn sub_objectives_stay_two_levels_deep() {
        let mut p = base();
        p.objectives.push(objective(1));
        let mut sub = objective(2);
        sub.parent_id = Some(ObjectiveId(1));
        p.objectives.push(sub);
        assert!(plan(&p).is_ok());
        let mut subsub = objective(3);
        subsub.parent_id = Some(ObjectiveId(2));
        p.objectives.push(subsub);
        assert_eq!(field_of(&p), "objectives[2].parentId");
    }

    #[test]
    fn an_objective_cannot_be_its_own_parent() {
        let mut p = base();
        let mut o = objective(1);
        o.parent_id = Some(ObjectiveId(1));
        p.objectives.push(o);
        assert_eq!(field_of(&p), "objectives[0].parentId");
    }

    #[test]
    fn only_one_north_star() {
        let mut p = base();
        for id in 1..=2 {
            let mut o = objective(id);
            o.north_star = true;
            p.objectives.push(o);
        }
        assert_eq!(field_of(&p), "objectives[1].northStar");
    }

    #[test]
    fn porter_rating_is_one_to_five() {
        let mut p = base();
        p.diagnostic.porter.rivalry.rating = Some(6);
        assert_eq!(field_of(&p), "diagnostic.porter.rivalry.rating");
    }

    #[test]
    fn plan_year_and_dates_have_bounds() {
        let mut p = base();
        p.company.plan_year = 1999;
        assert_eq!(field_of(&p), "company.planYear");
        let mut p = base();
        p.objectives.push(objective(1));
        p.objectives[0].deadline = NaiveDate::from_ymd_opt(9999, 1, 1);
        assert_eq!(field_of(&p), "objectives[0].deadline");
    }

    #[test]
    fn too_many_actions_is_refused_with_the_limit() {
        let mut p = base();
        p.actions = (0..5_000).map(action).collect();
        let err = plan(&p).unwrap_err();
        assert!(err.to_string().contains("at most 2000"), "{err}");
    }

    #[test]
    fn currency_must_be_an_iso_code() {
        let mut p = base();
        p.company.currency = "euro".into();
        assert_eq!(field_of(&p), "company.currency");
    }

    #[test]
    fn planning_mistakes_are_not_validation_errors() {
        let mut p = base();
        let mut a = action(1);
        a.start = NaiveDate::from_ymd_opt(2027, 5, 1);
        a.end = NaiveDate::from_ymd_opt(2027, 4, 1);
        p.actions.push(a);
        assert!(
            plan(&p).is_ok(),
            "ends-before-start is the checklist's finding, not a refusal"
        );
    }
}
