//! Editing a plan in the wizard: opening it, saving the section being typed in, checking it.
//!
//! Consecutive saves start from the plan kept in memory instead of reading every section back,
//! as long as SQLite's `data_version` shows that no other connection (the CLI, another process)
//! has committed since, so another process's change is never overwritten with a stale copy.
//!
//! The plan's figures (`crate::figures`) are worked out once per save and read by the checklist;
//! they go to the page with the plan and with each save. A save's reply leaves out the checklist
//! report, and the figures, when they are the ones the page already holds.

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::Serialize;
use ts_rs::TS;

use super::{stored, Inner, Library};
use crate::checklist::{self, Report};
use crate::error::Result;
use crate::figures::{self, Figures};
use crate::plan::{validate, ActionId, Language, Plan, PlanId, PlanSection, PlanSummary};
use crate::store::{self, Transaction};

/// A plan as just saved, with the checklist's verdict on it.
#[derive(Debug, Clone, Serialize, TS, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct Saved {
    pub summary: PlanSummary,
    /// The checklist's verdict, or nothing when it is the same as in the reply to the previous
    /// save of this plan, with no other call to the library in between (typing rarely changes
    /// it, and at a thousand actions it is a 48 KB reply).
    pub report: Option<Report>,
    /// The plan's figures, or nothing when the page already holds these (the last save's reply or
    /// the plan as opened carried them): typing a name changes no figure.
    pub figures: Option<Figures>,
}

/// A plan opened to be edited: its entry, its content and its figures.
#[derive(Debug, Clone, Serialize, TS, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct OpenedPlan {
    pub summary: PlanSummary,
    pub plan: Plan,
    pub figures: Figures,
}

/// What the editing use cases keep between calls.
#[derive(Debug, Default)]
pub(super) struct Editing {
    /// The plan last opened or saved through this connection.
    kept: Option<Kept>,
    /// The checklist report of the last reply, and its plan.
    replied: Option<(PlanId, Report)>,
    /// The figures the page holds, and their plan.
    shown_figures: Option<(PlanId, Figures)>,
}

#[derive(Debug)]
struct Kept {
    id: PlanId,
    /// The database's `data_version` when the plan was read or saved.
    data_version: i64,
    plan: Plan,
}

impl Editing {
    /// Another call came in between: the UI may now hold another report than the last reply's.
    pub(super) fn forget_reply(&mut self) {
        self.replied = None;
    }

    /// A call may have changed any plan: nothing kept is trusted any more.
    pub(super) fn forget_all(&mut self) {
        self.kept = None;
        self.replied = None;
        self.shown_figures = None;
    }
}

/// A section applied to a stored plan: the plan as saved, its entry, its figures and its
/// checklist verdict.
pub(super) struct Applied {
    pub summary: PlanSummary,
    pub plan: Plan,
    pub figures: Figures,
    pub report: Report,
}

/// Applies `section` to `plan` (plan `id` as stored), validates the result and writes what
/// changed with the plan's new readiness score, all inside `tx`.
pub(super) fn apply(
    tx: &Transaction<'_>,
    id: PlanId,
    mut plan: Plan,
    section: PlanSection,
    today: NaiveDate,
    language: Language,
) -> Result<Applied> {
    let key = section.key();
    // For actions, only the rows that changed are written: the actions as stored are the plan's.
    let changed = section.changed_actions(&plan.actions);
    let order: Vec<ActionId> = match changed {
        Some(_) => plan.actions.iter().map(|a| a.id).collect(),
        None => Vec::new(),
    };
    section.apply_to(&mut plan)?;
    validate::plan(&plan)?;
    match changed {
        Some(changed) => {
            stored::write_actions(tx, id, &order, &plan.actions, |a| changed.contains(&a.id))?
        }
        None => stored::write_section(tx, id, key, &plan)?,
    }
    stored::touch(tx, id, &plan)?;
    let figures = figures::of(&plan, today);
    let report = checklist::report_with(&plan, &figures, language);
    store::plans::set_readiness(tx, id, report.score)?;
    Ok(Applied {
        summary: store::plans::summary(tx, id)?,
        plan,
        figures,
        report,
    })
}

