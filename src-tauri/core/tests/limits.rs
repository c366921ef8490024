//! Size limits, through the core calls the IPC commands make: too long a text or too many
//! entries is refused with a message that names the field and gives the limit, and nothing of
//! the refused edit is stored.

use boussole_core::plan::validate::{MAX_ACTIONS, MAX_LONG_TEXT, MAX_NOTES, MAX_SHORT_TEXT};
use boussole_core::plan::{Language, MarketingMix, Plan, PlanId, PlanSection};
use boussole_core::usecases::Library;
use boussole_core::{format, Error, ErrorKind};
use chrono::{NaiveDate, Utc};

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 22).unwrap()
}

/// A library holding the example plan, as a first start leaves it.
fn library_with_example() -> (tempfile::TempDir, Library, PlanId, Plan) {
    let dir = tempfile::tempdir().unwrap();
    let lib = Library::open(dir.path(), today()).unwrap();
    let id = lib.list().unwrap()[0].id;
    let plan = lib.plan(id).unwrap().plan;
    (dir, lib, id, plan)
}

/// The `{kind, field, message}` the UI receives.
fn refusal(e: Error) -> (ErrorKind, Option<String>, String) {
    let p = e.payload();
    (p.kind, p.field, p.message)
}

#[test]
fn a_company_name_of_100000_characters_is_refused_with_the_limit() {
    // What `create_plan` does with the name it receives.
    let (_dir, lib, id, _) = library_with_example();
    lib.delete(id).unwrap();
    let err = lib
        .create_blank(&"B".repeat(100_000), 2027, Language::Fr, today())
        .unwrap_err();
    assert_eq!(
        refusal(err),
        (
            ErrorKind::Invalid,
            Some("company.name".into()),
            format!("company.name: is too long (100000 characters; at most {MAX_SHORT_TEXT})")
        )
    );
    assert!(lib.list().unwrap().is_empty());
}

#[test]
fn renaming_to_100000_characters_is_refused_and_the_name_kept() {
    let (_dir, lib, id, plan) = library_with_example();
    let err = lib.rename(id, &"B".repeat(100_000), today()).unwrap_err();
    assert!(
        err.to_string()
            .ends_with(&format!("at most {MAX_SHORT_TEXT})")),
        "{err}"
    );
    assert_eq!(lib.plan(id).unwrap().plan.company.name, plan.company.name);
}

#[test]
fn a_paragraph_of_100000_characters_is_refused_with_the_limit() {
    let (_dir, lib, id, plan) = library_with_example();
    let mix = MarketingMix {
        product: "é".repeat(100_000),
        ..plan.mix.clone()
    };
    let err = lib
        .save_section(id, PlanSection::Mix(mix), today(), Language::Fr)
        .unwrap_err();
    assert_eq!(
        refusal(err),
        (
            ErrorKind::Invalid,
            Some("mix.product".into()),
            format!("mix.product: is too long (100000 characters; at most {MAX_LONG_TEXT})")
        )
    );
    assert_eq!(
        lib.plan(id).unwrap().plan,
        plan,
        "nothing of the refused edit is stored"
    );
}

#[test]
fn notes_hold_100000_characters_and_refuse_more_than_a_million() {
    let (_dir, lib, id, _) = library_with_example();
    let long = "Note. ".repeat(100_000 / 6);
    lib.save_section(id, PlanSection::Notes(long.clone()), today(), Language::Fr)
        .unwrap();
    assert_eq!(lib.plan(id).unwrap().plan.notes, long);
    let err = lib
        .save_section(
            id,
            PlanSection::Notes("x".repeat(MAX_NOTES + 1)),
            today(),
            Language::Fr,
        )
        .unwrap_err();
    assert_eq!(
        err.to_string(),
        format!(
            "notes: is too long ({} characters; at most {MAX_NOTES})",
            MAX_NOTES + 1
        )
    );
    assert_eq!(lib.plan(id).unwrap().plan.notes, long);
}

#[test]
fn five_thousand_actions_are_refused_with_the_limit() {
    let (_dir, lib, id, plan) = library_with_example();
    let mut actions = Vec::with_capacity(5_000);
    for n in 0..5_000u32 {
        let mut action = plan.actions[0].clone();
        action.id = boussole_core::plan::ActionId(1_000 + n);
        actions.push(action);
    }
    let err = lib
        .save_section(
            id,
            PlanSection::Actions(actions.clone()),
            today(),
            Language::Fr,
        )
        .unwrap_err();
    assert_eq!(
        refusal(err),
        (
            ErrorKind::Invalid,
            Some("actions".into()),
            format!("actions: has too many entries (5000; at most {MAX_ACTIONS})")
        )
    );
    assert_eq!(lib.plan(id).unwrap().plan, plan);

    // The same plan as a file is refused on import, with the file's path of the field.
    let mut big = plan.clone();
    big.actions = actions;
    let file = format::to_json(&big, Utc::now()).unwrap();
    let err = format::from_json(file.as_bytes()).unwrap_err();
    assert_eq!(
        err.to_string(),
        format!("plan.actions: has too many entries (5000; at most {MAX_ACTIONS})")
    );
}

#[test]
fn a_plan_file_over_the_size_limit_is_refused_before_it_is_read() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("enorme.json");
    // A sparse file: its size is on record without 17 MB written to the disk.
    std::fs::File::create(&path)
        .unwrap()
        .set_len(format::MAX_FILE_BYTES as u64 + 1_048_576)
        .unwrap();
    let err = format::read_file(&path).unwrap_err();
    assert_eq!(err.kind(), ErrorKind::BadFile);
    assert!(
        err.to_string()
            .ends_with("is too large to be a plan (17 MB; a plan file is at most 16 MB)"),
        "{err}"
    );
}
