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

/// Runs the CLI as someone who can read `data_dir` but not write in it: as root, the user
/// `nobody` (root writes anywhere); otherwise the caller, with the folder made read-only.
#[cfg(unix)]
fn run_as_reader(data_dir: &Path, args: &[&str]) -> Output {
    let mut command = if is_root() {
        let mut runuser = Command::new("runuser");
        runuser.args(["-u", "nobody", "--", CLI]);
        runuser
    } else {
        Command::new(CLI)
    };
    command
        .arg("--data-dir")
        .arg(data_dir)
        .args(args)
        .env_remove("BOUSSOLE_DATA_DIR")
        .output()
        .expect("boussole-cli runs")
}

#[cfg(unix)]
fn is_root() -> bool {
    Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|o| o.stdout.starts_with(b"0\n"))
}

/// Makes `dir` and what it holds readable by all and writable by none but root.
#[cfg(unix)]
fn make_read_only(dir: &Path) {
    use std::os::unix::fs::PermissionsExt;
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o444)).unwrap();
    }
    std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o555)).unwrap();
}

/// The files of a folder with their bytes.
fn contents(dir: &Path) -> Vec<(std::ffi::OsString, Vec<u8>)> {
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| {
            let e = e.unwrap();
            (e.file_name(), std::fs::read(e.path()).unwrap())
        })
        .collect();
    files.sort();
    files
}

/// A library on a backup disk or in a colleague's folder: the read commands work, the write
/// commands say it is read-only, and nothing in the folder changes (no `-shm` is created).
#[cfg(unix)]
#[test]
fn a_library_the_user_cannot_write_is_read_and_exported_and_refuses_changes() {
    use std::os::unix::fs::PermissionsExt;
    let parent = tempfile::tempdir().unwrap();
    std::fs::set_permissions(parent.path(), std::fs::Permissions::from_mode(0o755)).unwrap();
    let library = parent.path().join("library");
    stdout(&run(&library, &["list"]));
    // A library whose last changes are still in its write-ahead log: copied while in use.
    let pending = parent.path().join("pending");
    {
        let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 22).unwrap();
        let open = boussole_core::usecases::Library::open(&library, today).unwrap();
        let id = open.list().unwrap()[0].id;
        open.duplicate(id, "Copie", today).unwrap();
        std::fs::create_dir(&pending).unwrap();
        for name in ["boussole.sqlite3", "boussole.sqlite3-wal"] {
            std::fs::copy(library.join(name), pending.join(name)).unwrap();
        }
    }
    let out_dir = parent.path().join("out");
    std::fs::create_dir(&out_dir).unwrap();
    std::fs::set_permissions(&out_dir, std::fs::Permissions::from_mode(0o777)).unwrap();
    let plan_file = out_dir.join("plan.json");
    make_read_only(&library);
    make_read_only(&pending);
    let before = contents(&library);

    let listed: serde_json::Value =
        serde_json::from_str(&stdout(&run_as_reader(&library, &["list", "--json"]))).unwrap();
    assert_eq!(listed.as_array().map(Vec::len), Some(2), "{listed}");
    assert!(stdout(&run_as_reader(&library, &["list"])).contains("Biscuiterie Caradec"));
    let id = listed[0]["id"].to_string();
    stdout(&run_as_reader(
        &library,
        &["export", &id, "-o", plan_file.to_str().unwrap()],
    ));
    let exported = std::fs::read(&plan_file).unwrap();
    let importable = out_dir.join("import.json");
    std::fs::write(&importable, &exported).unwrap();
    let out = run_as_reader(&library, &["import", importable.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(
        said.contains("is read-only") && said.contains("can be read and exported, not changed"),
        "{said}"
    );
    assert_eq!(contents(&library), before, "nothing changed in the folder");

    let out = run_as_reader(&pending, &["list"]);
    assert_eq!(out.status.code(), Some(1));
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(said.contains("latest changes are still in"), "{said}");

    for dir in [&library, &pending] {
        std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o755)).unwrap();
    }
}

