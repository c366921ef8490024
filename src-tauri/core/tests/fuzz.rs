//! Bad input everywhere, generated: plan files (arbitrary bytes, arbitrary JSON, valid plans with
//! random fields swapped, deleted or duplicated) and the arguments of every IPC command, decoded
//! with serde as Tauri does and passed to the core call the command makes.
//!
//! Nothing may panic; every refusal is an `Error` with a plain, non-empty message (naming the
//! field when it is an `Invalid`); whatever is accepted is valid and stays valid once stored.
//! `BOUSSOLE_SOAK=1` runs ten times the cases.

use std::path::{Component, Path, PathBuf};
use std::sync::OnceLock;

use boussole_core::format;
use boussole_core::fsutil::{Input, Output};
use boussole_core::plan::{validate, Language, PlanId, PlanSection};
use boussole_core::usecases::{database_file, Library};
use boussole_core::{Error, ErrorKind};
use chrono::{NaiveDate, TimeZone, Utc};
use proptest::prelude::*;
use proptest::sample::Index;
use proptest::test_runner::{Config, TestRunner};
use rusqlite::Connection;
use serde::de::DeserializeOwned;
use serde_json::{json, Map, Value};

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 22).unwrap()
}

/// A runner for `cases` cases (ten times more under `BOUSSOLE_SOAK=1`). Failures are not saved
/// to regression files: a failing case prints its input, which becomes a plain test.
fn runner(cases: u32) -> TestRunner {
    let soak = std::env::var("BOUSSOLE_SOAK").is_ok_and(|v| v == "1");
    TestRunner::new(Config {
        cases: if soak { cases * 10 } else { cases },
        failure_persistence: None,
        ..Config::default()
    })
}

/// Runs a property, failing the test with proptest's minimal failing input.
fn check<S: Strategy>(cases: u32, strategy: S, test: impl Fn(S::Value) -> Result<(), TestCaseError>)
where
    S::Value: std::fmt::Debug,
{
    if let Err(e) = runner(cases).run(&strategy, test) {
        panic!("{e}");
    }
}

// ---------------------------------------------------------------------------------------------
// Inputs
// ---------------------------------------------------------------------------------------------

/// A small valid plan file: the example plan with every list cut to its first entry (links
/// pointed at the entries kept), every text cut short, and one dismissal, so every field of the
/// format is present and a case costs little.
fn small_document() -> &'static Value {
    static DOC: OnceLock<Value> = OnceLock::new();
    DOC.get_or_init(|| {
        let full = format::to_json(
            &boussole_core::seed::example_plan(2027),
            Utc.timestamp_opt(0, 0).unwrap(),
        );
        let mut doc: Value = serde_json::from_str(&full.unwrap()).unwrap();
        shorten(&mut doc["plan"]);
        for (key, id) in [("objectiveId", 1), ("segmentId", 1), ("competitorId", 1)] {
            repoint(&mut doc["plan"], key, &json!(id));
        }
        repoint(&mut doc["plan"], "objectiveIds", &json!([1]));
        repoint(&mut doc["plan"], "parentId", &Value::Null);
        doc["plan"]["dismissals"] =
            json!([{ "ruleId": "noOwner", "target": "action:1", "reason": "Voir en janvier" }]);
        let bytes = serde_json::to_vec(&doc).unwrap();
        format::from_json(&bytes).unwrap_or_else(|e| panic!("the small document is valid: {e}"));
        doc
    })
}

/// Cuts lists to one entry and texts to 24 characters (longer than any choice or date).
fn shorten(v: &mut Value) {
    match v {
        Value::Array(items) => {
            items.truncate(1);
            items.iter_mut().for_each(shorten);
        }
        Value::Object(map) => map.values_mut().for_each(shorten),
        Value::String(text) => *text = text.chars().take(24).collect(),
        _ => {}
    }
}

fn repoint(v: &mut Value, key: &str, to: &Value) {
    match v {
        Value::Array(items) => items.iter_mut().for_each(|i| repoint(i, key, to)),
        Value::Object(map) => {
            for (k, child) in map.iter_mut() {
                if k == key && !child.is_null() {
                    *child = to.clone();
                } else {
                    repoint(child, key, to);
                }
            }
        }
        _ => {}
    }
}

