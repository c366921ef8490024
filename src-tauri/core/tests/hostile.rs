//! Hostile plan files: markup, invisible and bidirectional characters, extreme numbers and
//! dates, broken links, malformed JSON. Each is either imported safely (then it round-trips
//! unchanged through the store and the file format, and the checklist and the CSV and calendar
//! exports handle it) or refused with a plain message naming the field. The table says which.

use boussole_core::plan::{validate, Language, Plan};
use boussole_core::portability::{csv, ics};
use boussole_core::usecases::Library;
use boussole_core::{checklist, format, ErrorKind};
use chrono::{NaiveDate, TimeZone, Utc};
use serde_json::{json, Value};

/// What a hostile file must lead to.
enum Expect {
    /// Imported, and `holds` is true of the plan (the hostile text came through as written).
    Accept(fn(&Plan) -> bool),
    /// Refused with this kind, this field (`None` when the file as a whole is at fault), and a
    /// message containing this text.
    Refuse(ErrorKind, Option<&'static str>, &'static str),
}

use Expect::{Accept, Refuse};

struct Case {
    name: &'static str,
    file: Vec<u8>,
    expect: Expect,
}

/// The example plan as a plan file, as JSON to edit.
fn example() -> Value {
    let plan = boussole_core::seed::example_plan(2027);
    serde_json::from_str(&format::to_json(&plan, Utc.timestamp_opt(0, 0).unwrap()).unwrap())
        .unwrap()
}

/// The example file after `edit`.
fn edited(edit: impl FnOnce(&mut Value)) -> Vec<u8> {
    let mut doc = example();
    edit(&mut doc);
    serde_json::to_vec_pretty(&doc).unwrap()
}

/// The example file with `text` in every free-text field (names, titles, paragraphs, list
/// lines, units...): every string except the choices, dates and codes of the format.
fn in_every_text_field(text: &str) -> Vec<u8> {
    const NOT_TEXT: &[&str] = &[
        "format",
        "exportedAt",
        "currency",
        "language",
        "marketType",
        "maturity",
        "priceLevel",
        "attractiveness",
        "priority",
        "decision",
        "category",
        "lever",
        "channel",
        "channels",
        "trade",
        "visitedSteps",
        "exampleFigures",
        "status",
        "frequency",
        "counts",
        "deadline",
        "start",
        "end",
        "date",
    ];
    fn walk(v: &mut Value, parent: &str, key: &str, text: &str) {
        match v {
            Value::String(s)
                if !(NOT_TEXT.contains(&key) || parent == "company" && key == "size") =>
            {
                *s = text.to_string();
            }
            Value::Array(items) => items.iter_mut().for_each(|i| walk(i, parent, key, text)),
            Value::Object(map) => map.iter_mut().for_each(|(k, c)| walk(c, key, k, text)),
            _ => {}
        }
    }
    edited(|doc| walk(doc, "", "", text))
}

/// A plan's free texts, a sample from every section, each as written.
fn texts(p: &Plan) -> Vec<&str> {
    vec![
        &p.company.name,
        &p.company.sector,
        &p.diagnostic.competitors[0].name,
        &p.diagnostic.swot.threats[0],
        &p.review.lessons,
        &p.targets.personas[0].pains,
        &p.positioning.differentiation[0].competitors[0].value,
        &p.objectives[0].key_results[0].unit,
        &p.mix.physical_evidence,
        &p.actions[0].milestones[0].title,
        &p.budget.notes,
        &p.kpis[0].tool,
        &p.notes,
    ]
}

const SCRIPT: &str = "<script>alert('Boussole')</script>";
const IMG: &str = "<img src=x onerror=alert(1)>";
const MARKUP: &str =
    "\"'><svg/onload=alert(1)></textarea>&amp;&lt;b&gt; javascript:alert(1) {{7*7}} ${7*7}";
