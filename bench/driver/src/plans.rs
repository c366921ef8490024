//! The plans measured, put into data folders with Boussole's own CLI: the example plan (as a
//! fresh data folder seeds it) is exported, grown to n actions, and imported.

use std::path::{Path, PathBuf};
use std::process::Command;

use boussole_core::format;
use boussole_core::plan::{ActionId, KpiId, Plan};

/// The plan sizes of the save and load benchmarks.
pub const SIZES: [usize; 3] = [10, 100, 1_000];

/// Runs `boussole --data-dir DIR ARGS...` and returns its standard output.
pub fn cli(app: &Path, data_dir: &Path, args: &[&str]) -> String {
    let out = Command::new(app)
        .arg("--data-dir")
        .arg(data_dir)
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("cannot run {}: {e}", app.display()));
    assert!(
        out.status.success(),
        "boussole {args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// The example plan of a fresh data folder, as `boussole export` writes it, and that file.
pub fn example(app: &Path, work: &Path) -> (Plan, PathBuf) {
    let dir = work.join("example-data");
    let list: serde_json::Value = serde_json::from_str(&cli(app, &dir, &["list", "--json"]))
        .expect("`boussole list --json` prints JSON");
    let id = list[0]["id"]
        .as_i64()
        .expect("a fresh data folder holds the example plan");
    let file = work.join("example.json");
    cli(
        app,
        &dir,
        &["export", &id.to_string(), "-o", path_str(&file)],
    );
    let plan = format::read_file(&file).expect("the exported example plan reads back");
    (plan, file)
}

/// The example plan with its actions repeated up to `actions` and its KPIs up to `actions / 5`
/// (as in the store benchmark, `src-tauri/core/benches/store.rs`), named after its size.
pub fn grown(example: &Plan, actions: usize) -> Plan {
    let mut p = example.clone();
    p.company.name = format!("{} ({actions} actions)", p.company.name);
    p.actions = (0..actions)
        .map(|i| {
            let mut a = example.actions[i % example.actions.len()].clone();
            a.id = ActionId(i as u32 + 1);
            a.title = format!("{} #{i}", a.title);
            a
        })
        .collect();
    p.kpis = (0..(actions / 5).max(1))
        .map(|i| {
            let mut k = example.kpis[i % example.kpis.len()].clone();
            k.id = KpiId(i as u32 + 1);
            k.name = format!("{} #{i}", k.name);
            k
        })
        .collect();
    p
}

/// Imports a plan file with the CLI and returns the new plan's id.
fn import(app: &Path, data_dir: &Path, file: &Path) -> i64 {
    let out = cli(app, data_dir, &["import", path_str(file)]);
    // "Imported plan 7: Biscuiterie Caradec (2027)"
    out.trim()
        .strip_prefix("Imported plan ")
        .and_then(|rest| rest.split(':').next())
        .and_then(|id| id.parse().ok())
        .unwrap_or_else(|| panic!("unexpected output of boussole import: {out}"))
}

/// A data folder holding the example plan and one grown plan per size.
pub struct SizedLibrary {
    pub dir: PathBuf,
    /// (actions, plan id), in the order of `SIZES`.
    pub plans: Vec<(usize, i64)>,
}

impl SizedLibrary {
    pub fn create(app: &Path, work: &Path, name: &str) -> SizedLibrary {
        let (example, _) = example(app, work);
        let dir = work.join(name);
        let plans = SIZES
            .iter()
            .map(|&n| {
                let file = work.join(format!("plan-{n}.json"));
                format::write_file(&file, &grown(&example, n), chrono::Utc::now())
                    .expect("write the plan file");
                (n, import(app, &dir, &file))
            })
            .collect();
        SizedLibrary { dir, plans }
    }
}

/// A data folder holding `count` copies of the example plan (the seeded one and imports).
pub fn big_library(app: &Path, work: &Path, count: usize) -> PathBuf {
    let (_, file) = example(app, work);
    let dir = work.join(format!("library-{count}"));
    cli(app, &dir, &["list"]);
    for _ in 1..count {
        import(app, &dir, &file);
    }
    dir
}

pub fn path_str(path: &Path) -> &str {
    path.to_str().expect("scratch paths are UTF-8")
}
