//! The command line on a real data folder: list, export, import, and their refusals.

use std::path::Path;
use std::process::{Command, Output};

const APP: &str = env!("CARGO_BIN_EXE_boussole");

fn boussole(data_dir: &Path, args: &[&str]) -> Output {
    Command::new(APP)
        .arg("--data-dir")
        .arg(data_dir)
        .args(args)
        .env_remove("BOUSSOLE_DATA_DIR")
        .output()
        .expect("the binary runs")
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

#[test]
fn a_fresh_data_folder_lists_the_example_plan() {
    let dir = tempfile::tempdir().unwrap();
    let out = boussole(dir.path(), &["list", "--json"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let list: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(list.as_array().unwrap().len(), 1);
    assert!(list[0]["companyName"].as_str().unwrap().len() > 3);
    assert!(dir.path().join("boussole.sqlite3").is_file());

    let table = stdout(&boussole(dir.path(), &["list"]));
    assert!(table.starts_with("  ID  Company"), "{table}");
}

#[test]
fn the_data_folder_can_come_from_the_environment() {
    let dir = tempfile::tempdir().unwrap();
    let out = Command::new(APP)
        .args(["list", "--json"])
        .env("BOUSSOLE_DATA_DIR", dir.path())
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(dir.path().join("boussole.sqlite3").is_file());
}

#[test]
fn export_then_import_adds_an_equal_plan() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("plan.json");
    let out = boussole(dir.path(), &["export", "1", "-o", file.to_str().unwrap()]);
    assert!(out.status.success(), "{}", stderr(&out));
    let out = boussole(dir.path(), &["import", file.to_str().unwrap()]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stdout(&out).starts_with("Imported plan 2: "),
        "{}",
        stdout(&out)
    );

    let again = dir.path().join("again.json");
    assert!(
        boussole(dir.path(), &["export", "2", "-o", again.to_str().unwrap()])
            .status
            .success()
    );
    assert!(
        stdout(&out).contains("already in the library: the copy got a new identity"),
        "{}",
        stdout(&out)
    );
    let plan = |p: &Path| -> serde_json::Value {
        serde_json::from_str::<serde_json::Value>(&std::fs::read_to_string(p).unwrap()).unwrap()
            ["plan"]
            .clone()
    };
    let (mut first, mut copy) = (plan(&file), plan(&again));
    let (first_id, copy_id) = (first["id"].take(), copy["id"].take());
    assert!(first_id.is_string() && copy_id.is_string());
    assert_ne!(
        first_id, copy_id,
        "two plans of one library, two identities"
    );
    assert_eq!(first, copy);

    // Their calendars do not share an event.
    let uids = |id: &str| -> std::collections::HashSet<String> {
        let ics = dir.path().join(format!("{id}.ics"));
        let out = boussole(dir.path(), &["export", id, "-o", file.to_str().unwrap()]);
        assert!(out.status.success(), "{}", stderr(&out));
        let out = boussole(
            dir.path(),
            &["ics", file.to_str().unwrap(), "-o", ics.to_str().unwrap()],
        );
        assert!(out.status.success(), "{}", stderr(&out));
        std::fs::read_to_string(&ics)
            .unwrap()
            .lines()
            .filter_map(|l| l.strip_prefix("UID:").map(str::to_string))
            .collect()
    };
    let (one, two) = (uids("1"), uids("2"));
    assert!(!one.is_empty());
    assert!(one.is_disjoint(&two));
}

#[test]
fn a_bad_file_is_refused_with_its_reason_and_nothing_is_added() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("bad.json");
    std::fs::write(
        &file,
        r#"{"format":"boussole-plan","schemaVersion":1,"plan":{"company":42}}"#,
    )
    .unwrap();
    let out = boussole(dir.path(), &["import", file.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("plan.company: invalid type: integer `42`"),
        "{}",
        stderr(&out)
    );
    let list: serde_json::Value =
        serde_json::from_str(&stdout(&boussole(dir.path(), &["list", "--json"]))).unwrap();
    assert_eq!(list.as_array().unwrap().len(), 1, "only the example plan");
}

#[test]
fn exporting_a_missing_plan_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let out = boussole(dir.path(), &["export", "99", "-o", "x.json"]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(stderr(&out).trim(), "boussole: plan 99 was not found");
}

#[test]
fn help_is_available_for_every_command() {
    for cmd in [
        vec!["--help"],
        vec!["list", "--help"],
        vec!["export", "--help"],
        vec!["import", "--help"],
        vec!["check", "--help"],
        vec!["rules", "--help"],
        vec!["renew", "--help"],
        vec!["csv", "--help"],
        vec!["ics", "--help"],
        vec!["pdf", "--help"],
        vec!["trades", "--help"],
        vec!["new", "--help"],
        vec!["report", "--help"],
    ] {
        let out = Command::new(APP).args(&cmd).output().unwrap();
        assert!(out.status.success());
        assert!(stdout(&out).contains("Usage: boussole"), "{cmd:?}");
    }
}

#[test]
fn check_reports_the_example_plan_and_exits_by_severity() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("plan.json");
    assert!(
        boussole(dir.path(), &["export", "1", "-o", file.to_str().unwrap()])
            .status
            .success()
    );

    let out = Command::new(APP)
        .args(["check", file.to_str().unwrap(), "--json", "--lang", "en"])
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "the example has no critical finding: {}",
        stdout(&out)
    );
    let report: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(report["language"], "en");
    assert!(report["score"].as_u64().unwrap() <= 100);
    assert_eq!(report["counts"]["critical"], 0);

    // Break the plan: an action with no objective and no owner, dated backwards.
    let mut doc: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&file).unwrap()).unwrap();
    let action = &mut doc["plan"]["actions"][0];
    action["objectiveIds"] = serde_json::json!([]);
    action["owner"] = "".into();
    let start = action["start"].clone();
    action["start"] = action["end"].clone();
    action["end"] = start;
    let broken = dir.path().join("broken.json");
    std::fs::write(&broken, serde_json::to_vec(&doc).unwrap()).unwrap();

    let out = Command::new(APP)
        .args(["check", broken.to_str().unwrap(), "--lang", "fr"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "{}", stdout(&out));
    let text = stdout(&out);
    assert!(text.contains("Score de préparation"), "{text}");
    assert!(text.contains("[CRITIQUE]"), "{text}");
}