const FORMULA: &str = "=HYPERLINK(\"http://example.invalid\";\"clic\")";
const RTL: &str = "Boulangerie \u{202E}cod.exe";
const ZERO_WIDTH: &str = "Bou\u{200B}lan\u{200C}ge\u{200D}rie \u{2060}👩\u{200D}🍳";
const SCRIPTS: &str = "Biscuiterie 🥐🇫🇷 — مخبز البسكويت — 饼干工坊 — Ελληνικά — e\u{301}";
const LAYOUT: &str = "Ligne 1\nLigne 2\r\n\tavec tabulation";

fn cases() -> Vec<Case> {
    let case = |name, file, expect| Case { name, file, expect };
    vec![
        // Markup and scripts are text like any other: stored as written, escaped by the UI.
        case(
            "script in every text field",
            in_every_text_field(SCRIPT),
            Accept(|p| texts(p).iter().all(|t| *t == SCRIPT)),
        ),
        case(
            "img onerror in every text field",
            in_every_text_field(IMG),
            Accept(|p| texts(p).iter().all(|t| *t == IMG)),
        ),
        case(
            "quotes, markup and templates in every text field",
            in_every_text_field(MARKUP),
            Accept(|p| texts(p).iter().all(|t| *t == MARKUP)),
        ),
        case(
            "spreadsheet formula in every text field",
            in_every_text_field(FORMULA),
            Accept(|p| texts(p).iter().all(|t| *t == FORMULA)),
        ),
        case(
            "tabs and line breaks in every text field",
            in_every_text_field(LAYOUT),
            Accept(|p| texts(p).iter().all(|t| *t == LAYOUT)),
        ),
        // Visible Unicode, right-to-left override and zero-width characters are kept as written.
        case(
            "emoji, Arabic, Chinese, Greek, combining accent",
            in_every_text_field(SCRIPTS),
            Accept(|p| texts(p).iter().all(|t| *t == SCRIPTS)),
        ),
        case(
            "right-to-left override U+202E in a name",
            edited(|d| d["plan"]["company"]["name"] = json!(RTL)),
            Accept(|p| p.company.name == RTL),
        ),
        case(
            "zero-width joiners and spaces",
            in_every_text_field(ZERO_WIDTH),
            Accept(|p| texts(p).iter().all(|t| *t == ZERO_WIDTH)),
        ),
        case(
            "a company name of 300 characters",
            edited(|d| d["plan"]["company"]["name"] = json!("Éé".repeat(150))),
            Accept(|p| p.company.name.chars().count() == 300),
        ),
        // Invisible control characters are refused where they are.
        case(
            "NUL in the company name",
            edited(|d| d["plan"]["company"]["name"] = json!("Morel\u{0}")),
            Refuse(
                ErrorKind::Invalid,
                Some("plan.company.name"),
                "invisible control character (U+0000)",
            ),
        ),
        case(
            "terminal escape sequence in the notes",
            edited(|d| d["plan"]["notes"] = json!("\u{1b}[2J\u{1b}[31mrouge")),
            Refuse(ErrorKind::Invalid, Some("plan.notes"), "(U+001B)"),
        ),
        case(
            "backspace in a SWOT line",
            edited(|d| d["plan"]["diagnostic"]["swot"]["threats"][1] = json!("a\u{8}b")),
            Refuse(
                ErrorKind::Invalid,
                Some("plan.diagnostic.swot.threats[1]"),
                "(U+0008)",
            ),
        ),
        case(
            "a company name of 1,001 characters",
            edited(|d| d["plan"]["company"]["name"] = json!("x".repeat(1_001))),
            Refuse(
                ErrorKind::Invalid,
                Some("plan.company.name"),
                "is too long (1001 characters; at most 1000)",
            ),
        ),
        case(
            "an empty company name",
            edited(|d| d["plan"]["company"]["name"] = json!("  \t ")),
            Refuse(ErrorKind::Invalid, Some("plan.company.name"), "is required"),
        ),
        // Numbers.
        case(
            "a target of 1e300",
            edited(|d| d["plan"]["objectives"][0]["target"] = json!(1e300)),
            Refuse(
                ErrorKind::Invalid,
                Some("plan.objectives[0].target"),
                "between -10^15 and 10^15",
            ),
        ),
        case(
            "a measurement of 1e308",
            edited(|d| d["plan"]["kpis"][0]["measurements"][0]["value"] = json!(1e308)),
            Refuse(
                ErrorKind::Invalid,
                Some("plan.kpis[0].measurements[0].value"),
                "between -10^15 and 10^15",
            ),
        ),
        case(
            "1e309, beyond any float",
            raw_replace("\"target\": 4100000.0", "\"target\": 1e309"),
            Refuse(ErrorKind::BadFile, None, "not valid JSON"),
        ),
        case(
            "negative money",
            edited(|d| d["plan"]["budget"]["envelope"] = json!(-100)),
            Refuse(
                ErrorKind::Invalid,
                Some("plan.budget.envelope"),
                "cannot be negative",
            ),
        ),
        case(
            "the largest 64-bit amount",
            edited(|d| d["plan"]["actions"][0]["plannedBudget"] = json!(i64::MAX)),
            Refuse(
                ErrorKind::Invalid,
                Some("plan.actions[0].plannedBudget"),
                "at most 100 billion",
            ),
        ),
        case(
            "an amount beyond 64 bits",
            edited(|d| d["plan"]["actions"][0]["plannedBudget"] = json!(u64::MAX)),
            Refuse(
                ErrorKind::Invalid,
                Some("plan.actions[0].plannedBudget"),
                "expected i64",
            ),
        ),
        case(
            "money with cents as a fraction",
            edited(|d| d["plan"]["budget"]["envelope"] = json!(12.5)),
            Refuse(
                ErrorKind::Invalid,
                Some("plan.budget.envelope"),
                "invalid type: floating point",
            ),
        ),
        case(
            "an id beyond 32 bits",
            edited(|d| d["plan"]["actions"][0]["id"] = json!(4_294_967_296u64)),
            Refuse(
                ErrorKind::Invalid,
                Some("plan.actions[0].id"),
                "invalid value",
            ),
        ),
        case(
            "a Porter rating of 300",
            edited(|d| d["plan"]["diagnostic"]["porter"]["rivalry"]["rating"] = json!(300)),
            Refuse(
                ErrorKind::Invalid,
                Some("plan.diagnostic.porter.rivalry.rating"),
                "expected u8",
            ),
        ),
        case(
            "a plan year of 0",
            edited(|d| d["plan"]["company"]["planYear"] = json!(0)),
            Refuse(
                ErrorKind::Invalid,
                Some("plan.company.planYear"),
                "between 2000 and 2100",
            ),
        ),
        // Dates.
        case(
            "a date in year 0",
            edited(|d| d["plan"]["actions"][0]["start"] = json!("0000-06-01")),
            Refuse(
                ErrorKind::Invalid,
                Some("plan.actions[0].start"),
                "between 1900 and 2200",
            ),
        ),
        case(
            "a date in year 9999",
            edited(|d| d["plan"]["actions"][0]["milestones"][0]["date"] = json!("9999-12-31")),
            Refuse(
                ErrorKind::Invalid,
                Some("plan.actions[0].milestones[0].date"),
                "between 1900 and 2200",
            ),
        ),
        case(
            "30 February",
            edited(|d| d["plan"]["actions"][0]["end"] = json!("2027-02-30")),
            Refuse(
                ErrorKind::Invalid,
                Some("plan.actions[0].end"),
                "out of range",
            ),
        ),
        case(
            "month 13",
            edited(|d| d["plan"]["objectives"][0]["deadline"] = json!("2027-13-01")),
            Refuse(
                ErrorKind::Invalid,
                Some("plan.objectives[0].deadline"),
                "out of range",
            ),
        ),
        case(
            "a date that is not one",
            edited(|d| d["plan"]["kpis"][0]["measurements"][0]["date"] = json!("demain")),
            Refuse(
                ErrorKind::Invalid,
                Some("plan.kpis[0].measurements[0].date"),
                "input contains invalid characters",
            ),
        ),
        // Links and ids.
        case(
            "two actions with the same id",
            edited(|d| {
                let first = d["plan"]["actions"][0].clone();
                d["plan"]["actions"]
                    .as_array_mut()
                    .unwrap()
                    .insert(1, first);
            }),
            Refuse(
                ErrorKind::Invalid,
                Some("plan.actions[1].id"),
                "repeats the id 1",
            ),
        ),
        case(
            "an action serving a missing objective",
            edited(|d| d["plan"]["actions"][0]["objectiveIds"] = json!([999])),
            Refuse(
                ErrorKind::Invalid,
                Some("plan.actions[0].objectiveIds[0]"),
                "points to objective 999",
            ),
        ),
        case(
            "a persona of a missing segment",
            edited(|d| d["plan"]["targets"]["personas"][0]["segmentId"] = json!(77)),
            Refuse(
                ErrorKind::Invalid,
                Some("plan.targets.personas[0].segmentId"),
                "points to segment 77",
            ),
        ),
        case(
            "a comparison with a missing competitor",
            edited(|d| {
                d["plan"]["positioning"]["differentiation"][0]["competitors"][0]["competitorId"] =
                    json!(42)
            }),
            Refuse(
                ErrorKind::Invalid,
                Some("plan.positioning.differentiation[0].competitors[0].competitorId"),
                "points to competitor 42",
            ),
        ),
        case(
            "an objective that is its own parent",
            edited(|d| {
                d["plan"]["objectives"][0]["parentId"] = d["plan"]["objectives"][0]["id"].clone()
            }),
            Refuse(
                ErrorKind::Invalid,
                Some("plan.objectives[0].parentId"),
                "its own parent",
            ),
        ),
        // The shape of the JSON.
        case(
            "JSON nested 100,000 deep",
            raw_nested(100_000),
            Refuse(ErrorKind::BadFile, None, "recursion limit exceeded"),
        ),
        case(
            "JSON nested 100 deep where text is expected",
            raw_nested(100),
            Refuse(
                ErrorKind::Invalid,
                Some("plan.notes"),
                "invalid type: sequence, expected a string",
            ),
        ),
        case(
            "a __proto__ field",
            edited(|d| d["plan"]["company"]["__proto__"] = json!({ "admin": true })),
            Refuse(
                ErrorKind::Invalid,
                Some("plan.company.__proto__"),
                "unknown field `__proto__`",
            ),
        ),
        case(
            "a repeated key: the last one counts",
            raw_replace(
                "\"name\": \"Biscuiterie Caradec\",",
                "\"name\": \"Biscuiterie Caradec\", \"name\": \"Double\",",
            ),
            Accept(|p| p.company.name == "Double"),
        ),
        case(
            "a byte order mark before the JSON (a file saved by Windows Notepad)",
            [b"\xEF\xBB\xBF".as_slice(), &edited(|_| {})].concat(),
            Accept(|p| p.company.name == "Biscuiterie Caradec"),
        ),
        case(
            "two byte order marks",
            [b"\xEF\xBB\xBF\xEF\xBB\xBF".as_slice(), &edited(|_| {})].concat(),
            Refuse(ErrorKind::BadFile, None, "not valid JSON"),
        ),
        case(
            "trailing garbage after the JSON",
            [edited(|_| {}).as_slice(), b"\n<script>alert(1)</script>"].concat(),
            Refuse(ErrorKind::BadFile, None, "trailing characters"),
        ),
        case(
            "two plans one after the other",
            [edited(|_| {}), edited(|_| {})].concat(),
            Refuse(ErrorKind::BadFile, None, "trailing characters"),
        ),
        case(
            "invalid UTF-8 inside a text",
            invalid_utf8(),
            Refuse(ErrorKind::BadFile, None, "not valid JSON"),
        ),
        case(
            "a lone surrogate escape",
            raw_replace("\"Biscuiterie Caradec\"", "\"\\ud800\""),
            Refuse(
                ErrorKind::BadFile,
                None,
                "not valid JSON (unexpected end of hex escape",
            ),
        ),
        case(
            "an empty file",
            vec![],
            Refuse(ErrorKind::BadFile, None, "not valid JSON"),
        ),
        case(
            "JSON null",
            b"null".to_vec(),
            Refuse(ErrorKind::BadFile, None, "holds no JSON object"),
        ),
        case(
            "no format field",
            edited(|d| {
                d.as_object_mut().unwrap().remove("format");
            }),
            Refuse(ErrorKind::BadFile, None, "\"format\" field"),
        ),
        case(
            "a schema version as text",
            edited(|d| d["schemaVersion"] = json!("1")),
            Refuse(ErrorKind::Invalid, Some("schemaVersion"), "whole number"),
        ),
        case(
            "a schema version from the future",
            edited(|d| d["schemaVersion"] = json!(format::SCHEMA_VERSION + 1)),
            Refuse(ErrorKind::TooNew, None, "newer version of Boussole"),
        ),
        case(
            "a currency that is not a code",
            edited(|d| d["plan"]["company"]["currency"] = json!("€€€")),
            Refuse(
                ErrorKind::Invalid,
                Some("plan.company.currency"),
                "three-letter currency code",
            ),
        ),
        case(
            "two North Stars",
            edited(|d| {
                d["plan"]["objectives"][0]["northStar"] = json!(true);
                d["plan"]["objectives"][1]["northStar"] = json!(true);
            }),
            Refuse(
                ErrorKind::Invalid,
                Some("plan.objectives[1].northStar"),
                "only one objective",
            ),
        ),
    ]
}