impl Library {
    /// Reads a plan to edit it, with its figures as of `today`: the plan is kept for the saves
    /// that follow.
    pub fn open_plan(&self, id: PlanId, today: NaiveDate) -> Result<OpenedPlan> {
        let mut inner = self.lock()?;
        let Inner { conn, editing } = &mut *inner;
        editing.forget_all();
        // Read under the write lock, as a save is, so that the version noted is the one read
        // (a read-only library is never saved: a plain read does).
        let tx = if self.read_only {
            store::read(conn)?
        } else {
            store::write(conn)?
        };
        let data_version = store::data_version(&tx)?;
        let record = stored::read(&tx, id)?;
        tx.commit()?;
        let figures = figures::of(&record.plan, today);
        editing.kept = Some(Kept {
            id,
            data_version,
            plan: record.plan.clone(),
        });
        editing.shown_figures = Some((id, figures.clone()));
        Ok(OpenedPlan {
            summary: record.summary,
            plan: record.plan,
            figures,
        })
    }

    /// Saves one section of a plan and evaluates the checklist once on the result, in
    /// `language` (the wizard's autosave); the readiness score is stored with the save.
    pub fn save_section(
        &self,
        id: PlanId,
        section: PlanSection,
        today: NaiveDate,
        language: Language,
    ) -> Result<Saved> {
        self.writable()?;
        let mut inner = self.lock()?;
        let Inner { conn, editing } = &mut *inner;
        let previous = editing.replied.take();
        let kept = editing.kept.take();
        let tx = store::write(conn)?;
        let data_version = store::data_version(&tx)?;
        let plan = match kept.filter(|k| k.id == id && k.data_version == data_version) {
            Some(kept) => {
                // Deleted since, through this connection: refused as a re-read would refuse it.
                store::plans::summary(&tx, id)?;
                kept.plan
            }
            None => stored::read(&tx, id)?.plan,
        };
        let Applied {
            summary,
            plan,
            figures,
            report,
        } = apply(&tx, id, plan, section, today, language)?;
        tx.commit()?;
        editing.kept = Some(Kept {
            id,
            data_version,
            plan,
        });
        let report = match previous {
            Some((plan, same)) if plan == id && same == report => {
                editing.replied = Some((plan, same));
                None
            }
            _ => {
                editing.replied = Some((id, report.clone()));
                Some(report)
            }
        };
        let figures = match editing.shown_figures.take() {
            Some((plan, same)) if plan == id && same == figures => {
                editing.shown_figures = Some((plan, same));
                None
            }
            _ => {
                editing.shown_figures = Some((id, figures.clone()));
                Some(figures)
            }
        };
        Ok(Saved {
            summary,
            report,
            figures,
        })
    }