/// A step into a JSON value.
#[derive(Debug, Clone)]
enum Step {
    Key(String),
    At(usize),
}

/// The paths to the values inside a JSON value (not to the value itself).
struct Paths {
    all: Vec<Vec<Step>>,
    /// To strings: a text put there decodes, and reaches validation.
    texts: Vec<Vec<Step>>,
    /// To numbers and nulls (most numbers are optional).
    figures: Vec<Vec<Step>>,
}

fn paths(v: &Value) -> Paths {
    fn walk(v: &Value, prefix: &mut Vec<Step>, out: &mut Paths) {
        let children: Vec<(Step, &Value)> = match v {
            Value::Object(map) => map.iter().map(|(k, c)| (Step::Key(k.clone()), c)).collect(),
            Value::Array(items) => items
                .iter()
                .enumerate()
                .map(|(i, c)| (Step::At(i), c))
                .collect(),
            _ => vec![],
        };
        for (step, child) in children {
            prefix.push(step);
            out.all.push(prefix.clone());
            match child {
                Value::String(_) => out.texts.push(prefix.clone()),
                Value::Number(_) | Value::Null => out.figures.push(prefix.clone()),
                _ => {}
            }
            walk(child, prefix, out);
            prefix.pop();
        }
    }
    let mut out = Paths {
        all: vec![],
        texts: vec![],
        figures: vec![],
    };
    walk(v, &mut vec![], &mut out);
    out
}

fn get_mut<'a>(v: &'a mut Value, path: &[Step]) -> Option<&'a mut Value> {
    path.iter().try_fold(v, |v, step| match step {
        Step::Key(k) => v.get_mut(k.as_str()),
        Step::At(i) => v.get_mut(*i),
    })
}

/// One change to a valid document.
#[derive(Debug, Clone)]
enum Mutation {
    /// Puts any JSON value in place of a field or entry.
    Replace(Index, Value),
    /// Puts another text in place of a text.
    Text(Index, String),
    /// Puts another number in place of a number or a null.
    Figure(Index, Value),
    /// Removes a field or a list entry.
    Delete(Index),
    /// Adds a field the format does not know to an object.
    AddField(Index, String, Value),
    /// Repeats a list entry (so ids repeat).
    Repeat(Index),
}

impl Mutation {
    fn apply(&self, doc: &mut Value, paths: &Paths) {
        let pick = |i: &Index, among: &[Vec<Step>]| among.get(i.index(among.len().max(1))).cloned();
        match self {
            Mutation::Replace(i, value) => set(doc, pick(i, &paths.all), value.clone()),
            Mutation::Text(i, text) => set(doc, pick(i, &paths.texts), Value::from(text.as_str())),
            Mutation::Figure(i, figure) => set(doc, pick(i, &paths.figures), figure.clone()),
            Mutation::Delete(i) | Mutation::Repeat(i) => {
                let Some(path) = pick(i, &paths.all) else {
                    return;
                };
                let (last, parent) = path.split_last().expect("paths are never empty");
                match (get_mut(doc, parent), last) {
                    (Some(Value::Object(map)), Step::Key(k)) => {
                        map.remove(k);
                    }
                    (Some(Value::Array(items)), Step::At(at)) if *at < items.len() => {
                        if matches!(self, Mutation::Delete(_)) {
                            items.remove(*at);
                        } else {
                            items.insert(*at, items[*at].clone());
                        }
                    }
                    _ => {}
                }
            }
            Mutation::AddField(i, key, value) => {
                if let Some(Value::Object(map)) = pick(i, &paths.all).and_then(|p| get_mut(doc, &p))
                {
                    map.insert(key.clone(), value.clone());
                }
            }
        }
    }
}

/// Puts `value` at `path`, if the path still leads somewhere after earlier mutations.
fn set(doc: &mut Value, path: Option<Vec<Step>>, value: Value) {
    if let Some(slot) = path.and_then(|p| get_mut(doc, &p)) {
        *slot = value;
    }
}