/// A plan file of the example plan in `dir`, written by the CLI itself; its path.
fn example_file(dir: &Path, data_dir: &Path, name: &str) -> std::path::PathBuf {
    let file = dir.join(name);
    stdout(&run(
        data_dir,
        &["export", "1", "-o", file.to_str().unwrap()],
    ));
    file
}

/// Runs the CLI with `stdin` as its standard input.
fn run_with_stdin(data_dir: &Path, args: &[&str], stdin: std::process::Stdio) -> Output {
    Command::new(CLI)
        .arg("--data-dir")
        .arg(data_dir)
        .args(args)
        .env_remove("BOUSSOLE_DATA_DIR")
        .stdin(stdin)
        .output()
        .expect("boussole-cli runs")
}

/// `mkfifo f; boussole check f` and `import f` end at once with a clear message instead of
/// waiting forever for a writer; `-` reads standard input on purpose.
#[cfg(unix)]
#[test]
fn a_named_pipe_is_refused_at_once_and_standard_input_is_read_on_purpose() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let file = example_file(dir.path(), &data, "plan.json");
    let fifo = dir.path().join("pipe.json");
    assert!(Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .unwrap()
        .success());
    let fifo = fifo.to_str().unwrap();
    for (args, code) in [(vec!["check", fifo], 2), (vec!["import", fifo], 1)] {
        let started = std::time::Instant::now();
        let mut child = Command::new(CLI)
            .arg("--data-dir")
            .arg(&data)
            .args(&args)
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        while child.try_wait().unwrap().is_none() {
            if started.elapsed() > std::time::Duration::from_secs(10) {
                child.kill().unwrap();
                panic!("{args:?} waited for the pipe");
            }
            std::thread::sleep(std::time::Duration::from_millis(20));
        }
        let out = child.wait_with_output().unwrap();
        assert_eq!(out.status.code(), Some(code), "{args:?}");
        let said = String::from_utf8_lossy(&out.stderr);
        assert!(
            said.contains("it is a named pipe, not a regular file"),
            "{said}"
        );
    }
    let plan = std::fs::File::open(&file).unwrap();
    let out = run_with_stdin(&data, &["check", "-", "--json"], plan.into());
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let plan = std::fs::File::open(&file).unwrap();
    let said = stdout(&run_with_stdin(&data, &["import", "-"], plan.into()));
    assert!(said.contains("Biscuiterie Caradec"), "{said}");
    // A stream that never ends is refused past the limit.
    let zero = std::fs::File::open("/dev/zero").unwrap();
    let out = run_with_stdin(&data, &["check", "-"], zero.into());
    assert_eq!(out.status.code(), Some(2));
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(said.contains("too large to be a plan"), "{said}");
}

