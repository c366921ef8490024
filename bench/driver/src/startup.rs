//! Start-up to interactive: from spawning the process to the line `boussole-ready`, which the app
//! prints when its UI first calls into Rust (`app_info`, with `BOUSSOLE_REPORT_READY=1`), and the
//! bare window when its page calls `ready`. The three kinds of launch take turns within each
//! round, the order reversed every other round, so that a change of load hits them alike.

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use crate::plans::cli;
use crate::procs::{self, Desktop};
use crate::report::{file_size, ms, size, table, verdict, Stats};
use crate::Config;

/// The target: at most 1.2 times the bare window.
const TARGET_RATIO: f64 = 1.2;

/// Launches `binary` and waits until it prints `boussole-ready`; returns the running process and
/// the milliseconds from spawning it to that line.
pub fn launch(binary: &Path, data_dir: Option<&Path>, desktop: &Desktop) -> (Child, f64) {
    let mut command = Command::new(binary);
    if let Some(dir) = data_dir {
        command.arg("--data-dir").arg(dir);
    }
    desktop
        .apply(&mut command)
        .env("BOUSSOLE_REPORT_READY", "1")
        .stdout(Stdio::piped())
        .stderr(Stdio::null());
    let start = Instant::now();
    let mut child = command
        .spawn()
        .unwrap_or_else(|e| panic!("cannot start {}: {e}", binary.display()));
    let stdout = child.stdout.take().expect("the piped stdout");
    let (ready, seen) = mpsc::channel();
    // Reads to the end, so the pipe never fills while the window runs.
    std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines().map_while(Result::ok) {
            if line.trim() == "boussole-ready" {
                let _ = ready.send(Instant::now());
            }
        }
    });
    match seen.recv_timeout(Duration::from_secs(60)) {
        Ok(at) => (child, (at - start).as_secs_f64() * 1e3),
        Err(_) => {
            procs::terminate_tree(&mut child);
            panic!("{} never printed boussole-ready", binary.display());
        }
    }
}

/// The start-up time of one launch; the window and its WebKit processes are stopped after.
fn time_launch(binary: &Path, data_dir: Option<&Path>, desktop: &Desktop) -> f64 {
    let (mut child, elapsed) = launch(binary, data_dir, desktop);
    procs::terminate_tree(&mut child);
    elapsed
}

/// The kinds of launch compared.
enum Launch {
    Bare,
    /// Boussole on a data folder that already holds its database.
    Warm,
    /// Boussole on an empty data folder: creates the database and seeds the example plan.
    First,
}

pub fn run(config: &Config, desktop: &Desktop) {
    let bare_bin = config.bare.as_deref().expect("checked by parse_args");
    let warm_dir = config.work.join("startup-warm");
    // Seeds the warm data folder (example plan, migrations) without a window.
    cli(&config.app, &warm_dir, &["list"]);
    // One untimed launch of each, so that neither pays for a cold page cache or WebKit's first
    // cache files.
    time_launch(bare_bin, None, desktop);
    time_launch(&config.app, Some(&warm_dir), desktop);

    let (mut bare, mut warm, mut first) = (Vec::new(), Vec::new(), Vec::new());
    for round in 0..config.runs {
        let fresh = config.work.join(format!("startup-first-{round}"));
        let mut turns = [Launch::Bare, Launch::Warm, Launch::First];
        if round % 2 == 1 {
            turns.reverse();
        }
        for turn in turns {
            std::thread::sleep(Duration::from_millis(300));
            match turn {
                Launch::Bare => bare.push(time_launch(bare_bin, None, desktop)),
                Launch::Warm => warm.push(time_launch(&config.app, Some(&warm_dir), desktop)),
                Launch::First => first.push(time_launch(&config.app, Some(&fresh), desktop)),
            }
        }
        let _ = std::fs::remove_dir_all(&fresh);
    }

    let bare = Stats::new(bare);
    let rows: Vec<Vec<String>> = [
        ("Bare Tauri 2 window", &bare, false),
        (
            "Boussole, warm start (existing data folder)",
            &Stats::new(warm),
            true,
        ),
        (
            "Boussole, first start (empty data folder: seeds the example)",
            &Stats::new(first),
            true,
        ),
    ]
    .into_iter()
    .map(|(name, stats, judged)| {
        let ratio = stats.median() / bare.median();
        vec![
            name.to_string(),
            ms(stats.median()),
            ms(stats.p95()),
            format!("{ratio:.2}x"),
            if judged {
                verdict(ratio <= TARGET_RATIO).into()
            } else {
                String::new()
            },
        ]
    })
    .collect();
    println!(
        "Launch to the first call into Rust, release builds, Xvfb, {} runs of each (ABAB...).\n",
        bare.len()
    );
    table(
        &["Launch", "Median", "p95", "vs bare", "Target 1.2x"],
        &rows,
    );
    println!(
        "\nBinaries: {} ({}), {} ({}).",
        config.app.display(),
        size(file_size(&config.app)),
        bare_bin.display(),
        size(file_size(bare_bin))
    );
}