/// Strings that mean something somewhere in the format, or that break things elsewhere.
const TRICKY_STRINGS: &[&str] = &[
    "",
    " ",
    "EUR",
    "eur",
    "fr",
    "en",
    "FR",
    "de",
    "boussole-plan",
    "planned",
    "done",
    "website",
    "tpe",
    "b2b",
    "weekly",
    "primary",
    "high",
    "keep",
    "business",
    "promotion",
    "2027-06-15",
    "2027-02-30",
    "2027-13-01",
    "0000-01-01",
    "9999-12-31",
    "-0001-01-01",
    "2027-06-15T10:00:00Z",
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "\u{202E}gnp.exe",
    "\u{200D}",
    "\u{0000}",
    "\u{001B}[31m",
    "\u{FEFF}",
    "🥐🇫🇷",
    "مخبز",
    "面包店",
    "../../etc/passwd",
    "NaN",
    "Infinity",
    "1e308",
    "__proto__",
];

/// Numbers at the edges of every numeric field.
const TRICKY_NUMBERS: &[f64] = &[
    0.0,
    -0.0,
    -1.0,
    0.5,
    1e15,
    1e15 + 2.0,
    -1e15,
    1e300,
    1e308,
    -1e308,
    5e-324,
];
const TRICKY_INTEGERS: &[i64] = &[
    0,
    1,
    5,
    6,
    255,
    256,
    1999,
    2000,
    2100,
    2101,
    -1,
    i32::MAX as i64,
    i64::MIN,
    i64::MAX,
];

/// Every key of the format, so generated objects sometimes look like its structs.
fn known_keys() -> &'static [String] {
    static KEYS: OnceLock<Vec<String>> = OnceLock::new();
    KEYS.get_or_init(|| {
        let mut keys: Vec<String> = paths(small_document())
            .all
            .into_iter()
            .filter_map(|p| match p.last() {
                Some(Step::Key(k)) => Some(k.clone()),
                _ => None,
            })
            .collect();
        keys.sort();
        keys.dedup();
        keys
    })
}

fn tricky_string() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => prop::sample::select(TRICKY_STRINGS).prop_map(str::to_string),
        2 => prop::collection::vec(any::<char>(), 0..24).prop_map(String::from_iter),
        1 => prop::sample::select(known_keys()),
        1 => (1usize..3_000).prop_map(|n| "é".repeat(n)),
    ]
}

fn json_leaf() -> impl Strategy<Value = Value> {
    prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        any::<u64>().prop_map(Value::from),
        // serde_json turns NaN and infinities into null, as it writes them.
        any::<f64>().prop_map(Value::from),
        prop::sample::select(TRICKY_NUMBERS).prop_map(Value::from),
        prop::sample::select(TRICKY_INTEGERS).prop_map(Value::from),
        tricky_string().prop_map(Value::from),
    ]
}

/// Any JSON value, a few levels deep, with keys the format knows among random ones.
fn json_value() -> impl Strategy<Value = Value> {
    json_leaf().prop_recursive(3, 12, 4, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..4).prop_map(Value::Array),
            prop::collection::vec((tricky_string(), inner), 0..4)
                .prop_map(|fields| Value::Object(fields.into_iter().collect::<Map<_, _>>())),
        ]
    })
}

fn figure() -> impl Strategy<Value = Value> {
    prop_oneof![
        prop::sample::select(TRICKY_NUMBERS).prop_map(Value::from),
        prop::sample::select(TRICKY_INTEGERS).prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        any::<f64>().prop_map(Value::from),
    ]
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        4 => (any::<Index>(), json_value()).prop_map(|(i, v)| Mutation::Replace(i, v)),
        3 => (any::<Index>(), tricky_string()).prop_map(|(i, t)| Mutation::Text(i, t)),
        2 => (any::<Index>(), figure()).prop_map(|(i, f)| Mutation::Figure(i, f)),
        2 => any::<Index>().prop_map(Mutation::Delete),
        1 => (any::<Index>(), tricky_string(), json_value()).prop_map(|(i, k, v)| Mutation::AddField(i, k, v)),
        2 => any::<Index>().prop_map(Mutation::Repeat),
    ]
}