/// `boussole pdf same.json -o same.json` (and every command writing a file) refuses to write
/// onto the plan file it reads, by identity: under its own name, through a symbolic link or a
/// hard link, and through standard output redirected onto it. The file is left as it was.
#[cfg(unix)]
#[test]
fn an_output_that_is_the_input_is_refused_and_the_plan_file_kept() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let file = example_file(dir.path(), &data, "same.json");
    let before = std::fs::read(&file).unwrap();
    let symlink = dir.path().join("link.json");
    std::os::unix::fs::symlink(&file, &symlink).unwrap();
    let hard = dir.path().join("hard.json");
    std::fs::hard_link(&file, &hard).unwrap();
    let f = file.to_str().unwrap();
    for output in [f, symlink.to_str().unwrap(), hard.to_str().unwrap()] {
        for args in [
            vec!["pdf", f, "-o", output],
            vec!["ics", f, "-o", output],
            vec!["renew", f, "--year", "2028", "-o", output],
            vec!["csv", f, "--table", "actions", "-o", output],
        ] {
            let out = run(&data, &args);
            assert_eq!(out.status.code(), Some(1), "{args:?}");
            let said = String::from_utf8_lossy(&out.stderr);
            assert!(
                said.contains("it is the file being read"),
                "{args:?}: {said}"
            );
            assert_eq!(std::fs::read(&file).unwrap(), before, "{args:?}");
        }
    }
    assert!(std::fs::symlink_metadata(&symlink)
        .unwrap()
        .file_type()
        .is_symlink());
    // Read from standard input, written onto the same file.
    let out = run_with_stdin(
        &data,
        &["ics", "-", "-o", f],
        std::fs::File::open(&file).unwrap().into(),
    );
    assert_eq!(out.status.code(), Some(1));
    // Standard output appended onto the plan file being read.
    let appended = std::fs::OpenOptions::new()
        .append(true)
        .open(&file)
        .unwrap();
    let out = Command::new(CLI)
        .args(["pdf", f, "-o", "-"])
        .stdout(appended)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("the file being read"));
    assert_eq!(std::fs::read(&file).unwrap(), before);
    // Nor onto the library's own database.
    let db = data.join("boussole.sqlite3");
    let out = run(&data, &["export", "1", "-o", db.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    stdout(&run(&data, &["list"]));
}

/// An output that exists and is not a regular file (a device, a named pipe, a folder) is
/// refused: as root, `-o /dev/null` replaced the device with a file.
#[cfg(unix)]
#[test]
fn an_output_that_is_a_device_a_pipe_or_a_folder_is_refused() {
    use std::os::unix::fs::FileTypeExt;
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let file = example_file(dir.path(), &data, "plan.json");
    let fifo = dir.path().join("pipe");
    assert!(Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .unwrap()
        .success());
    let f = file.to_str().unwrap();
    for (output, what) in [
        ("/dev/null", "a device"),
        (fifo.to_str().unwrap(), "a named pipe"),
        (dir.path().to_str().unwrap(), "a folder"),
    ] {
        for args in [
            vec!["pdf", f, "-o", output],
            vec!["ics", f, "-o", output],
            vec!["export", "1", "-o", output],
        ] {
            let out = run(&data, &args);
            assert_eq!(out.status.code(), Some(1), "{args:?}");
            let said = String::from_utf8_lossy(&out.stderr);
            assert!(
                said.contains(&format!("it is {what}, not a regular file")),
                "{args:?}: {said}"
            );
        }
    }
    let null = std::fs::metadata("/dev/null").unwrap().file_type();
    assert!(null.is_char_device(), "/dev/null is still a device");
    assert!(std::fs::metadata(&fifo).unwrap().file_type().is_fifo());
}

/// `-o -` writes to standard output, so the commands work in pipes; their report goes to
/// standard error. A plan file can come from standard input too.
#[test]
fn a_dash_writes_to_standard_output_in_a_pipe() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let file = example_file(dir.path(), &data, "plan.json");
    let f = file.to_str().unwrap();
    let cases: [(Vec<&str>, &[u8]); 6] = [
        (vec!["pdf", f, "-o", "-"], b"%PDF-"),
        (vec!["ics", f, "-o", "-"], b"BEGIN:VCALENDAR"),
        (
            vec!["csv", f, "--table", "budget", "-o", "-"],
            b"Row,Label,",
        ),
        (vec!["renew", f, "--year", "2028", "-o", "-"], b"{"),
        (vec!["export", "1", "-o", "-"], b"{"),
        (vec!["pdf", "-", "-o", "-"], b"%PDF-"),
    ];
    for (args, start) in cases {
        let stdin = std::fs::File::open(&file).unwrap();
        let out = run_with_stdin(&data, &args, stdin.into());
        assert!(
            out.status.success(),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(
            out.stdout.starts_with(start),
            "{args:?}: {:?}",
            String::from_utf8_lossy(&out.stdout[..out.stdout.len().min(80)])
        );
    }
    let renewed = run(&data, &["renew", f, "--year", "2028", "-o", "-"]);
    assert!(String::from_utf8_lossy(&renewed.stderr).contains("Wrote the 2028 plan"));
    let out = run(&data, &["csv", f, "-o", "-"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("--table"));
    let one = dir.path().join("kpis.csv");
    stdout(&run(
        &data,
        &["csv", f, "--table", "kpis", "-o", one.to_str().unwrap()],
    ));
    assert!(std::fs::read_to_string(&one).unwrap().contains("KPI"));
}

/// An export is created as any new file of the user (0666 less the umask: readable by the
/// accountant it is meant for), and a file it replaces keeps its permissions.
#[cfg(unix)]
#[test]
fn exports_are_created_under_the_umask_and_replaced_files_keep_their_mode() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let file = example_file(dir.path(), &data, "plan.json");
    let mode = |path: &Path| std::fs::metadata(path).unwrap().permissions().mode() & 0o777;
    let under_umask = |umask: &str, args: &[&str]| {
        let out = Command::new("sh")
            .arg("-c")
            .arg(format!("umask {umask} && exec \"$0\" \"$@\""))
            .arg(CLI)
            .arg("--data-dir")
            .arg(&data)
            .args(args)
            .output()
            .unwrap();
        stdout(&out);
    };
    let f = file.to_str().unwrap();
    for (umask, expected) in [("022", 0o644), ("027", 0o640)] {
        let pdf = dir.path().join(format!("plan-{umask}.pdf"));
        let ics = dir.path().join(format!("plan-{umask}.ics"));
        let folder = dir.path().join(format!("csv-{umask}"));
        under_umask(umask, &["pdf", f, "-o", pdf.to_str().unwrap()]);
        under_umask(umask, &["ics", f, "-o", ics.to_str().unwrap()]);
        under_umask(umask, &["csv", f, "-o", folder.to_str().unwrap()]);
        for written in [pdf, ics, folder.join("actions.csv")] {
            assert_eq!(
                mode(&written),
                expected,
                "{} under umask {umask}",
                written.display()
            );
        }
    }
    let shared = dir.path().join("shared.ics");
    std::fs::write(&shared, b"before").unwrap();
    std::fs::set_permissions(&shared, std::fs::Permissions::from_mode(0o664)).unwrap();
    under_umask("077", &["ics", f, "-o", shared.to_str().unwrap()]);
    assert_eq!(mode(&shared), 0o664, "a replaced file keeps its mode");
    assert!(std::fs::read(&shared)
        .unwrap()
        .starts_with(b"BEGIN:VCALENDAR"));
}

/// A company name holding a line break printed a fake row of `list`; names, titles and paths
/// holding control characters or bidirectional overrides are printed escaped, on their line.
#[test]
fn text_from_a_plan_cannot_forge_or_reorder_the_text_output() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let file = example_file(dir.path(), &data, "plan.json");
    let mut plan: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&file).unwrap()).unwrap();
    let forged = "Acme\n  99  Fake Row                                  2027  2026-01-01 00:00\r";
    plan["plan"]["company"]["name"] = forged.into();
    plan["plan"]["actions"][0]["title"] = "Salon\u{202e}cod.exe\u{2028}".into();
    // Another plan than the one exported, not a copy of it.
    plan["plan"]["id"] = serde_json::Value::Null;
    let hostile = dir.path().join("ev\u{202e}il\nname.json");
    std::fs::write(&hostile, serde_json::to_vec(&plan).unwrap()).unwrap();
    let h = hostile.to_str().unwrap();

    let imported = stdout(&run(&data, &["import", h]));
    assert_eq!(imported.lines().count(), 1, "{imported}");
    assert!(imported.contains("Acme\\n  99  Fake Row"), "{imported}");
    let listed = stdout(&run(&data, &["list"]));
    assert_eq!(
        listed.lines().count(),
        3,
        "a header and two plans:\n{listed}"
    );
    assert!(!listed.contains('\r'), "{listed}");
    let checked = run(&data, &["check", h, "--lang", "en"]);
    let text = String::from_utf8_lossy(&checked.stdout);
    assert!(text.starts_with("Acme\\n  99  Fake Row"), "{text}");
    for said in [&listed, &imported, &text.to_string()] {
        assert!(
            !said
                .chars()
                .any(|c| c == '\u{202e}' || c == '\u{2028}' || c == '\r'),
            "{said}"
        );
    }
    let out = run(
        &data,
        &[
            "ics",
            h,
            "-o",
            dir.path().join("no/such/dir.ics").to_str().unwrap(),
        ],
    );
    assert_eq!(out.status.code(), Some(1));
    let written = stdout(&run(&data, &["pdf", h, "-o", &format!("{h}.pdf")]));
    assert!(
        written.contains("ev\\u{202e}il\\nname.json.pdf"),
        "{written}"
    );
    assert_eq!(written.lines().count(), 1, "{written}");
    let missing = run(&data, &["check", &format!("{h}.missing")]);
    let said = String::from_utf8_lossy(&missing.stderr);
    assert!(said.contains("ev\\u{202e}il\\nname.json.missing"), "{said}");
    assert_eq!(said.lines().count(), 1, "{said}");
}