/// `depth` nested arrays.
fn deep(depth: usize) -> String {
    format!("{}{}", "[".repeat(depth), "]".repeat(depth))
}

/// The example file with `depth` nested arrays as its notes.
fn raw_nested(depth: usize) -> Vec<u8> {
    let text = String::from_utf8(edited(|d| d["plan"]["notes"] = json!("NESTED"))).unwrap();
    text.replace("\"NESTED\"", &deep(depth)).into_bytes()
}

/// The example file with one piece of its text replaced (for what `serde_json` cannot write).
fn raw_replace(from: &str, to: &str) -> Vec<u8> {
    let text = String::from_utf8(edited(|_| {})).unwrap();
    assert!(text.contains(from), "the example file contains {from:?}");
    text.replacen(from, to, 1).into_bytes()
}

/// The example file with a byte that UTF-8 never uses (0xFF) inside the company name.
fn invalid_utf8() -> Vec<u8> {
    let mut bytes = raw_replace("Biscuiterie Caradec", "Biscuiterie ~");
    let at = bytes
        .windows(13)
        .position(|w| w == b"Biscuiterie ~")
        .unwrap()
        + 12;
    bytes[at] = 0xFF;
    bytes
}

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 22).unwrap()
}

/// An accepted plan is stored and read back unchanged, exports to a file that imports back to
/// it, and the checklist and the spreadsheet and calendar exports handle it.
fn assert_round_trip(name: &str, plan: &Plan) {
    validate::plan(plan).unwrap_or_else(|e| panic!("{name}: accepted but invalid: {e}"));
    let dir = tempfile::tempdir().unwrap();
    let lib = Library::open(dir.path(), today()).unwrap();
    let id = lib
        .create(plan, None, today())
        .unwrap_or_else(|e| panic!("{name}: not stored: {e}"));
    let stored = lib.plan(id).unwrap().plan;
    // The library gives a plan without an identity its own.
    let identified = Plan {
        id: plan.id.or(stored.id),
        ..plan.clone()
    };
    assert!(
        stored == identified,
        "{name}: the stored plan differs from the imported one"
    );
    let file = format::to_json(&stored, Utc::now()).unwrap();
    assert!(
        format::from_json(file.as_bytes()).unwrap() == identified,
        "{name}: the exported file differs"
    );
    for language in [Language::Fr, Language::En] {
        checklist::report(plan, today(), language);
        let dialect = csv::CsvDialect::for_language(language);
        csv::actions_csv(plan, dialect).unwrap_or_else(|e| panic!("{name}: actions CSV: {e}"));
        csv::budget_csv(plan, dialect).unwrap_or_else(|e| panic!("{name}: budget CSV: {e}"));
        csv::kpis_csv(plan, dialect).unwrap_or_else(|e| panic!("{name}: KPI CSV: {e}"));
    }
    ics::calendar(plan, Utc::now(), true);
}

