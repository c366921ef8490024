//! The plan library: listing, creating (blank or from a plan file), reading, renaming,
//! duplicating, deleting and bringing back plans. Every plan stored is validated first and
//! scored in the same transaction.

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::Serialize;
use ts_rs::TS;

use super::editing::apply;
use super::startup::score;
use super::{stored, Library};
use crate::error::Result;
use crate::fsutil::Input;
use crate::plan::{validate, Language, Plan, PlanId, PlanRecord, PlanSection, PlanSummary};
use crate::store;

/// What an import produced.
#[derive(Debug, Clone, PartialEq, Serialize, TS, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct ImportReport {
    pub plan_id: PlanId,
    pub company_name: String,
    pub plan_year: i32,
    /// The file's plan is already in the library (same identity): the copy got a new one.
    pub new_identity: bool,
}

impl Library {
    /// The plans of the library, most recently changed first.
    pub fn list(&self) -> Result<Vec<PlanSummary>> {
        self.reading(store::plans::list)
    }

    /// One plan with its content.
    pub fn plan(&self, id: PlanId) -> Result<PlanRecord> {
        self.reading(|c| stored::read(c, id))
    }

    /// Stores a new plan, optionally as the renewal of `previous`, with its readiness score. It
    /// keeps its identity unless a plan of the library holds it already.
    pub fn create(
        &self,
        plan: &Plan,
        previous: Option<PlanId>,
        today: NaiveDate,
    ) -> Result<PlanId> {
        Ok(self.store_new(plan, previous, today)?.0)
    }

    /// `create`, saying also whether the plan got a new identity.
    fn store_new(
        &self,
        plan: &Plan,
        previous: Option<PlanId>,
        today: NaiveDate,
    ) -> Result<(PlanId, bool)> {
        validate::plan(plan)?;
        let score = score(plan, today);
        self.writing(|tx| {
            let (identity, renamed) = stored::identity_for(tx, plan)?;
            let id = stored::insert(tx, plan, identity, previous)?;
            store::plans::set_readiness(tx, id, score)?;
            Ok((id, renamed))
        })
    }

    /// Creates an empty plan for a company, a year and a language.
    pub fn create_blank(
        &self,
        name: &str,
        year: i32,
        language: Language,
        today: NaiveDate,
    ) -> Result<PlanId> {
        self.create(&Plan::blank(name.trim(), year, language), None, today)
    }

    /// Gives a plan's company a new name.
    pub fn rename(&self, id: PlanId, name: &str, today: NaiveDate) -> Result<PlanSummary> {
        self.writing(|tx| {
            let plan = stored::read(tx, id)?.plan;
            let mut company = plan.company.clone();
            company.name = name.trim().to_string();
            let language = plan.company.language;
            Ok(apply(tx, id, plan, PlanSection::Company(company), today, language)?.summary)
        })
    }

    /// Copies a plan under a new company name; the copy is a new, independent plan, scored.
    pub fn duplicate(&self, id: PlanId, name: &str, today: NaiveDate) -> Result<PlanId> {
        let record = self.plan(id)?;
        let mut plan = record.plan;
        plan.company.name = name.trim().to_string();
        self.create(&plan, record.summary.previous_plan_id, today)
    }

    /// Moves a plan out of the library; `restore` brings it back until the library purges it.
    pub fn delete(&self, id: PlanId) -> Result<()> {
        self.writing(|tx| store::plans::mark_deleted(tx, id, crate::clock::now()))
    }

    /// Undoes a deletion.
    pub fn restore(&self, id: PlanId) -> Result<PlanSummary> {
        self.writing(|tx| {
            store::plans::unmark_deleted(tx, id)?;
            store::plans::summary(tx, id)
        })
    }