#[test]
fn figures_prints_the_same_totals_as_text_and_json_and_as_the_csv() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("caradec.json");
    let file = file.to_str().unwrap();
    stdout(&run(dir.path(), &["export", "1", "-o", file]));
    let json: serde_json::Value =
        serde_json::from_str(&stdout(&run(dir.path(), &["figures", file, "--json"]))).unwrap();
    let planned = json["budget"]["total"]["planned"].as_i64().unwrap();
    let quarters: i64 = json["budget"]["quarters"]
        .as_array()
        .unwrap()
        .iter()
        .map(|q| q["planned"].as_i64().unwrap())
        .sum();
    assert_eq!(quarters, planned, "the quarters add up to the total");
    assert_eq!(planned % 100, 0, "whole currency units, as printed");

    let text = stdout(&run(dir.path(), &["figures", file, "--lang", "en"]));
    let line = text
        .lines()
        .find(|l| l.trim_start().starts_with("Planned"))
        .unwrap();
    let printed: i64 = line
        .chars()
        .filter(char::is_ascii_digit)
        .collect::<String>()
        .parse()
        .unwrap();
    assert_eq!(printed * 100, planned, "{line}");
    assert!(
        text.contains("Q1 2027") && text.contains("By objective"),
        "{text}"
    );

    // The accountant's total: the CSV's, to the cent, rounds to the printed one.
    let csv = dir.path().join("csv");
    stdout(&run(
        dir.path(),
        &["csv", file, "-o", csv.to_str().unwrap()],
    ));
    let budget = std::fs::read_to_string(csv.join("budget.csv")).unwrap();
    let total = budget
        .lines()
        .find(|l| l.starts_with("Total,"))
        .unwrap()
        .split(',')
        .nth(7)
        .unwrap()
        .replace('.', "");
    let cents: i64 = total.parse().unwrap();
    assert!((cents - planned).abs() <= 50, "{cents} against {planned}");
}

