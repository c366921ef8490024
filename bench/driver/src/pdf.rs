//! The PDF roadmap against the usual alternative, headless Chromium printing an HTML page of the
//! same plan. Whole processes on both sides: `boussole-cli pdf plan.json` (and `boussole pdf`,
//! the same command from the app's binary, which loads GTK and WebKitGTK) against
//! `chromium --headless --print-to-pdf plan.html`; and the in-process render
//! (`boussole_pdf::render`, what the app's export runs) for reference. The plans are those of the
//! in-process benchmark (`src-tauri/pdf/benches/render.rs`): the example plan and 150 actions.

#[path = "../../../src-tauri/pdf/tests/common/mod.rs"]
mod common;

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Instant;

use boussole_core::format;
use boussole_core::print::PdfOptions;
use boussole_pdf::render;

use crate::html;
use crate::plans::path_str;
use crate::report::{file_size, ms, size, table, verdict, Stats};
use crate::Config;

/// The target: Boussole at least 20 times faster than the Chromium route.
const TARGET_SPEED_UP: f64 = 20.0;

/// In-process renders timed per plan (they are short).
const RENDERS: usize = 30;

/// Runs a command to completion and returns its wall-clock time in milliseconds.
fn time_process(command: &mut Command) -> f64 {
    let start = Instant::now();
    let status = command
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .unwrap_or_else(|e| panic!("cannot run {command:?}: {e}"));
    let elapsed = start.elapsed().as_secs_f64() * 1e3;
    assert!(status.success(), "{command:?} failed");
    elapsed
}

/// `runs` timed runs of a command, after one untimed run.
fn time_runs(runs: usize, mut command: impl FnMut() -> Command) -> Stats {
    time_process(&mut command());
    Stats::new((0..runs).map(|_| time_process(&mut command())).collect())
}

/// CPU time of this thread in milliseconds, from the scheduler's statistics.
fn cpu_ms() -> f64 {
    std::fs::read_to_string("/proc/thread-self/schedstat")
        .ok()
        .and_then(|s| s.split_whitespace().next()?.parse::<f64>().ok())
        .map_or(f64::NAN, |ns| ns / 1e6)
}

/// Headless Chromium printing `page` to `pdf`, with its profile in `profile`.
fn chromium(profile: &Path, pdf: &Path, page: &Path) -> Command {
    let mut c = Command::new("chromium");
    c.args([
        "--headless",
        "--disable-gpu",
        "--no-sandbox",
        "--no-pdf-header-footer",
    ])
    .arg(format!("--user-data-dir={}", path_str(profile)))
    .arg(format!("--print-to-pdf={}", path_str(pdf)))
    .arg(format!("file://{}", path_str(page)));
    c
}

fn pages(pdf: &Path) -> String {
    common::info(pdf, "Pages")
}

pub fn run(config: &Config) {
    let cli_binary = config.cli.as_deref().expect("pdf needs --cli");
    let dir = config.work.join("pdf");
    std::fs::create_dir_all(&dir).expect("create the PDF folder");
    let profile = dir.join("chromium-profile");
    let mut rows = Vec::new();
    for (name, slug, plan) in [
        ("Example plan", "example", common::example()),
        ("150 actions", "actions-150", common::plan_with_actions(150)),
    ] {
        let json = dir.join(format!("{slug}.json"));
        let page = dir.join(format!("{slug}.html"));
        let ours = dir.join(format!("{slug}.pdf"));
        let theirs = dir.join(format!("{slug}-chromium.pdf"));
        format::write_file(&json, &plan, chrono::Utc::now()).expect("write the plan file");
        std::fs::write(&page, html::document(&plan)).expect("write the HTML page");

        let options = PdfOptions::for_plan(&plan, common::today());
        render(&plan, &options).expect("the plan renders");
        let cpu_start = cpu_ms();
        let in_process = Stats::new(
            (0..RENDERS)
                .map(|_| {
                    let start = Instant::now();
                    std::hint::black_box(render(&plan, &options).expect("the plan renders"));
                    start.elapsed().as_secs_f64() * 1e3
                })
                .collect(),
        );
        let cpu = (cpu_ms() - cpu_start) / RENDERS as f64;

        let pdf_by = |binary: &Path| {
            time_runs(config.runs, || {
                let mut c = Command::new(binary);
                c.args(["pdf", path_str(&json), "-o", path_str(&ours)]);
                c
            })
        };
        let app = pdf_by(&config.app);
        let cli = pdf_by(cli_binary);
        let chromium = time_runs(config.runs, || chromium(&profile, &theirs, &page));
        let speed_up = chromium.median() / cli.median();
        rows.push(vec![
            name.to_string(),
            format!("{} p., {}", pages(&ours), size(file_size(&ours))),
            format!("{} p., {}", pages(&theirs), size(file_size(&theirs))),
            format!("{} ({} CPU)", ms(in_process.median()), ms(cpu)),
            ms(cli.median()),
            ms(app.median()),
            ms(chromium.median()),
            format!("{speed_up:.1}x"),
            format!("{:.0}x", chromium.median() / in_process.median()),
            verdict(speed_up >= TARGET_SPEED_UP).into(),
        ]);
    }
    println!(
        "Medians: {RENDERS} in-process renders; {} runs of each whole process (after one untimed).\n",
        config.runs
    );
    table(
        &[
            "Plan",
            "Boussole PDF",
            "Chromium PDF",
            "In-process render",
            "`boussole-cli pdf`",
            "`boussole pdf` (app binary)",
            "Chromium",
            "Chromium / `boussole-cli pdf`",
            "Chromium / in-process",
            "Target 20x",
        ],
        &rows,
    );
    // What each side costs before doing any work: a command loads the binary and the libraries
    // it links (the app's binary: GTK, WebKitGTK...); Chromium starts its browser and prints a
    // page of one line.
    let version_of = |binary: &Path| {
        time_runs(config.runs, || {
            let mut c = Command::new(binary);
            c.arg("--version");
            c
        })
    };
    let (cli_floor, app_floor) = (version_of(cli_binary), version_of(&config.app));
    let blank = dir.join("blank.html");
    std::fs::write(&blank, "<!doctype html><p>Boussole</p>").expect("write the one-line page");
    let chromium_floor = time_runs(config.runs, || {
        chromium(&profile, &dir.join("blank.pdf"), &blank)
    });
    println!(
        "\nProcess floors (medians): `boussole-cli --version` {}; `boussole --version` {}; \
         Chromium printing a one-line page {}. {}",
        ms(cli_floor.median()),
        ms(app_floor.median()),
        ms(chromium_floor.median()),
        Command::new("chromium")
            .arg("--version")
            .output()
            .map(|out| String::from_utf8_lossy(&out.stdout).trim().to_string())
            .unwrap_or_default()
    );
}
