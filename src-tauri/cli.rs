//! The command line: the same library as the window, no window opened.
//!
//! Each subcommand parses its arguments with clap, makes core calls and prints plain text or
//! JSON. Exit codes: 0 done, 1 refused or failed (the message says why on stderr).

use std::path::{Path, PathBuf};

use boussole_core::format;
use boussole_core::library::Library;
use boussole_core::plan::PlanId;
use boussole_core::store::plans;
use boussole_core::Result;
use clap::{Parser, Subcommand};

/// Boussole: write, check and export your yearly marketing plan. Without a command, opens the app.
#[derive(Debug, Parser)]
#[command(name = "boussole", version)]
pub struct Args {
    /// Folder holding Boussole's data (default: $BOUSSOLE_DATA_DIR, else the system's app-data folder).
    #[arg(long, global = true, value_name = "DIR")]
    pub data_dir: Option<PathBuf>,

    #[command(subcommand)]
    pub command: Option<Command>,
}

/// What to do without opening the window.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// List the plans of the library.
    List {
        /// Print JSON instead of a table.
        #[arg(long)]
        json: bool,
    },
    /// Write a plan of the library to a plan file (JSON).
    Export {
        /// The plan's id, as shown by `boussole list`.
        plan_id: i64,
        /// The file to write.
        #[arg(short, long, value_name = "FILE")]
        output: PathBuf,
    },
    /// Add the plan of a plan file (JSON) to the library.
    Import {
        /// The plan file to read.
        file: PathBuf,
    },
}

/// Runs one subcommand and returns the exit code.
pub fn run(command: Command, data_dir: &Path) -> i32 {
    match execute(command, data_dir) {
        Ok(()) => 0,
        Err(e) => {
            eprintln!("boussole: {e}");
            1
        }
    }
}

fn execute(command: Command, data_dir: &Path) -> Result<()> {
    let library = Library::open(data_dir, chrono::Local::now().date_naive())?;
    match command {
        Command::List { json } => {
            let list = library.with(|c| plans::list(c))?;
            if json {
                println!("{}", serde_json::to_string_pretty(&list).unwrap_or_default());
            } else if list.is_empty() {
                println!("No plans yet.");
            } else {
                println!("{:>4}  {:<40}  {:>4}  Last change", "ID", "Company", "Year");
                for p in list {
                    let changed = p.updated_at.with_timezone(&chrono::Local).format("%Y-%m-%d %H:%M");
                    println!("{:>4}  {:<40}  {:>4}  {changed}", p.id, truncate(&p.company_name, 40), p.plan_year);
                }
            }
        }
        Command::Export { plan_id, output } => {
            let plan = library.with(|c| plans::get(c, PlanId(plan_id)))?.plan;
            format::write_file(&output, &plan, chrono::Utc::now())?;
            println!("Exported plan {plan_id} to {}", output.display());
        }
        Command::Import { file } => {
            let plan = format::read_file(&file)?;
            let id = library.with(|c| plans::create(c, &plan, None))?;
            println!("Imported plan {id}: {} ({})", plan.company.name, plan.company.plan_year);
        }
    }
    Ok(())
}

fn truncate(text: &str, width: usize) -> String {
    if text.chars().count() <= width {
        text.to_string()
    } else {
        let mut cut: String = text.chars().take(width - 1).collect();
        cut.push('…');
        cut
    }
}