/// Text of a PDF as `pdftotext -raw` reads it (each table cell's lines together), with every run
/// of white space, no-break ones included, made one space.
fn pdf_text(pdf: &Path) -> String {
    let out = Command::new("pdftotext")
        .arg("-raw")
        .arg(pdf)
        .arg("-")
        .output()
        .expect("pdftotext (poppler-utils) is installed");
    assert!(out.status.success());
    spaced(&String::from_utf8_lossy(&out.stdout))
}

fn spaced(text: &str) -> String {
    text.split(|c: char| c.is_whitespace() || c == '\u{202f}' || c == '\u{a0}')
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn report_at_a_date_prints_each_objective_s_trajectory_the_late_actions_and_the_spend() {
    use boussole_core::figures::{report, ObjectiveMeasure};
    use boussole_core::labels;
    use boussole_core::plan::Language;

    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("caradec.json");
    // The example plan is seeded in the year of the clock.
    let out = Command::new(CLI)
        .args([
            "--data-dir",
            dir.path().to_str().unwrap(),
            "export",
            "1",
            "-o",
        ])
        .arg(&file)
        .env("BOUSSOLE_TODAY", "2027-03-15")
        .output()
        .unwrap();
    stdout(&out);
    let pdf = dir.path().join("progress.pdf");
    let out = Command::new(CLI)
        .arg("report")
        .arg(&file)
        .arg("-o")
        .arg(&pdf)
        .args(["--date", "2027-06-30"])
        .env("BOUSSOLE_TODAY", "2027-11-02")
        .output()
        .unwrap();
    assert!(stdout(&out).contains("as of 2027-06-30"));
    let text = pdf_text(&pdf);
    assert!(text.contains("Rapport d’avancement"), "{text}");
    assert!(text.contains("au 30 juin 2027"), "{text}");

    let plan = boussole_core::format::read_file(&file).unwrap();
    let date = chrono::NaiveDate::from_ymd_opt(2027, 6, 30).unwrap();
    let known = report::known_by(&plan, date);
    let progress = report::of(&known, date);
    let fr = Language::Fr;
    let mut measured_objectives = 0;
    for o in plan.objectives.iter().filter(|o| o.target.is_some()) {
        let f = progress
            .figures
            .objectives
            .iter()
            .find(|f| f.id == o.id)
            .unwrap();
        if let ObjectiveMeasure::Measured {
            measured,
            expected_today,
            ..
        } = f.measure
        {
            measured_objectives += 1;
            let expected = spaced(&labels::number(expected_today, fr));
            let measured = spaced(&labels::number(measured, fr));
            assert!(
                text.contains(&expected),
                "{}: {expected} in {text}",
                o.title
            );
            assert!(
                text.contains(&measured),
                "{}: {measured} in {text}",
                o.title
            );
        }
    }
    assert!(measured_objectives >= 3);

    let late = &progress.figures.actions.overdue;
    assert!(!late.is_empty(), "the example has actions late by June");
    assert!(
        text.contains(&format!("En retard ({})", late.len())),
        "{text}"
    );
    for id in late {
        let action = plan.actions.iter().find(|a| a.id == *id).unwrap();
        assert!(
            text.contains(&spaced(&action.title)),
            "{} in {text}",
            action.title
        );
    }

    let spend = &progress.figures.spend;
    let money = |m| spaced(&labels::money(m, &plan.company.currency, fr));
    assert!(
        text.contains(&format!("Prévu au 30 juin {}", money(spend.planned))),
        "{text}"
    );
    assert!(
        text.contains(&format!("Dépensé au 30 juin {}", money(spend.actual))),
        "{text}"
    );

    // In English, and to standard output.
    let out = Command::new(CLI)
        .arg("report")
        .arg(&file)
        .args(["-o", "-", "--date", "2027-06-30", "--lang", "en"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(out.stdout.starts_with(b"%PDF-"));
    let en = dir.path().join("en.pdf");
    std::fs::write(&en, &out.stdout).unwrap();
    let text = pdf_text(&en);
    assert!(
        text.contains("Progress report") && text.contains("as of 30 June 2027"),
        "{text}"
    );
}

#[test]
fn ics_with_reminders_adds_a_recurring_reading_with_an_alarm_for_each_kpi() {
    let dir = tempfile::tempdir().unwrap();
    let file = example_file(dir.path(), dir.path(), "caradec.json");
    let read = |args: &[&str]| {
        let out = Command::new(CLI)
            .arg("ics")
            .arg(&file)
            .args(["-o", "-"])
            .args(args)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let mut parser = ical::IcalParser::new(std::io::BufReader::new(&out.stdout[..]));
        parser.next().expect("a calendar").expect("it parses")
    };
    let plain = read(&[]);
    let with = read(&["--reminders"]);
    let plan = boussole_core::format::read_file(&file).unwrap();
    let kpis = plan.kpis.iter().filter(|k| k.frequency.is_some()).count();
    assert!(kpis > 0);
    assert_eq!(with.events.len(), plain.events.len() + kpis);
    assert!(plain.events.iter().all(|e| e.alarms.is_empty()));
    let reminders: Vec<_> = with
        .events
        .iter()
        .filter(|e| !e.alarms.is_empty())
        .collect();
    assert_eq!(reminders.len(), kpis);
    let value = |props: &[ical::property::Property], name: &str| {
        props
            .iter()
            .find(|p| p.name == name)
            .and_then(|p| p.value.clone())
    };
    for event in reminders {
        let rule = value(&event.properties, "RRULE").unwrap_or_default();
        assert!(rule.starts_with("FREQ="), "{rule}");
        assert!(
            rule.ends_with(&format!("UNTIL={}1231", plan.company.plan_year)),
            "{rule}"
        );
        assert_eq!(
            value(&event.alarms[0].properties, "ACTION").as_deref(),
            Some("DISPLAY")
        );
    }
}