/// A valid value changed by one to three mutations.
fn mutated(valid: Value) -> impl Strategy<Value = Value> {
    let paths = paths(&valid);
    prop::collection::vec(mutation(), 1..4).prop_map(move |mutations| {
        let mut doc = valid.clone();
        for m in &mutations {
            m.apply(&mut doc, &paths);
        }
        doc
    })
}

// ---------------------------------------------------------------------------------------------
// What every refusal and every acceptance must look like
// ---------------------------------------------------------------------------------------------

/// A refusal is plain: a message, no debug dump, and the field when the input breaks a rule.
fn assert_plain(e: &Error, kinds: &[ErrorKind]) -> Result<(), TestCaseError> {
    let payload = e.payload();
    prop_assert!(
        kinds.contains(&payload.kind),
        "unexpected kind {:?}: {}",
        payload.kind,
        payload.message
    );
    prop_assert!(
        !payload.message.trim().is_empty(),
        "empty message for {e:?}"
    );
    prop_assert!(
        !payload.message.contains("Error {"),
        "debug output in the message: {}",
        payload.message
    );
    if payload.kind == ErrorKind::Invalid {
        prop_assert!(
            payload.field.as_deref().is_some_and(|f| !f.is_empty()),
            "no field: {}",
            payload.message
        );
    }
    Ok(())
}

const FILE_REFUSALS: &[ErrorKind] = &[ErrorKind::Invalid, ErrorKind::BadFile, ErrorKind::TooNew];