#[test]
fn hostile_plan_files_are_imported_safely_or_refused_by_field() {
    let cases = cases();
    let count = cases.len();
    assert!(count >= 20);
    let dir = tempfile::tempdir().unwrap();
    let mut wrong = vec![];
    for (i, Case { name, file, expect }) in cases.into_iter().enumerate() {
        let result = format::from_json(&file);
        // Read from disk, the same file gives the same answer.
        let path = dir.path().join(format!("{i}.json"));
        std::fs::write(&path, &file).unwrap();
        let from_disk = format::read_file(&path);
        assert_eq!(
            result.as_ref().map_err(|e| e.payload()),
            from_disk.as_ref().map_err(|e| e.payload()),
            "{name}: reading from disk"
        );
        match (expect, result) {
            (Accept(holds), Ok(plan)) => {
                if !holds(&plan) {
                    wrong.push(format!("{name}: the text did not come through as written"));
                }
                assert_round_trip(name, &plan);
            }
            (Refuse(kind, field, text), Err(e)) => {
                let p = e.payload();
                if (p.kind, p.field.as_deref()) != (kind, field) || !p.message.contains(text) {
                    wrong.push(format!(
                        "{name}: {:?} {:?} {:?}, expected {kind:?} {field:?} with {text:?}",
                        p.kind, p.field, p.message
                    ));
                }
            }
            (Accept(_), Err(e)) => wrong.push(format!("{name}: refused: {e}")),
            (Refuse(..), Ok(_)) => {
                wrong.push(format!("{name}: imported, but it should be refused"))
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "{} of {count} cases went wrong:\n{}",
        wrong.len(),
        wrong.join("\n")
    );
}

/// A plan "file" that never ends (`-` for standard input fed by `yes`, a pipe from a program
/// that hangs) must be refused once it passes the size limit, not read into memory to the end.
/// The stream goes to the standard input of a child process (this test executable, re-launched
/// on `stdin_reader_child`), which reads it as the command line's `-` does.
#[cfg(unix)]
#[test]
fn a_plan_file_that_never_ends_is_refused_without_reading_it_all() {
    use std::io::Write;
    use std::process::{Command, Stdio};
    const STREAM: usize = 4 * format::MAX_FILE_BYTES;
    let mut child = Command::new(std::env::current_exe().unwrap())
        .args([
            "--exact",
            "stdin_reader_child",
            "--nocapture",
            "--test-threads=1",
            "-q",
        ])
        .env(STDIN_CHILD_ENV, "1")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut pipe = child.stdin.take().unwrap();
    let writer = std::thread::spawn(move || {
        let chunk = vec![b' '; 1 << 16];
        let mut written = 0;
        // Stops when the reader closes its end (the write fails) or after STREAM bytes.
        while written < STREAM && pipe.write_all(&chunk).is_ok() {
            written += chunk.len();
        }
        written
    });
    let out = child.wait_with_output().unwrap();
    let written = writer.join().unwrap();
    let said = String::from_utf8_lossy(&out.stdout);
    assert!(
        said.contains("refused: BadFile: this file is too large to be a plan"),
        "{said}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        written <= format::MAX_FILE_BYTES + (2 << 20),
        "{written} bytes were read before the refusal"
    );
}

/// The environment variable that makes `stdin_reader_child` read its standard input.
#[cfg(unix)]
const STDIN_CHILD_ENV: &str = "BOUSSOLE_STDIN_CHILD";

/// Not a test of its own: the child of the never-ending stream test, which reads a plan file
/// from its standard input and prints what came of it.
#[cfg(unix)]
#[test]
fn stdin_reader_child() {
    if std::env::var_os(STDIN_CHILD_ENV).is_none() {
        return;
    }
    match format::read(&boussole_core::fsutil::Input::Stdin) {
        Ok(_) => println!("read a plan"),
        Err(e) => println!("refused: {:?}: {e}", e.kind()),
    }
}

/// What is not a regular file is refused at once and unread: a named pipe (whose open would
/// wait forever for a writer, and whose data belongs to whoever reads it), a device that never
/// ends. An open dialog or a command line can name either.
#[cfg(unix)]
#[test]
fn a_named_pipe_or_a_device_is_refused_at_once_and_unread() {
    use std::io::{Read, Write};
    use std::os::unix::fs::OpenOptionsExt;
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("plan.json");
    assert!(std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .unwrap()
        .success());
    let refused = |path: std::path::PathBuf| {
        // Without a timeout, a regression would hang the whole suite instead of failing.
        let (tx, rx) = std::sync::mpsc::channel();
        std::thread::spawn(move || tx.send(format::read_file(&path).map(|_| ())));
        rx.recv_timeout(std::time::Duration::from_secs(10))
            .expect("the read returns at once")
            .expect_err("it is refused")
    };
    let err = refused(fifo.clone());
    assert_eq!(err.kind(), ErrorKind::Io, "{err}");
    assert!(
        err.to_string()
            .ends_with("it is a named pipe, not a regular file"),
        "{err}"
    );
    // A writer holds the pipe open with data waiting: it is refused still, and nothing is taken.
    let mut pipe = std::fs::OpenOptions::new()
        .read(true)
        .write(true)
        .custom_flags(libc::O_NONBLOCK)
        .open(&fifo)
        .unwrap();
    pipe.write_all(b"{\"format\": \"boussole-plan\"").unwrap();
    let err = refused(fifo.clone());
    assert!(err.to_string().contains("a named pipe"), "{err}");
    let mut left = Vec::new();
    let _ = pipe.read_to_end(&mut left);
    assert_eq!(left, b"{\"format\": \"boussole-plan\"", "nothing was read");
    let err = refused("/dev/zero".into());
    assert!(
        err.to_string()
            .ends_with("it is a device, not a regular file"),
        "{err}"
    );
    let err = refused(dir.path().to_path_buf());
    assert!(
        err.to_string()
            .ends_with("it is a folder, not a regular file"),
        "{err}"
    );
}

/// Figures as the UI computes them (sums and products of decimals carry 17 digits) come back
/// from the store and from a plan file as they went in, to the last bit.
#[test]
fn a_figure_survives_export_and_import_exactly() {
    let mut plan = boussole_core::seed::example_plan(2027);
    let figures = [
        1864.2700000000002,
        44.422000000000004,
        10949.015000000001,
        475.59999999999997,
    ];
    for (m, value) in plan.kpis[0].measurements.iter_mut().zip(figures) {
        m.value = value;
    }
    let dir = tempfile::tempdir().unwrap();
    let lib = Library::open(dir.path(), today()).unwrap();
    let id = lib.create(&plan, None, today()).unwrap();
    let stored = lib.plan(id).unwrap().plan;
    let read = |p: &Plan| {
        p.kpis[0]
            .measurements
            .iter()
            .map(|m| m.value)
            .collect::<Vec<_>>()
    };
    assert_eq!(read(&stored), read(&plan), "through the store");
    let file = format::to_json(&plan, Utc::now()).unwrap();
    assert_eq!(
        read(&format::from_json(file.as_bytes()).unwrap()),
        read(&plan),
        "through a plan file"
    );
}
