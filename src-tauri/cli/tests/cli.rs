//! The `boussole-cli` binary: Boussole's commands without the window, on a real data folder.

use std::path::Path;
use std::process::{Command, Output};

const CLI: &str = env!("CARGO_BIN_EXE_boussole-cli");

fn run(data_dir: &Path, args: &[&str]) -> Output {
    Command::new(CLI)
        .arg("--data-dir")
        .arg(data_dir)
        .args(args)
        .env_remove("BOUSSOLE_DATA_DIR")
        .output()
        .expect("boussole-cli runs")
}

fn stdout(out: &Output) -> String {
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[test]
fn lists_exports_and_prints_the_pdf_of_the_example_plan_from_a_fresh_folder() {
    let dir = tempfile::tempdir().unwrap();
    let list: serde_json::Value =
        serde_json::from_str(&stdout(&run(dir.path(), &["list", "--json"]))).unwrap();
    assert_eq!(list[0]["companyName"], "Biscuiterie Caradec");
    let id = list[0]["id"].to_string();

    let file = dir.path().join("caradec.json");
    let file = file.to_str().unwrap();
    stdout(&run(dir.path(), &["export", &id, "-o", file]));
    let pdf = dir.path().join("caradec.pdf");
    stdout(&run(
        dir.path(),
        &["pdf", file, "-o", pdf.to_str().unwrap(), "--investor"],
    ));
    assert!(std::fs::read(&pdf).unwrap().starts_with(b"%PDF-"));
}

#[test]
fn without_a_command_it_shows_its_help_and_refuses() {
    let out = Command::new(CLI).output().expect("boussole-cli runs");
    assert_eq!(out.status.code(), Some(2));
    let help = String::from_utf8_lossy(&out.stderr);
    assert!(help.contains("Usage: boussole-cli"), "{help}");
    assert!(help.contains("pdf"), "{help}");
}

/// The reason this binary exists: it starts without loading the window's libraries.
#[cfg(target_os = "linux")]
#[test]
fn loads_neither_gtk_nor_webkit() {
    let out = Command::new("ldd").arg(CLI).output().expect("ldd runs");
    let libraries = String::from_utf8_lossy(&out.stdout);
    assert!(libraries.contains("libc.so"), "{libraries}");
    for window_library in ["gtk", "webkit", "glib"] {
        assert!(!libraries.contains(window_library), "{libraries}");
    }
}

/// `boussole-cli rules | head -n 1`: when the reader has gone, the command ends without a panic.
#[cfg(unix)]
#[test]
fn a_reader_that_stops_early_ends_the_command_quietly() {
    let mut child = Command::new(CLI)
        .args(["rules", "--lang", "en"])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("boussole-cli runs");
    // The reading end is closed before the command has written anything, as `head` closes it.
    drop(child.stdout.take());
    let out = child.wait_with_output().expect("it ends");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!stderr.contains("panicked"), "{stderr}");
}

/// The app and a script started together on a first run: several processes open a new data
/// folder at the same moment. Each one works, and the library holds the example plan once.
#[test]
fn processes_opening_a_new_data_folder_at_once_all_work_and_seed_the_example_once() {
    const ROUNDS: usize = 12;
    const PROCESSES: usize = 4;
    let parent = tempfile::tempdir().unwrap();
    for round in 0..ROUNDS {
        let dir = parent.path().join(format!("new-{round}"));
        let children: Vec<_> = (0..PROCESSES)
            .map(|_| {
                Command::new(CLI)
                    .arg("--data-dir")
                    .arg(&dir)
                    .args(["list", "--json"])
                    .env_remove("BOUSSOLE_DATA_DIR")
                    .stdout(std::process::Stdio::piped())
                    .stderr(std::process::Stdio::piped())
                    .spawn()
                    .expect("boussole-cli runs")
            })
            .collect();
        for child in children {
            let out = child.wait_with_output().expect("it ends");
            let listed: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
            assert_eq!(
                listed.as_array().map(Vec::len),
                Some(1),
                "round {round}: {listed}"
            );
        }
    }
}

/// A plan deleted in the open window can be brought back with Undo whatever the command line
/// did meanwhile: `list`, `export` and `import` never purge deleted plans.
#[test]
fn a_plan_deleted_in_the_window_can_still_be_restored_after_command_line_calls() {
    use boussole_core::usecases::Library;
    let dir = tempfile::tempdir().unwrap();
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 22).unwrap();
    let now = today.and_hms_opt(9, 0, 0).unwrap();
    // The window, started before the command line: its own session.
    let (window, _) = Library::open_or_recover(dir.path(), now).unwrap();
    let id = window.list().unwrap()[0].id;
    let file = dir.path().join("plan.json");
    stdout(&run(
        dir.path(),
        &["export", &id.to_string(), "-o", file.to_str().unwrap()],
    ));
    window.delete(id).unwrap();
    stdout(&run(dir.path(), &["list"]));
    stdout(&run(dir.path(), &["import", file.to_str().unwrap()]));
    let other = window.list().unwrap()[0].id;
    stdout(&run(
        dir.path(),
        &["export", &other.to_string(), "-o", file.to_str().unwrap()],
    ));
    let restored = window.restore(id).expect("Undo still works");
    assert_eq!(restored.company_name, "Biscuiterie Caradec");
}
