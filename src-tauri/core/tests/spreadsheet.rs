//! The CSV exports opened by a real spreadsheet: LibreOffice Calc, headless, reads the file as a
//! user's double click would, with the import options pinned to the most dangerous ones
//! (formulas evaluated, spaces trimmed), and writes back what its cells show. A cell that a
//! spreadsheet took for a formula shows its result (42) instead of the text of the plan.
//!
//! LibreOffice is required (`scripts/setup.sh --test` installs `libreoffice-calc-nogui`): a
//! missing `soffice` fails the test, it is never skipped. One run converts every case.

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use boussole_core::plan::ActionId;
use boussole_core::portability::csv::{actions_csv, CsvDialect};

/// Texts a plan may hold where a title goes, each a formula that gives 42 once evaluated.
const CASES: &[(&str, &str)] = &[
    ("equals", "=6*7"),
    ("plus", "+6*7"),
    ("minus", "-6*7"),
    ("at", "@SUM(6*7)"),
    ("space", " =6*7"),
    ("two spaces before plus", "  +6*7"),
    ("no-break space", "\u{a0}=6*7"),
    ("ideographic space", "\u{3000}=6*7"),
    ("zero-width space", "\u{200b}=6*7"),
    ("byte order mark", "\u{feff}=6*7"),
    ("full-width equals", "\u{ff1d}6*7"),
    ("full-width plus", "\u{ff0b}6*7"),
    ("full-width minus", "\u{ff0d}6*7"),
    ("full-width at", "\u{ff20}SUM(6*7)"),
    ("small equals", "\u{fe66}6*7"),
    ("minus sign", "\u{2212}6*7"),
    ("quote", "'=6*7"),
    ("double quote", "\"=6*7"),
    ("space and quotes", " '\"=6*7"),
    ("tab", "\t=6*7"),
    ("carriage return", "\r=6*7"),
    ("line feed", "\n=6*7"),
];

/// LibreOffice's CSV import options, by position: comma, double quote, UTF-8, from line 1, no
/// column formats, English (US), quoted fields not forced to text, special numbers detected,
/// (export only), (export only), spaces trimmed, all sheets, formulas evaluated.
const IMPORT: &str = "CSV:44,34,76,1,,1033,false,true,false,false,true,-1,true";
/// The export back to CSV: the cells as shown (a formula's result, not its text).
const EXPORT: &str = "csv:Text - txt - csv (StarCalc):44,34,76,1,,1033,false,true,true,false,false";

fn parse(text: &str) -> Vec<Vec<String>> {
    csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(text.trim_start_matches('\u{feff}').as_bytes())
        .records()
        .map(|r| r.unwrap().iter().map(String::from).collect())
        .collect()
}

/// Converts every CSV file of `dir` as LibreOffice Calc shows it, in one run, into `dir/out`.
fn through_libreoffice(dir: &Path, files: &[&str]) {
    let profile = format!("file://{}", dir.join("profile").display());
    let mut child = Command::new("soffice")
        .arg(format!("-env:UserInstallation={profile}"))
        .args(["--headless", "--norestore"])
        .arg(format!("--infilter={IMPORT}"))
        .args(["--convert-to", EXPORT, "--outdir"])
        .arg(dir.join("out"))
        .args(files.iter().map(|f| dir.join(f)))
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("LibreOffice (soffice) is needed for this test: run scripts/setup.sh --test");
    let started = Instant::now();
    while child.try_wait().unwrap().is_none() {
        if started.elapsed() > Duration::from_secs(180) {
            child.kill().unwrap();
            panic!("LibreOffice did not finish the conversion in 3 minutes");
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    let out = child.wait_with_output().unwrap();
    assert!(
        out.status.success(),
        "LibreOffice failed:\n{}\n{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}

fn read_back(dir: &Path, file: &str) -> Vec<Vec<String>> {
    let path = dir.join("out").join(file);
    parse(&std::fs::read_to_string(&path).unwrap_or_else(|e| {
        panic!("LibreOffice wrote no {}: {e}", path.display());
    }))
}

#[test]
fn libreoffice_evaluates_no_cell_of_a_csv_export() {
    let dir = tempfile::tempdir().unwrap();
    let mut plan = boussole_core::seed::example_plan(2027);
    let model = plan.actions[0].clone();
    plan.actions = CASES
        .iter()
        .enumerate()
        .map(|(n, (_, title))| {
            let mut action = model.clone();
            action.id = ActionId(n as u32 + 1);
            action.title = (*title).into();
            action
        })
        .collect();
    let exported = actions_csv(&plan, CsvDialect::English).unwrap();
    std::fs::write(dir.path().join("actions.csv"), &exported).unwrap();
    // The same texts written raw: the proof that these options do evaluate formulas.
    let mut raw = csv::Writer::from_writer(Vec::new());
    raw.write_record(["case", "text"]).unwrap();
    for (name, text) in CASES {
        raw.write_record([name, text]).unwrap();
    }
    std::fs::write(dir.path().join("raw.csv"), raw.into_inner().unwrap()).unwrap();

    through_libreoffice(dir.path(), &["raw.csv", "actions.csv"]);

    let raw = read_back(dir.path(), "raw.csv");
    let evaluated: Vec<&str> = raw[1..]
        .iter()
        .filter(|row| row[1] == "42")
        .map(|row| row[0].as_str())
        .collect();
    assert!(
        evaluated.contains(&"equals") && evaluated.contains(&"space"),
        "the import options must evaluate formulas, past trimmed spaces: {raw:?}"
    );

    let written = parse(&exported);
    let shown = read_back(dir.path(), "actions.csv");
    let title = written[0].iter().position(|h| h == "Title").unwrap();
    let mut wrong = Vec::new();
    for (n, (name, _)) in CASES.iter().enumerate() {
        let (cell, field) = (&shown[n + 1][title], &written[n + 1][title]);
        // A cell keeps a line break as LF: that is no evaluation.
        if cell == "42" || *cell != field.replace('\r', "\n") {
            wrong.push(format!("{name}: written {field:?}, shown {cell:?}"));
        }
    }
    assert!(
        wrong.is_empty(),
        "LibreOffice took these cells for formulas or changed them:\n{}",
        wrong.join("\n")
    );
}