/// Imports bytes: a refusal is plain, an accepted plan is valid and exports back to itself.
fn import(bytes: &[u8]) -> Result<(), TestCaseError> {
    match format::from_json(bytes) {
        Err(e) => assert_plain(&e, FILE_REFUSALS),
        Ok(plan) => {
            prop_assert!(
                validate::plan(&plan).is_ok(),
                "accepted but invalid: {:?}",
                validate::plan(&plan)
            );
            let again = format::to_json(&plan, Utc::now()).unwrap();
            let back = format::from_json(again.as_bytes()).unwrap();
            let (back, plan) = (
                serde_json::to_value(back).unwrap(),
                serde_json::to_value(plan).unwrap(),
            );
            prop_assert!(
                back == plan,
                "the exported plan imports back different:\n{back}\n{plan}"
            );
            Ok(())
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Plan files
// ---------------------------------------------------------------------------------------------

#[test]
fn import_of_arbitrary_bytes_never_panics() {
    check(
        10_000,
        prop::collection::vec(any::<u8>(), 0..300),
        |bytes| import(&bytes),
    );
}

#[test]
fn import_of_arbitrary_json_never_panics() {
    // Arbitrary values, also behind a right header so that decoding the plan is reached.
    let document = prop_oneof![
        json_value(),
        json_value().prop_map(
            |plan| json!({ "format": "boussole-plan", "schemaVersion": 1, "plan": plan })
        ),
        (json_value(), json_value()).prop_map(|(format, version)| {
            json!({ "format": format, "schemaVersion": version, "plan": small_document()["plan"] })
        }),
    ];
    check(2_000, document, |doc| {
        import(&serde_json::to_vec(&doc).unwrap())
    });
}

#[test]
fn import_of_a_mutated_plan_never_panics_nor_lets_an_invalid_plan_in() {
    check(4_000, mutated(small_document().clone()), |doc| {
        import(&serde_json::to_vec(&doc).unwrap())
    });
}

#[test]
fn import_of_a_damaged_plan_file_never_panics() {
    // Byte-level damage to a valid file: cut short, a byte changed, a byte inserted.
    let file = serde_json::to_vec_pretty(small_document()).unwrap();
    let damage = prop_oneof![
        any::<Index>().prop_map(|at| (at, None, false)),
        (any::<Index>(), any::<u8>()).prop_map(|(at, b)| (at, Some(b), false)),
        (any::<Index>(), any::<u8>()).prop_map(|(at, b)| (at, Some(b), true)),
    ];
    check(2_000, damage, move |(at, byte, insert)| {
        let mut bytes = file.clone();
        let at = at.index(bytes.len());
        match (byte, insert) {
            (None, _) => bytes.truncate(at),
            (Some(b), false) => bytes[at] = b,
            (Some(b), true) => bytes.insert(at, b),
        }
        import(&bytes)
    });
}

// ---------------------------------------------------------------------------------------------
// IPC commands: the same decoding as Tauri (serde_json, one argument at a time), then the core
// call of `src-tauri/commands/`.
// ---------------------------------------------------------------------------------------------

/// An argument as the UI could send it: mostly the right shape, sometimes anything at all.
fn arg(valid: impl Strategy<Value = Value> + 'static) -> BoxedStrategy<Value> {
    prop_oneof![9 => valid, 1 => json_value()].boxed()
}

fn language_arg() -> BoxedStrategy<Value> {
    arg(prop_oneof![
        6 => prop::sample::select(&["fr", "en"][..]).prop_map(Value::from),
        1 => prop::sample::select(TRICKY_STRINGS).prop_map(Value::from),
    ])
}

/// A plan id: mostly 1, the plan the store holds, so that most calls reach a plan.
fn id_arg() -> BoxedStrategy<Value> {
    arg(prop_oneof![
        4 => Just(json!(1)),
        1 => (0i64..8).prop_map(Value::from),
        1 => prop::sample::select(TRICKY_INTEGERS).prop_map(Value::from),
    ])
}

fn name_arg() -> BoxedStrategy<Value> {
    arg(tricky_string().prop_map(Value::from))
}

/// Decodes one argument; `None` is Tauri's refusal before any core call.
fn decode<T: DeserializeOwned>(v: &Value) -> Option<T> {
    serde_json::from_value(v.clone()).ok()
}

/// A library holding the small plan as plan 1 (the example seeded at the first start is deleted,
/// and purged by the app's start after the next), as the commands see it.
fn library_store() -> (tempfile::TempDir, Library) {
    let dir = tempfile::tempdir().unwrap();
    let lib = Library::open(dir.path(), today()).unwrap();
    for summary in lib.list().unwrap() {
        lib.delete(summary.id).unwrap();
    }
    drop(lib);
    let now = today().and_hms_opt(9, 0, 0).unwrap();
    drop(Library::open_or_recover(dir.path(), now).unwrap());
    std::thread::sleep(std::time::Duration::from_millis(2));
    let (lib, _) = Library::open_or_recover(dir.path(), now).unwrap();
    let plan = format::from_json(&serde_json::to_vec(small_document()).unwrap()).unwrap();
    assert_eq!(lib.create(&plan, None, today()).unwrap(), PlanId(1));
    (dir, lib)
}

/// After a run: the file is whole and every stored plan reads back valid.
fn assert_store_sound((dir, lib): &(tempfile::TempDir, Library)) {
    let conn = Connection::open(database_file(dir.path())).unwrap();
    let check: String = conn
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap();
    assert_eq!(check, "ok");
    for summary in lib.list().unwrap() {
        let plan = lib.plan(summary.id).unwrap().plan;
        validate::plan(&plan)
            .unwrap_or_else(|e| panic!("plan {} is stored invalid: {e}", summary.id));
    }
}

/// Errors a command on a plan id may give: bad input, or no such plan.
const COMMAND_REFUSALS: &[ErrorKind] = &[ErrorKind::Invalid, ErrorKind::NotFound];

fn outcome<T>(result: boussole_core::Result<T>, kinds: &[ErrorKind]) -> Result<(), TestCaseError> {
    match result {
        Ok(_) => Ok(()),
        Err(e) => assert_plain(&e, kinds),
    }
}

/// A section as the UI sends it (`{section, value}`), taken from the small plan and mutated.
fn section_arg() -> BoxedStrategy<Value> {
    let plan = &small_document()["plan"];
    let mut sections: Vec<Value> = plan
        .as_object()
        .unwrap()
        .iter()
        .map(|(key, value)| json!({ "section": key, "value": value }))
        .collect();
    // The narrower saves of the actions: one action, and the order with the changed ones.
    let actions = plan["actions"].as_array().unwrap();
    let order: Vec<Value> = actions.iter().rev().map(|a| a["id"].clone()).collect();
    sections.push(json!({ "section": "action", "value": actions[0] }));
    sections.push(
        json!({ "section": "actionList", "value": { "order": order, "changed": [actions[0]] } }),
    );
    let valid = prop::sample::select(sections.clone()).boxed();
    let changed = prop::sample::select(sections)
        .prop_flat_map(mutated)
        .boxed();
    arg(prop_oneof![1 => valid, 2 => changed])
}

#[test]
fn save_section_on_any_input_never_panics_nor_stores_an_invalid_plan() {
    let store = library_store();
    let lib = &store.1;
    check(
        3_000,
        (id_arg(), section_arg(), language_arg()),
        |(id, section, language)| {
            let (Some(id), Some(section), Some(language)) = (
                decode::<PlanId>(&id),
                decode::<PlanSection>(&section),
                decode::<Language>(&language),
            ) else {
                return Ok(());
            };
            let saved = lib.save_section(id, section, today(), language);
            if saved.is_ok() {
                let stored = lib.plan(id).unwrap().plan;
                prop_assert!(validate::plan(&stored).is_ok());
            }
            outcome(saved, COMMAND_REFUSALS)
        },
    );
    assert_store_sound(&store);
}

#[test]
fn create_rename_and_duplicate_on_any_input_never_panic() {
    let store = library_store();
    let lib = &store.1;
    let year = arg(prop_oneof![
        (1990i32..2110).prop_map(Value::from),
        any::<i32>().prop_map(Value::from)
    ]);
    check(
        2_000,
        (name_arg(), year, language_arg()),
        |(name, year, language)| {
            let (Some(name), Some(year), Some(language)) = (
                decode::<String>(&name),
                decode::<i32>(&year),
                decode::<Language>(&language),
            ) else {
                return Ok(());
            };
            outcome(
                lib.create_blank(&name, year, language, today()),
                &[ErrorKind::Invalid],
            )
        },
    );
    check(
        1_500,
        (id_arg(), name_arg(), any::<bool>()),
        |(id, name, copy)| {
            let (Some(id), Some(name)) = (decode::<PlanId>(&id), decode::<String>(&name)) else {
                return Ok(());
            };
            if copy {
                outcome(lib.duplicate(id, &name, today()), COMMAND_REFUSALS)
            } else {
                outcome(lib.rename(id, &name, today()), COMMAND_REFUSALS)
            }
        },
    );
    assert_store_sound(&store);
}

#[test]
fn commands_on_a_plan_id_never_panic() {
    let store = library_store();
    let lib = &store.1;
    // get_plan, check_plan, delete_plan, restore_plan, chosen at random in sequence.
    check(
        3_500,
        (id_arg(), language_arg(), 0u8..4),
        |(id, language, command)| {
            let Some(id) = decode::<PlanId>(&id) else {
                return Ok(());
            };
            match command {
                0 => outcome(lib.open_plan(id, today()), COMMAND_REFUSALS),
                1 => {
                    let Some(language) = decode::<Language>(&language) else {
                        return Ok(());
                    };
                    outcome(lib.check(id, today(), language), COMMAND_REFUSALS)
                }
                2 => outcome(lib.delete(id), COMMAND_REFUSALS),
                _ => outcome(lib.restore(id), COMMAND_REFUSALS),
            }
        },
    );
    assert_store_sound(&store);
}

/// Renewal options as the UI sends them: decisions on the small plan's actions (ids 1 and 2),
/// sometimes on actions it does not have, repeated, or with unknown decisions.
fn renew_options_arg() -> BoxedStrategy<Value> {
    let decision = prop_oneof![
        Just(Value::Null),
        prop::sample::select(&["keep", "correct", "abandon"][..]).prop_map(Value::from),
        tricky_string().prop_map(Value::from),
    ];
    let one = (0i64..4, decision, tricky_string()).prop_map(
        |(id, decision, note)| json!({ "actionId": id, "decision": decision, "note": note }),
    );
    arg(prop::collection::vec(one, 0..4).prop_map(|decisions| json!({ "decisions": decisions })))
}

#[test]
fn renewal_commands_on_any_input_never_panic_nor_store_an_invalid_plan() {
    let store = library_store();
    let lib = &store.1;
    let year = arg(prop_oneof![
        4 => (2026i32..2032).prop_map(Value::from),
        1 => any::<i32>().prop_map(Value::from)
    ]);
    // review_status, renew_plan and compare_with_previous, chosen at random in sequence.
    check(
        3_000,
        (id_arg(), year, renew_options_arg(), 0u8..3),
        |(id, year, options, command)| {
            let (Some(id), Some(options)) = (
                decode::<PlanId>(&id),
                decode::<boussole_core::renew::RenewOptions>(&options),
            ) else {
                return Ok(());
            };
            match command {
                0 => outcome(lib.review_status(id, &options), COMMAND_REFUSALS),
                1 => {
                    let Some(year) = decode::<i32>(&year) else {
                        return Ok(());
                    };
                    outcome(lib.renew(id, year, &options, today()), COMMAND_REFUSALS)
                }
                _ => outcome(lib.compare_with_previous(id), COMMAND_REFUSALS),
            }
        },
    );
    assert_store_sound(&store);
}

/// The path the core may touch for a path the UI sent: the fuzz lets it write and read only
/// inside `root` (a relative path of plain names), since the real command gets its path from the
/// file dialog, where the owner picked it. Other paths are still decoded, not used.
fn sandboxed(root: &Path, path: &Path) -> Option<PathBuf> {
    let plain = path.components().all(|c| matches!(c, Component::Normal(_)));
    (plain && path.components().next().is_some()).then(|| root.join(path))
}

/// Names the export and import fuzz picks often: files of every kind, a folder, a missing folder.
const SANDBOX_NAMES: &[&str] = &[
    "plan.json",
    "junk.json",
    "empty.json",
    "folder",
    "folder/plan.json",
    "missing/plan.json",
    "",
];

#[test]
fn export_and_import_on_any_path_never_panic() {
    let store = library_store();
    let lib = &store.1;
    let root = tempfile::tempdir().unwrap();
    std::fs::write(
        root.path().join("plan.json"),
        serde_json::to_vec(small_document()).unwrap(),
    )
    .unwrap();
    std::fs::write(root.path().join("junk.json"), b"\x00\xff not json").unwrap();
    std::fs::write(root.path().join("empty.json"), b"").unwrap();
    std::fs::create_dir(root.path().join("folder")).unwrap();
    let path = arg(prop_oneof![
        prop::sample::select(SANDBOX_NAMES).prop_map(Value::from),
        tricky_string().prop_map(Value::from),
    ]);
    check(
        1_000,
        (id_arg(), path, any::<bool>()),
        |(id, path, export)| {
            let (Some(id), Some(path)) = (decode::<PlanId>(&id), decode::<PathBuf>(&path)) else {
                return Ok(());
            };
            let Some(path) = sandboxed(root.path(), &path) else {
                return Ok(());
            };
            let io = &[
                ErrorKind::Invalid,
                ErrorKind::NotFound,
                ErrorKind::BadFile,
                ErrorKind::TooNew,
                ErrorKind::Io,
            ];
            if export {
                outcome(
                    lib.export_plan(id, &Output::File(path.clone()), Utc::now()),
                    io,
                )
            } else {
                outcome(lib.import(&Input::File(path.clone()), today()), io)
            }
        },
    );
    let leftovers: Vec<_> = walk_files(root.path())
        .into_iter()
        .filter(|p| p.to_string_lossy().ends_with(".part"))
        .collect();
    assert!(
        leftovers.is_empty(),
        "temporary files left behind: {leftovers:?}"
    );
    assert_store_sound(&store);
}

fn walk_files(dir: &Path) -> Vec<PathBuf> {
    let mut out = vec![];
    for entry in std::fs::read_dir(dir).unwrap().map(Result::unwrap) {
        let path = entry.path();
        if path.is_dir() {
            out.extend(walk_files(&path));
        } else {
            out.push(path);
        }
    }
    out
}

#[test]
fn set_language_on_any_input_never_panics() {
    let dir = tempfile::tempdir().unwrap();
    let lib = Library::open(dir.path(), today()).unwrap();
    check(1_000, language_arg(), |language| {
        let Some(language) = decode::<Language>(&language) else {
            return Ok(());
        };
        lib.set_language(language)
            .map_err(|e| TestCaseError::fail(e.to_string()))?;
        prop_assert_eq!(lib.language(None).unwrap(), language);
        Ok(())
    });
}