    /// Reads a plan file (or standard input) and adds its plan to the library.
    pub fn import(&self, file: &Input, today: NaiveDate) -> Result<ImportReport> {
        let plan = crate::format::read(file)?.0;
        let (plan_id, new_identity) = self.store_new(&plan, None, today)?;
        Ok(ImportReport {
            plan_id,
            company_name: plan.company.name,
            plan_year: plan.company.plan_year,
            new_identity,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::usecases::testing::{self, today};
    use crate::ErrorKind;

    fn sample() -> Plan {
        Plan::blank("Boulangerie Morel", 2027, Language::Fr)
    }

    #[test]
    fn create_then_get_returns_the_same_plan() {
        let (_dir, lib) = testing::empty();
        let id = lib.create(&sample(), None, today()).unwrap();
        let record = lib.plan(id).unwrap();
        assert!(
            record.plan.id.is_some(),
            "the library gives the plan its identity"
        );
        assert_eq!(
            Plan {
                id: None,
                ..record.plan
            },
            sample()
        );
        assert_eq!(record.summary.company_name, "Boulangerie Morel");
        assert_eq!(record.summary.plan_year, 2027);
        assert!(record.summary.readiness.is_some(), "scored when created");
    }

    #[test]
    fn list_is_sorted_by_last_change() {
        let (_dir, lib) = testing::empty();
        let a = lib.create(&sample(), None, today()).unwrap();
        let b = lib
            .create(&Plan::blank("Café Lune", 2027, Language::Fr), None, today())
            .unwrap();
        lib.rename(a, "Boulangerie Morel & fils", today()).unwrap();
        let ids: Vec<_> = lib.list().unwrap().into_iter().map(|s| s.id).collect();
        assert_eq!(ids, vec![a, b]);
    }

    #[test]
    fn delete_hides_restore_brings_back_and_only_the_apps_later_starts_purge() {
        let (dir, lib) = testing::empty();
        let id = lib
            .create(&crate::seed::example_plan(2027), None, today())
            .unwrap();
        lib.delete(id).unwrap();
        assert!(lib.list().unwrap().is_empty());
        assert_eq!(lib.plan(id).unwrap_err().kind(), ErrorKind::NotFound);
        lib.restore(id).unwrap();
        assert_eq!(lib.list().unwrap().len(), 1);
        lib.delete(id).unwrap();
        // The command line opens the library meanwhile: the window can still undo.
        drop(Library::open(dir.path(), today()).unwrap());
        lib.restore(id).unwrap();
        lib.delete(id).unwrap();
        drop(lib);
        let now = today().and_hms_opt(9, 0, 0).unwrap();
        let (lib, _) = Library::open_or_recover(dir.path(), now).unwrap();
        lib.restore(id).unwrap();
        lib.delete(id).unwrap();
        drop(lib);
        // The deletion above was made during the previous session: restorable still.
        drop(Library::open_or_recover(dir.path(), now).unwrap());
        std::thread::sleep(std::time::Duration::from_millis(2));
        let (lib, _) = Library::open_or_recover(dir.path(), now).unwrap();
        assert_eq!(lib.restore(id).unwrap_err().kind(), ErrorKind::NotFound);
        let conn = store::open(dir.path()).unwrap();
        assert_eq!(
            store::sections::read_all(&conn, id).unwrap(),
            vec![],
            "sections go with their plan"
        );
        assert_eq!(
            store::actions::count_all(&conn).unwrap(),
            0,
            "actions go with their plan"
        );
    }

    #[test]
    fn duplicate_is_an_independent_copy_scored_at_once() {
        let (_dir, lib) = testing::empty();
        let id = lib.create(&sample(), None, today()).unwrap();
        let copy = lib
            .duplicate(id, "Boulangerie Morel (copie)", today())
            .unwrap();
        assert_ne!(copy, id);
        let listed = lib.list().unwrap();
        let entry = listed.iter().find(|s| s.id == copy).unwrap();
        assert_eq!(entry.company_name, "Boulangerie Morel (copie)");
        assert_eq!(
            entry.readiness,
            Some(
                crate::checklist::report(&lib.plan(copy).unwrap().plan, today(), Language::Fr)
                    .score
            ),
            "the library shows the copy's readiness at once"
        );
        lib.rename(copy, "Autre", today()).unwrap();
        assert_eq!(lib.plan(id).unwrap().plan.company.name, "Boulangerie Morel");
        assert_eq!(lib.plan(copy).unwrap().plan.company.name, "Autre");
    }

    #[test]
    fn a_plan_keeps_its_identity_through_a_file_and_a_second_import_gets_a_new_one() {
        let (dir, lib) = testing::empty();
        let id = lib.create(&sample(), None, today()).unwrap();
        let uid = lib.plan(id).unwrap().plan.id.expect("an identity");
        let file = dir.path().join("plan.json");
        crate::format::write_file(&file, &lib.plan(id).unwrap().plan, chrono::Utc::now()).unwrap();
        let text = std::fs::read_to_string(&file).unwrap();
        assert!(text.contains(&uid.to_string()), "the file carries it");

        // Into another library: the same identity.
        let (_other_dir, other) = testing::empty();
        let there = other.import(&Input::File(file.clone()), today()).unwrap();
        assert!(!there.new_identity);
        assert_eq!(other.plan(there.plan_id).unwrap().plan.id, Some(uid));

        // Back into this one, where the plan is: a copy, with a new identity, said.
        let again = lib.import(&Input::File(file), today()).unwrap();
        assert!(again.new_identity);
        let copy = lib.plan(again.plan_id).unwrap().plan.id.unwrap();
        assert_ne!(copy, uid);
        // A duplicate is another plan too.
        let duplicate = lib.duplicate(id, "Autre", today()).unwrap();
        assert_ne!(lib.plan(duplicate).unwrap().plan.id, Some(uid));
    }

    #[test]
    fn an_imported_plan_file_is_stored_scored() {
        let (dir, lib) = testing::empty();
        let file = dir.path().join("plan.json");
        crate::format::write_file(&file, &crate::seed::example_plan(2027), chrono::Utc::now())
            .unwrap();
        let imported = lib.import(&Input::File(file), today()).unwrap();
        assert_eq!(imported.company_name, "Biscuiterie Caradec");
        assert_eq!(imported.plan_year, 2027);
        assert!(lib.list().unwrap()[0].readiness.is_some());
        assert!(!imported.new_identity);
        assert_eq!(
            Plan {
                id: None,
                ..lib.plan(imported.plan_id).unwrap().plan
            },
            crate::seed::example_plan(2027)
        );
    }
}
