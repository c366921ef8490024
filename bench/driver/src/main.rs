//! Whole-process benchmarks of Boussole, run by `bench/run.sh` (which builds what they need):
//!
//! - `startup`: launch to the UI's first call into Rust, against a bare Tauri window;
//! - `save`: saving a section from the page (invoke, command, SQLite commit, back to the page);
//! - `load`: loading a plan into the page and rendering the wizard, and listing 500 plans;
//! - `memory`: resident memory with a 1,000-action plan open, and the binary's size;
//! - `pdf`: `boussole pdf` and the in-process render against headless Chromium printing HTML.
//!
//! Each prints a Markdown table, with the load average before and after.

mod html;
mod load;
mod memory;
mod pdf;
mod plans;
mod procs;
mod report;
mod save;
mod session;
mod startup;

use std::path::PathBuf;

/// What every benchmark needs: the binaries under test and a scratch folder.
pub struct Config {
    /// Boussole's release binary.
    pub app: PathBuf,
    /// The `boussole-cli` release binary (`pdf` only).
    pub cli: Option<PathBuf>,
    /// The same binary, not stripped (its size only).
    pub unstripped: Option<PathBuf>,
    /// The bare Tauri window of `bench/bare` (start-up and memory only).
    pub bare: Option<PathBuf>,
    /// Scratch folder for data folders, plan files and PDFs; emptied at start.
    pub work: PathBuf,
    /// Launches of each kind in `startup`, renders in `pdf`.
    pub runs: usize,
    /// Saves per plan size and section in `save`.
    pub edits: usize,
}

const USAGE: &str = "usage: boussole-bench --app BIN --work DIR [--cli BIN] [--bare BIN] [--unstripped BIN] \
                     [--runs N] [--edits N] (startup|save|load|memory|pdf|all)...";

fn main() {
    let (config, benches) = parse_args().unwrap_or_else(|e| {
        eprintln!("{e}\n{USAGE}");
        std::process::exit(2);
    });
    let _ = std::fs::remove_dir_all(&config.work);
    std::fs::create_dir_all(&config.work).expect("create the scratch folder");
    let desktop = procs::Desktop::start();
    for bench in &benches {
        println!("\n## {bench}\n");
        let load = procs::loadavg();
        match bench.as_str() {
            "startup" => startup::run(&config, &desktop),
            "save" => save::run(&config, &desktop),
            "load" => load::run(&config, &desktop),
            "memory" => memory::run(&config, &desktop),
            "pdf" => pdf::run(&config),
            _ => unreachable!("checked by parse_args"),
        }
        println!(
            "\nLoad average (1, 5, 15 min): {load} before, {} after.",
            procs::loadavg()
        );
    }
}

fn parse_args() -> Result<(Config, Vec<String>), String> {
    let mut app = None;
    let mut cli = None;
    let mut unstripped = None;
    let mut bare = None;
    let mut work = None;
    let mut runs = 15;
    let mut edits = 1_000;
    let mut benches = Vec::new();
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        let mut value = || args.next().ok_or(format!("{arg} needs a value"));
        match arg.as_str() {
            "--app" => app = Some(PathBuf::from(value()?)),
            "--cli" => cli = Some(PathBuf::from(value()?)),
            "--unstripped" => unstripped = Some(PathBuf::from(value()?)),
            "--bare" => bare = Some(PathBuf::from(value()?)),
            "--work" => work = Some(PathBuf::from(value()?)),
            "--runs" => runs = value()?.parse().map_err(|e| format!("--runs: {e}"))?,
            "--edits" => edits = value()?.parse().map_err(|e| format!("--edits: {e}"))?,
            "all" => benches.extend(["startup", "save", "load", "memory", "pdf"].map(String::from)),
            "startup" | "save" | "load" | "memory" | "pdf" => benches.push(arg),
            _ => return Err(format!("unknown argument {arg}")),
        }
    }
    if benches.is_empty() {
        return Err("name at least one benchmark".into());
    }
    if bare.is_none() && benches.iter().any(|b| b == "startup" || b == "memory") {
        return Err("startup and memory need --bare".into());
    }
    if cli.is_none() && benches.iter().any(|b| b == "pdf") {
        return Err("pdf needs --cli".into());
    }
    let config = Config {
        app: app.ok_or("--app is required")?,
        cli,
        unstripped,
        bare,
        work: work.ok_or("--work is required")?,
        runs: runs.max(1),
        edits: edits.max(1),
    };
    Ok((config, benches))
}