#[test]
fn check_an_unreadable_file_exits_with_2() {
    let dir = tempfile::tempdir().unwrap();
    let junk = dir.path().join("junk.json");
    std::fs::write(&junk, b"not json at all").unwrap();
    let out = Command::new(APP)
        .args(["check", junk.to_str().unwrap()])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("not valid JSON"), "{}", stderr(&out));
    let out = Command::new(APP)
        .args(["check", "/no/such/plan.json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn rules_lists_at_least_thirty_rules_in_both_languages() {
    for lang in ["fr", "en"] {
        let out = Command::new(APP)
            .args(["rules", "--json", "--lang", lang])
            .output()
            .unwrap();
        assert!(out.status.success());
        let rules: Vec<serde_json::Value> = serde_json::from_str(&stdout(&out)).unwrap();
        assert!(rules.len() >= 30, "{} rules", rules.len());
        // The catalogue is listed whole: the rules on substance are there too.
        for id in [
            "actions-reach-no-persona",
            "persona-channels-unused",
            "channels-unfit-market",
            "primary-segment-untargeted",
            "budget-on-later-segment",
            "objective-out-of-reach",
            "kpi-year-misses-objective",
            "objective-audience-only",
            "north-star-underfunded",
            "budget-on-one-action",
        ] {
            assert!(rules.iter().any(|r| r["id"] == id), "{id} is not listed");
        }
        for r in &rules {
            assert!(
                !r["title"].as_str().unwrap().is_empty()
                    && !r["explanation"].as_str().unwrap().is_empty()
            );
        }
    }
    let text = stdout(
        &Command::new(APP)
            .args(["rules", "--lang", "en"])
            .output()
            .unwrap(),
    );
    assert!(text.contains("objective"), "{text}");
}

#[test]
fn renew_csv_and_ics_work_from_a_plan_file() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("plan.json");
    assert!(
        boussole(dir.path(), &["export", "1", "-o", file.to_str().unwrap()])
            .status
            .success()
    );
    let year: i64 =
        serde_json::from_str::<serde_json::Value>(&std::fs::read_to_string(&file).unwrap())
            .unwrap()["plan"]["company"]["planYear"]
            .as_i64()
            .unwrap();

    let next = dir.path().join("next.json");
    let next_year = (year + 1).to_string();
    let out = Command::new(APP)
        .args([
            "renew",
            file.to_str().unwrap(),
            "--year",
            &next_year,
            "-o",
            next.to_str().unwrap(),
        ])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let doc: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&next).unwrap()).unwrap();
    assert_eq!(doc["plan"]["company"]["planYear"].as_i64(), Some(year + 1));
    assert_eq!(doc["plan"]["review"]["previousYear"].as_i64(), Some(year));
    assert_eq!(doc["plan"]["diagnostic"]["toReview"], true);
    assert!(doc["plan"]["objectives"]
        .as_array()
        .unwrap()
        .iter()
        .all(|o| o["draft"] == true));

    let csv_dir = dir.path().join("csv");
    let out = Command::new(APP)
        .args([
            "csv",
            file.to_str().unwrap(),
            "-o",
            csv_dir.to_str().unwrap(),
            "--excel-fr",
        ])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let actions = std::fs::read(csv_dir.join("actions.csv")).unwrap();
    assert!(
        actions.starts_with(b"\xEF\xBB\xBF"),
        "French Excel CSV starts with a BOM"
    );
    assert!(String::from_utf8_lossy(&actions).contains(';'));

    let ics = dir.path().join("plan.ics");
    let out = Command::new(APP)
        .args(["ics", file.to_str().unwrap(), "-o", ics.to_str().unwrap()])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let cal = std::fs::read_to_string(&ics).unwrap();
    assert!(cal.starts_with("BEGIN:VCALENDAR\r\n") && cal.contains("BEGIN:VEVENT"));
}