    /// The checklist's verdict on a plan, in `language`, from the plan being edited when it is
    /// that one; the next save replies without a report when it is still this one.
    pub fn check(&self, id: PlanId, today: NaiveDate, language: Language) -> Result<Report> {
        let mut inner = self.lock()?;
        let Inner { conn, editing } = &mut *inner;
        let current = store::data_version(conn)?;
        let report = match editing
            .kept
            .as_ref()
            .filter(|k| k.id == id && k.data_version == current)
        {
            Some(kept) => checklist::report(&kept.plan, today, language),
            None => checklist::report(&stored::read(conn, id)?.plan, today, language),
        };
        editing.replied = Some((id, report.clone()));
        Ok(report)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plan::{ActionList, MarketingMix, Money};
    use crate::usecases::testing::{self, today};
    use crate::ErrorKind;

    /// A library with the example plan, and its id.
    fn with_example() -> (tempfile::TempDir, Library, PlanId) {
        let (dir, lib) = testing::seeded();
        let id = lib.list().unwrap()[0].id;
        (dir, lib, id)
    }

    fn notes(text: &str) -> PlanSection {
        PlanSection::Notes(text.into())
    }

    #[test]
    fn saving_a_section_rescores_the_plan() {
        let (_dir, lib) = testing::empty();
        let plan = Plan::blank("Café Lune", 2027, Language::Fr);
        let id = lib.create(&plan, None, today()).unwrap();
        let before = lib.plan(id).unwrap().summary.readiness.unwrap();
        let mut swot = plan.diagnostic.clone();
        swot.swot.strengths.push("Terrasse plein sud".into());
        swot.audience = "Étudiants et habitants du quartier".into();
        let saved = lib
            .save_section(id, PlanSection::Diagnostic(swot), today(), Language::En)
            .unwrap();
        let report = saved.report.expect("the first save of a plan reports");
        assert_eq!(report.language, Language::En);
        assert_eq!(saved.summary.readiness, Some(report.score));
        assert!(report.score >= before);
        assert_eq!(lib.plan(id).unwrap().summary.readiness, Some(report.score));
    }

    #[test]
    fn saves_in_a_row_keep_the_plan_and_store_exactly_what_a_fresh_read_gives() {
        let (_dir, lib, id) = with_example();
        let mut expected = lib.plan(id).unwrap().plan;
        // What the wizard shows: the last report a reply carried.
        let mut shown = None;
        for i in 0..5 {
            let mut budget = expected.budget.clone();
            budget.envelope = Some(Money(1_000_000 + i));
            expected.budget = budget.clone();
            expected.notes = format!("note {i}");
            for section in [PlanSection::Budget(budget), notes(&format!("note {i}"))] {
                let saved = lib
                    .save_section(id, section, today(), Language::Fr)
                    .unwrap();
                shown = saved.report.or(shown);
            }
            assert_eq!(
                shown.as_ref(),
                Some(&checklist::report(&expected, today(), Language::Fr))
            );
        }
        assert_eq!(lib.plan(id).unwrap().plan, expected);
    }

    #[test]
    fn one_action_saved_alone_replaces_only_that_action() {
        let (_dir, lib, id) = with_example();
        let mut expected = lib.plan(id).unwrap().plan;
        let mut action = expected.actions[3].clone();
        action.title = "Salon du chocolat, stand partagé".into();
        action.owner = "Maëlle".into();
        expected.actions[3] = action.clone();
        let saved = lib
            .save_section(id, PlanSection::Action(action), today(), Language::Fr)
            .unwrap();
        assert_eq!(saved.summary.id, id);
        assert_eq!(lib.plan(id).unwrap().plan, expected);

        let mut stray = expected.actions[0].clone();
        stray.id = ActionId(999);
        stray.title = "An action deleted meanwhile".into();
        let err = lib
            .save_section(id, PlanSection::Action(stray), today(), Language::Fr)
            .unwrap_err();
        assert_eq!(err.kind(), ErrorKind::NotFound);
        assert!(err.to_string().contains("action 999"), "{err}");
        assert_eq!(lib.plan(id).unwrap().plan, expected);
    }

    #[test]
    fn a_save_replies_without_the_report_when_it_has_not_changed_since_the_last_reply() {
        let (_dir, lib, id) = with_example();
        let save = |section, language| {
            lib.save_section(id, section, today(), language)
                .unwrap()
                .report
        };
        assert!(
            save(notes("a"), Language::Fr).is_some(),
            "the first save reports"
        );
        assert!(
            save(notes("b"), Language::Fr).is_none(),
            "same verdict: no report"
        );
        let en = save(notes("c"), Language::En).expect("another language, another report");
        assert_eq!(en.language, Language::En);
        let mut budget = lib.plan(id).unwrap().plan.budget;
        assert!(
            save(notes("d"), Language::En).is_some(),
            "another call to the library in between: the UI may hold another report"
        );
        budget.envelope = Some(Money(1));
        let over = save(PlanSection::Budget(budget), Language::En).expect("a new finding");
        assert!(over
            .findings
            .iter()
            .any(|f| f.rule_id == checklist::RuleId::BudgetOverEnvelope));
        assert!(save(notes("e"), Language::En).is_none());
    }

    #[test]
    fn a_save_never_overwrites_what_another_process_committed_in_between() {
        let (dir, lib, id) = with_example();
        lib.save_section(id, notes("from the app"), today(), Language::Fr)
            .unwrap();
        // The CLI, another connection, changes the company in between.
        let other = Library::open(dir.path(), today()).unwrap();
        let mut company = other.plan(id).unwrap().plan.company;
        company.name = "Renamed by the CLI".into();
        other
            .save_section(id, PlanSection::Company(company), today(), Language::Fr)
            .unwrap();

        lib.save_section(id, notes("again from the app"), today(), Language::Fr)
            .unwrap();
        let stored = other.plan(id).unwrap().plan;
        assert_eq!(stored.company.name, "Renamed by the CLI");
        assert_eq!(stored.notes, "again from the app");
    }

    #[test]
    fn a_plan_opened_then_checked_and_saved_never_hides_what_another_process_wrote() {
        let (dir, lib, id) = with_example();
        let opened = lib.open_plan(id, today()).unwrap();
        let report = lib.check(id, today(), Language::Fr).unwrap();
        assert_eq!(
            report,
            checklist::report(&opened.plan, today(), Language::Fr)
        );
        // The next save replies without the report when the plan's verdict is the one checked.
        let saved = lib
            .save_section(id, notes(&opened.plan.notes), today(), Language::Fr)
            .unwrap();
        assert_eq!(saved.report, None);

        // The CLI, another connection, removes every action in between.
        let other = Library::open(dir.path(), today()).unwrap();
        other
            .save_section(id, PlanSection::Actions(vec![]), today(), Language::Fr)
            .unwrap();
        let fresh = other.plan(id).unwrap().plan;
        assert_eq!(
            lib.check(id, today(), Language::Fr).unwrap(),
            checklist::report(&fresh, today(), Language::Fr),
            "the check reads the plan again"
        );
        lib.save_section(id, notes("from the app"), today(), Language::Fr)
            .unwrap();
        let stored = other.plan(id).unwrap().plan;
        assert!(stored.actions.is_empty(), "the CLI's change is kept");
        assert_eq!(stored.notes, "from the app");
    }

    #[test]
    fn a_refused_save_or_a_rename_between_saves_leaves_nothing_stale() {
        let (_dir, lib, id) = with_example();
        lib.save_section(id, notes("first"), today(), Language::Fr)
            .unwrap();
        let mut company = lib.plan(id).unwrap().plan.company;
        company.plan_year = 1200;
        lib.save_section(id, PlanSection::Company(company), today(), Language::Fr)
            .unwrap_err();
        lib.rename(id, "Caradec & Filles", today()).unwrap();
        lib.save_section(id, notes("second"), today(), Language::Fr)
            .unwrap();
        let stored = lib.plan(id).unwrap().plan;
        assert_eq!(stored.company.name, "Caradec & Filles");
        assert_eq!(stored.company.plan_year, 2027);
        assert_eq!(stored.notes, "second");
    }

    #[test]
    fn save_section_changes_only_that_section_and_the_listing() {
        let (_dir, lib) = testing::empty();
        let sample = Plan::blank("Boulangerie Morel", 2027, Language::Fr);
        let id = lib.create(&sample, None, today()).unwrap();
        let mut company = sample.company.clone();
        company.name = "Fournil Morel".into();
        company.plan_year = 2028;
        let summary = lib
            .save_section(id, PlanSection::Company(company), today(), Language::Fr)
            .unwrap()
            .summary;
        assert_eq!(summary.company_name, "Fournil Morel");
        assert_eq!(summary.plan_year, 2028);
        let plan = lib.plan(id).unwrap().plan;
        assert_eq!(plan.company.name, "Fournil Morel");
        assert_eq!(plan.mix, sample.mix);
    }

    #[test]
    fn actions_are_stored_one_row_each_and_an_edit_rewrites_its_row_alone() {
        let (dir, lib) = testing::empty();
        let rows = |id| {
            store::actions::rows(&store::open(dir.path()).unwrap(), id)
                .unwrap()
                .into_iter()
                .map(|(action, _, body)| (action, body))
                .collect::<Vec<_>>()
        };
        let save = |id, section| lib.save_section(id, section, today(), Language::Fr);
        let example = crate::seed::example_plan(2027);
        let id = lib.create(&example, None, today()).unwrap();
        let before = rows(id);
        assert_eq!(before.len(), example.actions.len());
        assert!(before
            .iter()
            .map(|(a, _)| *a)
            .eq(example.actions.iter().map(|a| a.id.0)));

        let mut edited = example.actions[3].clone();
        edited.title = "Salon du chocolat, stand double".into();
        save(id, PlanSection::Action(edited.clone())).unwrap();
        let saved = lib.plan(id).unwrap().plan;
        assert_eq!(saved.actions[3], edited);
        let after = rows(id);
        for (i, (row, old)) in after.iter().zip(&before).enumerate() {
            assert_eq!(row.0, old.0, "the order is kept");
            assert_eq!(
                row.1 != old.1,
                i == 3,
                "only the edited action's row changed"
            );
        }

        // A new order (what the list's arrows save) is stored as it is.
        let mut reordered = saved.actions.clone();
        reordered.reverse();
        save(id, PlanSection::Actions(reordered.clone())).unwrap();
        assert_eq!(lib.plan(id).unwrap().plan.actions, reordered);
        let sections =
            store::sections::count_named(&store::open(dir.path()).unwrap(), "actions").unwrap();
        assert_eq!(sections, 0, "actions live in their own table only");

        // An action removed and one added: their rows go and come.
        let mut changed = reordered;
        let removed = changed.remove(1);
        let mut added = changed[0].clone();
        added.id = ActionId(99);
        added.title = "Journées portes ouvertes".into();
        changed.push(added);
        save(id, PlanSection::Actions(changed.clone())).unwrap();
        assert_eq!(lib.plan(id).unwrap().plan.actions, changed);
        let ids: Vec<u32> = rows(id).into_iter().map(|(a, _)| a).collect();
        assert!(!ids.contains(&removed.id.0));
        assert_eq!(ids.len(), changed.len());

        // The same kind of change sent as an order and the changed actions only: one moved to
        // the end, one removed, one added, one edited.
        let mut expected = changed;
        let first = expected.remove(0);
        expected.push(first);
        expected.remove(2);
        let mut fresh = expected[0].clone();
        fresh.id = ActionId(100);
        fresh.title = "Atelier dégustation".into();
        expected.insert(1, fresh.clone());
        expected[3].owner = "Maëlle".into();
        let list = ActionList {
            order: expected.iter().map(|a| a.id).collect(),
            changed: vec![fresh, expected[3].clone()],
        };
        save(id, PlanSection::ActionList(list)).unwrap();
        assert_eq!(lib.plan(id).unwrap().plan.actions, expected);
        let positions: Vec<i64> = store::actions::rows(&store::open(dir.path()).unwrap(), id)
            .unwrap()
            .into_iter()
            .map(|(_, position, _)| position)
            .collect();
        assert!(
            positions.iter().copied().eq(0..expected.len() as i64),
            "{positions:?}"
        );

        // An order naming an action the plan does not have changes nothing.
        let before = lib.plan(id).unwrap().plan;
        let stray = ActionList {
            order: vec![ActionId(404)],
            changed: vec![],
        };
        let err = save(id, PlanSection::ActionList(stray)).unwrap_err();
        assert_eq!(err.kind(), ErrorKind::NotFound);
        assert_eq!(lib.plan(id).unwrap().plan, before);
    }

    #[test]
    fn an_invalid_section_is_refused_and_nothing_changes() {
        let (_dir, lib) = testing::empty();
        let sample = Plan::blank("Boulangerie Morel", 2027, Language::Fr);
        let id = lib.create(&sample, None, today()).unwrap();
        let mix = MarketingMix {
            product: "x".repeat(60_000),
            ..sample.mix.clone()
        };
        let err = lib
            .save_section(id, PlanSection::Mix(mix), today(), Language::Fr)
            .unwrap_err();
        assert_eq!(err.kind(), ErrorKind::Invalid);
        assert_eq!(
            crate::plan::Plan {
                id: None,
                ..lib.plan(id).unwrap().plan
            },
            sample
        );
    }

    #[test]
    fn missing_plan_is_not_found() {
        let (_dir, lib) = testing::empty();
        let err = lib
            .save_section(PlanId(42), notes("x"), today(), Language::Fr)
            .unwrap_err();
        assert_eq!(err.kind(), ErrorKind::NotFound);
        assert_eq!(err.to_string(), "plan 42 was not found");
    }

    #[test]
    fn edits_survive_closing_and_reopening_the_file() {
        let (dir, lib) = testing::empty();
        let id = lib
            .create(
                &Plan::blank("Boulangerie Morel", 2027, Language::Fr),
                None,
                today(),
            )
            .unwrap();
        lib.save_section(
            id,
            notes("Penser au salon de Rennes"),
            today(),
            Language::Fr,
        )
        .unwrap();
        drop(lib);
        let lib = Library::open(dir.path(), today()).unwrap();
        assert_eq!(
            lib.plan(id).unwrap().plan.notes,
            "Penser au salon de Rennes"
        );
    }
}