#[test]
fn pdf_writes_a_roadmap_in_the_language_asked() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("plan.json");
    assert!(
        boussole(dir.path(), &["export", "1", "-o", file.to_str().unwrap()])
            .status
            .success()
    );
    let pdf = dir.path().join("roadmap.pdf");
    let out = Command::new(APP)
        .args([
            "pdf",
            file.to_str().unwrap(),
            "-o",
            pdf.to_str().unwrap(),
            "--lang",
            "en",
            "--paper",
            "letter",
            "--investor",
        ])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let bytes = std::fs::read(&pdf).unwrap();
    assert!(bytes.starts_with(b"%PDF-"));
    let text = Command::new("pdftotext").arg(&pdf).arg("-").output();
    if let Ok(text) = text {
        let text = String::from_utf8_lossy(&text.stdout);
        assert!(text.contains("Marketing plan"), "{text}");
    }
    let out = Command::new(APP)
        .args(["pdf", file.to_str().unwrap(), "-o", "/no/such/folder/r.pdf"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("the folder does not exist"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn every_plan_exports_to_a_folder_and_several_files_import_at_once() {
    let dir = tempfile::tempdir().unwrap();
    let out_dir = tempfile::tempdir().unwrap();
    let out = boussole(
        dir.path(),
        &["export-all", "-o", out_dir.path().to_str().unwrap()],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stdout(&out).starts_with("Exported 1 plans to "),
        "{}",
        stdout(&out)
    );
    let folder = std::fs::read_dir(out_dir.path())
        .unwrap()
        .next()
        .unwrap()
        .unwrap()
        .path();
    let exported = folder.join("Biscuiterie-Caradec-2027.json");
    assert!(exported.is_file());

    let junk = out_dir.path().join("notes.json");
    std::fs::write(&junk, "{\"not\": \"a plan\"}").unwrap();
    let other = tempfile::tempdir().unwrap();
    let out = boussole(
        other.path(),
        &[
            "import",
            exported.to_str().unwrap(),
            junk.to_str().unwrap(),
            exported.to_str().unwrap(),
        ],
    );
    assert!(!out.status.success(), "a refused file fails the command");
    assert_eq!(stdout(&out).matches("Imported plan").count(), 2);
    assert!(stderr(&out).contains("notes.json"), "{}", stderr(&out));
    assert!(stderr(&out).contains("1 of 3 files were not imported"));
    let list = stdout(&boussole(other.path(), &["list", "--json"]));
    let list: serde_json::Value = serde_json::from_str(&list).unwrap();
    assert_eq!(
        list.as_array().unwrap().len(),
        3,
        "the example and two imports"
    );
}

#[test]
fn trades_lists_the_starting_points_in_both_languages() {
    let dir = tempfile::tempdir().unwrap();
    let out = boussole(dir.path(), &["trades", "--json", "--lang", "en"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let list: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    let bakery = list
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["id"] == "bakery")
        .expect("the bakery is listed");
    assert_eq!(bakery["name"], "Bakery and pastry shop");
    assert!(bakery["envelopeSource"]
        .as_str()
        .unwrap()
        .contains("Rule of thumb"));
    let text = stdout(&boussole(dir.path(), &["trades"]));
    assert!(text.contains("Boulangerie-pâtisserie"), "{text}");
    assert!(
        !dir.path().join("boussole.sqlite3").exists(),
        "listing trades opens no library"
    );
}

#[test]
fn new_from_a_trade_writes_a_plan_file_or_adds_it_to_the_library() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("plan.json");
    let out = boussole(
        dir.path(),
        &[
            "new",
            "--trade",
            "bakery",
            "--company",
            "Boulangerie Morel",
            "--year",
            "2029",
            "-o",
            file.to_str().unwrap(),
            "--lang",
            "en",
        ],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stdout(&out).contains("example figures to confirm"),
        "{}",
        stdout(&out)
    );
    let doc: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&file).unwrap()).unwrap();
    let plan = &doc["plan"];
    assert_eq!(plan["company"]["name"], "Boulangerie Morel");
    assert_eq!(plan["company"]["planYear"], 2029);
    assert_eq!(plan["company"]["language"], "en");
    assert_eq!(plan["start"]["trade"], "bakery");
    assert!(plan["actions"][0]["start"]
        .as_str()
        .unwrap()
        .starts_with("2029-"));
    assert!(!plan["start"]["exampleFigures"]
        .as_array()
        .unwrap()
        .is_empty());

    // The checklist flags the example figures of the file just written.
    let check = boussole(dir.path(), &["check", file.to_str().unwrap(), "--json"]);
    assert!(
        stdout(&check).contains("example-figure"),
        "{}",
        stdout(&check)
    );

    let out = boussole(
        dir.path(),
        &[
            "new",
            "--trade",
            "bakery",
            "--company",
            "Fournil du Port",
            "--year",
            "2027",
        ],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stdout(&out).contains("started from the trade bakery"),
        "{}",
        stdout(&out)
    );
    let list = stdout(&boussole(dir.path(), &["list", "--json"]));
    assert!(list.contains("Fournil du Port"), "{list}");

    let out = boussole(
        dir.path(),
        &[
            "new",
            "--trade",
            "astronaut",
            "--company",
            "X",
            "--year",
            "2027",
            "-o",
            "-",
        ],
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("trade astronaut was not found"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn renew_follows_the_stored_review_and_the_decisions_given_over_it() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("plan.json");
    assert!(
        boussole(dir.path(), &["export", "1", "-o", file.to_str().unwrap()])
            .status
            .success()
    );
    // The year-end review, stored in the plan: keep the first action, correct the second,
    // abandon the third.
    let mut doc: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&file).unwrap()).unwrap();
    let plan = &mut doc["plan"];
    let title = |plan: &serde_json::Value, i: usize| plan["actions"][i]["title"].clone();
    let (kept, corrected, abandoned) = (title(plan, 0), title(plan, 1), title(plan, 2));
    let ids: Vec<i64> = (0..3)
        .map(|i| plan["actions"][i]["id"].as_i64().unwrap())
        .collect();
    plan["yearEnd"]["actions"] = serde_json::json!([
        { "actionId": ids[0], "decision": "keep", "note": "" },
        { "actionId": ids[1], "decision": "correct", "note": "Deux envois au lieu de quatre" },
        { "actionId": ids[2], "decision": "abandon", "note": "Trop cher" },
    ]);
    let year = plan["company"]["planYear"].as_i64().unwrap();
    std::fs::write(&file, serde_json::to_vec(&doc).unwrap()).unwrap();

    let renew = |extra: &[&str]| {
        let next = dir.path().join("next.json");
        let mut args = vec![
            "renew".to_string(),
            file.display().to_string(),
            "--year".into(),
            (year + 1).to_string(),
            "-o".into(),
            next.display().to_string(),
        ];
        args.extend(extra.iter().map(|s| s.to_string()));
        let out = Command::new(APP).args(&args).output().unwrap();
        (out, next)
    };
    let titles = |next: &Path| -> Vec<serde_json::Value> {
        let doc: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(next).unwrap()).unwrap();
        doc["plan"]["actions"]
            .as_array()
            .unwrap()
            .iter()
            .map(|a| a["title"].clone())
            .collect()
    };

    let (out, next) = renew(&[]);
    assert!(out.status.success(), "{}", stderr(&out));
    let carried = titles(&next);
    assert!(carried.contains(&kept) && carried.contains(&corrected));
    assert!(
        !carried.contains(&abandoned),
        "the abandoned action is not carried"
    );
    let doc: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&next).unwrap()).unwrap();
    let note = doc["plan"]["actions"]
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["title"] == corrected)
        .unwrap()["correctionNote"]
        .clone();
    assert_eq!(note, "Deux envois au lieu de quatre");
    let said = String::from_utf8_lossy(&out.stdout);
    assert!(
        said.contains("1 of last year's actions was not carried"),
        "{said}"
    );

    // A decisions file over the stored review.
    let decisions = dir.path().join("decisions.json");
    std::fs::write(
        &decisions,
        format!(
            r#"{{"decisions": [{{"actionId": {}, "decision": "keep", "note": ""}}]}}"#,
            ids[2]
        ),
    )
    .unwrap();
    let (out, next) = renew(&["--decisions", decisions.to_str().unwrap()]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(titles(&next).contains(&abandoned), "kept after all");

    std::fs::write(&decisions, r#"{"decisions": [{"action": 3}]}"#).unwrap();
    let (out, _) = renew(&["--decisions", decisions.to_str().unwrap()]);
    assert!(!out.status.success());
    assert!(
        stderr(&out).contains("is not a decisions file"),
        "{}",
        stderr(&out)
    );
}
