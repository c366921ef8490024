//! The command line: the same library as the window, no window opened. The app's binary runs
//! it when given a command; the `boussole-cli` binary runs only it, without loading the window's
//! libraries (GTK, WebKitGTK), so that it starts in a few milliseconds.
//!
//! Each subcommand parses its arguments with clap, calls one use case of the core and prints
//! its result as plain text or JSON. A plan file given as `-` is read from standard input, and
//! an output given as `-` goes to standard output (the report then goes to standard error). Exit codes: 0 done, 1 refused or failed (the message says why on stderr); `check` has
//! its own: 0 no critical finding, 1 at least one, 2 the file could not be read.

use std::path::{Path, PathBuf};

use boussole_core::checklist;
use boussole_core::clock;
use boussole_core::fsutil::{Input, Output};
use boussole_core::plan::{Language, PlanId};
use boussole_core::portability::csv::Table;
use boussole_core::print::Paper;
use boussole_core::usecases::{files, Library};
use boussole_core::Result;
use clap::{Parser, Subcommand, ValueEnum};

/// The environment variable that overrides the data folder.
pub const DATA_DIR_VAR: &str = "BOUSSOLE_DATA_DIR";

/// The data folder for this run: `--data-dir`, else `BOUSSOLE_DATA_DIR`, else the OS app-data
/// folder. The app and the CLI resolve it the same way, so they always share one library.
pub fn data_dir(flag: Option<PathBuf>) -> PathBuf {
    flag.or_else(|| {
        std::env::var_os(DATA_DIR_VAR)
            .filter(|v| !v.is_empty())
            .map(PathBuf::from)
    })
    .unwrap_or_else(|| {
        dirs::data_dir()
            .unwrap_or_else(|| PathBuf::from("."))
            .join("boussole")
    })
}

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
        /// The file to write, or - for standard output.
        #[arg(short, long, value_name = "FILE")]
        output: PathBuf,
    },
    /// Write every plan of the library as a plan file, into a new dated folder inside DIR.
    ExportAll {
        /// The folder in which the new folder of plan files is made.
        #[arg(short, long, value_name = "DIR")]
        output: PathBuf,
    },
    /// Add the plans of plan files (JSON) to the library; a refused file does not stop the others.
    Import {
        /// The plan files to read (- for standard input).
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
    /// Check a plan file against the common planning mistakes.
    ///
    /// Exits with 0 when there is no critical finding, 1 when there is one, 2 when the file
    /// cannot be read.
    Check {
        /// The plan file to check (- for standard input).
        file: PathBuf,
        /// Print JSON (rule id, severity, title, explanation, location) instead of text.
        #[arg(long)]
        json: bool,
        /// Language of the texts (default: the plan's language).
        #[arg(long, value_enum)]
        lang: Option<Lang>,
    },
    /// Write next year's plan from a plan file, following its year-end review.
    ///
    /// The keep/correct/abandon decisions stored in the plan's year-end review are followed;
    /// --decisions gives others over them. Actions with no decision are carried over, except
    /// cancelled ones; the report says which.
    Renew {
        /// Last year's plan file (- for standard input).
        file: PathBuf,
        /// The year of the new plan.
        #[arg(long)]
        year: i32,
        /// A JSON file of decisions over the stored ones:
        /// {"decisions": [{"actionId": 3, "decision": "abandon", "note": "No effect"}]}.
        #[arg(long, value_name = "FILE")]
        decisions: Option<PathBuf>,
        /// The new plan file to write, or - for standard output.
        #[arg(short, long, value_name = "FILE")]
        output: PathBuf,
    },
    /// Write a plan's actions, budget lines and KPIs as CSV files for a spreadsheet.
    ///
    /// Without --table, OUTPUT is the folder that receives actions.csv, budget.csv and kpis.csv;
    /// with it, the one file to write, or - for standard output.
    Csv {
        /// The plan file (- for standard input).
        file: PathBuf,
        /// The folder to write the three files into; with --table, the file (or -).
        #[arg(short, long, value_name = "OUTPUT")]
        output: PathBuf,
        /// Write only this table.
        #[arg(long, value_enum)]
        table: Option<TableArg>,
        /// For French Excel: `;` separator, decimal comma, UTF-8 with BOM.
        #[arg(long)]
        excel_fr: bool,
    },
    /// Write a plan's actions and milestones as an ICS calendar.
    Ics {
        /// The plan file (- for standard input).
        file: PathBuf,
        /// The calendar file to write, or - for standard output.
        #[arg(short, long, value_name = "FILE")]
        output: PathBuf,
        /// Add a recurring reminder, with an alarm, for each KPI reading (by its frequency).
        #[arg(long)]
        reminders: bool,
    },
    /// Write the PDF roadmap of a plan file, for an investor or a banker.
    Pdf {
        /// The plan file (- for standard input).
        file: PathBuf,
        /// The PDF to write, or - for standard output.
        #[arg(short, long, value_name = "FILE")]
        output: PathBuf,
        /// Language of the document (default: the plan's language).
        #[arg(long, value_enum)]
        lang: Option<Lang>,
        /// Paper size.
        #[arg(long, value_enum, default_value = "a4")]
        paper: PaperArg,
        /// The investor version: hides actual spend and internal notes.
        #[arg(long)]
        investor: bool,
    },
    /// Write the progress report of a plan file at a date: a short PDF for a banker or a partner.
    ///
    /// Each objective and KPI against its trajectory (expected at the date and measured), spend
    /// against what was planned by the date and against the envelope, the actions late and done,
    /// and the adjustments noted. Readings and adjustments dated after the date are left out.
    Report {
        /// The plan file (- for standard input).
        file: PathBuf,
        /// The PDF to write, or - for standard output.
        #[arg(short, long, value_name = "FILE")]
        output: PathBuf,
        /// The date of the report, YYYY-MM-DD (default: today).
        #[arg(long, value_name = "YYYY-MM-DD")]
        date: Option<chrono::NaiveDate>,
        /// Language of the document (default: the plan's language).
        #[arg(long, value_enum)]
        lang: Option<Lang>,
    },
    /// Print a plan file's figures: the budget in total and by quarter, channel, lever and
    /// objective, each objective's and KPI's progress and pace, and the actions by status.
    ///
    /// The same figures as the window, the PDF and the CSV print (amounts in whole currency
    /// units, parts adding up to their total).
    Figures {
        /// The plan file ("-" reads standard input).
        file: PathBuf,
        /// Print JSON instead of text.
        #[arg(long)]
        json: bool,
        /// Language of the text (default: the plan's language).
        #[arg(long, value_enum)]
        lang: Option<Lang>,
    },
    /// List the trades a new plan can start from: a complete, bilingual starting plan each.
    Trades {
        /// Print JSON (id, name, summary, where the envelope's share comes from) instead of text.
        #[arg(long)]
        json: bool,
        /// Language of the names and summaries.
        #[arg(long, value_enum, default_value = "fr")]
        lang: Lang,
    },
    /// Start a new plan, from a trade (see `boussole trades`) or blank: written to a plan file
    /// with -o, else added to the library.
    New {
        /// The trade to start from; without it, the plan is blank.
        #[arg(long, value_name = "ID")]
        trade: Option<String>,
        /// The company's name.
        #[arg(long)]
        company: String,
        /// The year of the plan.
        #[arg(long)]
        year: i32,
        /// The plan file to write, or - for standard output (default: add it to the library).
        #[arg(short, long, value_name = "FILE")]
        output: Option<PathBuf>,
        /// Language of the plan.
        #[arg(long, value_enum, default_value = "fr")]
        lang: Lang,
    },
    /// List every rule of the checklist with its explanation.
    Rules {
        /// Print JSON instead of text.
        #[arg(long)]
        json: bool,
        /// Language of the texts.
        #[arg(long, value_enum, default_value = "fr")]
        lang: Lang,
    },
}

/// One table of the spreadsheet files.
#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum TableArg {
    Actions,
    Budget,
    Kpis,
}

impl From<TableArg> for Table {
    fn from(table: TableArg) -> Table {
        match table {
            TableArg::Actions => Table::Actions,
            TableArg::Budget => Table::Budget,
            TableArg::Kpis => Table::Kpis,
        }
    }
}

/// A paper size.
#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum PaperArg {
    A4,
    Letter,
}

/// A language of the texts.
#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum Lang {
    Fr,
    En,
}

impl From<Lang> for Language {
    fn from(lang: Lang) -> Language {
        match lang {
            Lang::Fr => Language::Fr,
            Lang::En => Language::En,
        }
    }
}

/// Runs one subcommand and returns the exit code.
pub fn run(command: Command, data_dir: &Path) -> i32 {
    stop_quietly_on_closed_pipe();
    if clock::check().is_err() {
        return refuse_bad_clock();
    }
    // These two read no library: they work on a file or on the rules alone.
    match command {
        Command::Check { file, json, lang } => return check(&file, json, lang),
        Command::Rules { json, lang } => return list_rules(json, lang.into()),
        Command::Trades { json, lang } => return report_result(list_trades(json, lang.into())),
        Command::New {
            trade,
            company,
            year,
            output: Some(output),
            lang,
        } => {
            return report_result(new_file(
                trade.as_deref(),
                &company,
                year,
                &output,
                lang.into(),
            ))
        }
        Command::Figures { file, json, lang } => return report_result(figures(&file, json, lang)),
        Command::Renew {
            file,
            year,
            decisions,
            output,
        } => return report_result(renew(&file, year, decisions.as_deref(), &output)),
        Command::Csv {
            file,
            output,
            table,
            excel_fr,
        } => return report_result(csv(&file, &output, table, excel_fr)),
        Command::Ics {
            file,
            output,
            reminders,
        } => return report_result(ics(&file, &output, reminders)),
        Command::Pdf {
            file,
            output,
            lang,
            paper,
            investor,
        } => return report_result(pdf(&file, &output, lang, paper, investor)),
        Command::Report {
            file,
            output,
            date,
            lang,
        } => return report_result(progress_report(&file, &output, date, lang)),
        _ => {}
    }
    match execute(command, data_dir) {
        Ok(()) => 0,
        Err(e) => {
            eprintln!("boussole: {}", plain(&e));
            1
        }
    }
}

/// `boussole rules | head` ends like any Unix tool when `head` stops reading, instead of
/// panicking on the next line written (Rust ignores SIGPIPE by default).
fn stop_quietly_on_closed_pipe() {
    #[cfg(unix)]
    // SAFETY: called before any thread is started by the command; it only restores the default
    // disposition of SIGPIPE, which ends the process when it writes to a closed pipe.
    unsafe {
        libc::signal(libc::SIGPIPE, libc::SIG_DFL);
    }
}

fn today() -> chrono::NaiveDate {
    clock::today()
}

fn execute(command: Command, data_dir: &Path) -> Result<()> {
    let library = Library::open(data_dir, today())?;
    match command {
        Command::List { json } => {
            let list = library.list()?;
            if json {
                println!("{}", to_json(&list));
            } else if list.is_empty() {
                println!("No plans yet.");
            } else {
                println!("{:>4}  {:<40}  {:>4}  Last change", "ID", "Company", "Year");
                for p in list {
                    let changed = p
                        .updated_at
                        .with_timezone(&chrono::Local)
                        .format("%Y-%m-%d %H:%M");
                    println!(
                        "{:>4}  {:<40}  {:>4}  {changed}",
                        p.id,
                        truncate(&plain(&p.company_name), 40),
                        p.plan_year
                    );
                }
            }
        }
        Command::Export { plan_id, output } => {
            let output = Output::from_arg(&output);
            library.export_plan(PlanId(plan_id), &output, clock::now())?;
            report(
                &output,
                &format!("Exported plan {plan_id} to {}", plain(output.shown())),
            );
        }
        Command::ExportAll { output } => {
            let done = library.export_all(&output, clock::now())?;
            println!(
                "Exported {} plans to {}",
                done.files.len(),
                plain(done.folder.display())
            );
        }
        Command::Import { files } => {
            let mut refused = 0;
            for file in &files {
                match library.import(&Input::from_arg(file), today()) {
                    Ok(done) => {
                        println!(
                            "Imported plan {}: {} ({})",
                            done.plan_id,
                            plain(&done.company_name),
                            done.plan_year
                        );
                        if done.new_identity {
                            println!(
                                "  This plan was already in the library: the copy got a new identity."
                            );
                        }
                    }
                    Err(e) => {
                        refused += 1;
                        eprintln!("boussole: {}: {}", plain(file.display()), plain(&e));
                    }
                }
            }
            if refused > 0 {
                return Err(boussole_core::Error::BadFile(format!(
                    "{refused} of {} files were not imported",
                    files.len()
                )));
            }
        }
        Command::New {
            trade,
            company,
            year,
            output: None,
            lang,
        } => {
            let language = lang.into();
            let id = match &trade {
                Some(trade) => {
                    library.create_from_trade(trade, &company, year, language, today())?
                }
                None => library.create_blank(&company, year, language, today())?,
            };
            println!(
                "Added plan {id}: {} ({year}){}",
                plain(company.trim()),
                trade
                    .map(|t| format!(", started from the trade {}", plain(&t)))
                    .unwrap_or_default()
            );
        }
        Command::Check { .. }
        | Command::New {
            output: Some(_), ..
        }
        | Command::Trades { .. }
        | Command::Figures { .. }
        | Command::Rules { .. }
        | Command::Renew { .. }
        | Command::Csv { .. }
        | Command::Ics { .. }
        | Command::Pdf { .. }
        | Command::Report { .. } => {}
    }
    Ok(())
}

/// Says why `BOUSSOLE_TODAY` cannot be used and returns the exit code of a usage error: every
/// figure and rule depends on the date, so none is worked out on a date that could not be read.
pub fn refuse_bad_clock() -> i32 {
    if let Err(e) = clock::check() {
        eprintln!("boussole: {}", plain(&e));
    }
    2
}

fn report_result(result: Result<()>) -> i32 {
    match result {
        Ok(()) => 0,
        Err(e) => {
            eprintln!("boussole: {}", plain(&e));
            1
        }
    }
}

/// Prints what a command did: on standard output, unless its output went there.
fn report(output: &Output, line: &str) {
    match output {
        Output::Stdout => eprintln!("{line}"),
        Output::File(_) => println!("{line}"),
    }
}

fn renew(file: &Path, year: i32, decisions: Option<&Path>, output: &Path) -> Result<()> {
    let output = Output::from_arg(output);
    let decisions = decisions.map(Input::from_arg);
    let files::Renewed { plan, status } = files::renew(
        &Input::from_arg(file),
        year,
        decisions.as_ref(),
        &output,
        clock::now(),
    )?;
    report(
        &output,
        &format!(
            "Wrote the {year} plan of {} to {}: {} actions, {} objectives (as drafts), {} KPIs.",
            plain(&plan.company.name),
            plain(output.shown()),
            plan.actions.len(),
            status.objectives_carried,
            status.kpis_carried
        ),
    );
    let left = status.outcomes.iter().filter(|o| !o.carried).count();
    if left > 0 {
        report(
            &output,
            &format!(
                "{left} of last year's actions {} not carried (abandoned, or cancelled and not kept).",
                if left == 1 { "was" } else { "were" }
            ),
        );
    }
    if status.carried_by_default > 0 {
        report(
            &output,
            &format!(
                "{} of last year's actions had no keep/correct/abandon decision and were carried over as they were.",
                status.carried_by_default
            ),
        );
    }
    for dated in &status.dated_titles {
        report(
            &output,
            &format!(
                "The {} \"{}\" still says {}: update it in the new plan.",
                dated.kind,
                plain(&dated.title),
                dated.year
            ),
        );
    }
    Ok(())
}

fn csv(file: &Path, output: &Path, table: Option<TableArg>, excel_fr: bool) -> Result<()> {
    use boussole_core::portability::csv::CsvDialect;
    let dialect = if excel_fr {
        CsvDialect::French
    } else {
        CsvDialect::English
    };
    let output =
        match (table, Output::from_arg(output)) {
            (Some(table), output) => files::CsvOutput::Table(table.into(), output),
            (None, Output::File(folder)) => files::CsvOutput::Folder(folder),
            (None, Output::Stdout) => return Err(boussole_core::Error::invalid(
                "--table",
                "standard output holds one table: say which with --table actions, budget or kpis",
            )),
        };
    for path in files::csv(&Input::from_arg(file), &output, dialect)? {
        println!("Wrote {}", plain(path.display()));
    }
    Ok(())
}

fn pdf(
    file: &Path,
    output: &Path,
    lang: Option<Lang>,
    paper: PaperArg,
    investor: bool,
) -> Result<()> {
    let request = files::PdfRequest {
        language: lang.map(Language::from),
        paper: match paper {
            PaperArg::A4 => Paper::A4,
            PaperArg::Letter => Paper::Letter,
        },
        investor,
    };
    let output = Output::from_arg(output);
    let input = Input::from_arg(file);
    let written = files::pdf(&input, &output, request, &boussole_pdf::Printer, today())?;
    report(
        &output,
        &format!(
            "Wrote the roadmap to {} ({} KB)",
            plain(output.shown()),
            written.bytes.div_ceil(1024)
        ),
    );
    unprinted(&output, written.unprinted);
    Ok(())
}

/// Says how many characters of a PDF no font could print, if any (on standard error when the
/// PDF went to standard output).
fn unprinted(output: &Output, count: u32) {
    match count {
        0 => {}
        1 => report(output, "1 character could not be printed (no font on this computer has it): it shows as �."),
        n => report(output, &format!("{n} characters could not be printed (no font on this computer has them): they show as �.")),
    }
}

fn progress_report(
    file: &Path,
    output: &Path,
    date: Option<chrono::NaiveDate>,
    lang: Option<Lang>,
) -> Result<()> {
    let request = files::ReportRequest {
        language: lang.map(Language::from),
        date,
    };
    let output = Output::from_arg(output);
    let input = Input::from_arg(file);
    let written = files::report(&input, &output, request, &boussole_pdf::Printer, today())?;
    let date = date.unwrap_or_else(today);
    report(
        &output,
        &format!(
            "Wrote the progress report as of {date} to {} ({} KB)",
            plain(output.shown()),
            written.bytes.div_ceil(1024)
        ),
    );
    unprinted(&output, written.unprinted);
    Ok(())
}

fn ics(file: &Path, output: &Path, reminders: bool) -> Result<()> {
    let output = Output::from_arg(output);
    files::ics(&Input::from_arg(file), &output, clock::now(), reminders)?;
    report(
        &output,
        &format!("Wrote the calendar to {}", plain(output.shown())),
    );
    Ok(())
}

fn to_json(value: &impl serde::Serialize) -> String {
    serde_json::to_string_pretty(value).unwrap_or_default()
}

fn check(file: &Path, json: bool, lang: Option<Lang>) -> i32 {
    let files::Checked { plan, report } =
        match files::check(&Input::from_arg(file), lang.map(Language::from), today()) {
            Ok(checked) => checked,
            Err(e) => {
                eprintln!("boussole: {}", plain(&e));
                return 2;
            }
        };
    if json {
        println!("{}", to_json(&report));
    } else {
        let fr = report.language == Language::Fr;
        println!("{} · {}", plain(&plan.company.name), plan.company.plan_year);
        println!(
            "{} {}/100",
            if fr {
                "Score de préparation :"
            } else {
                "Readiness score:"
            },
            report.score
        );
        println!("{}", plain(&report.score_formula));
        if report.findings.is_empty() {
            println!(
                "{}",
                if fr {
                    "Aucun problème trouvé."
                } else {
                    "No problem found."
                }
            );
        }
        let (steering, quality): (Vec<_>, Vec<_>) = report
            .findings
            .iter()
            .partition(|f| f.family == checklist::Family::Steering);
        for f in quality {
            print_finding(f, report.language);
        }
        if !steering.is_empty() {
            let date = boussole_core::labels::day(today(), report.language);
            let family = checklist::Family::Steering.label(report.language);
            if fr {
                println!("\n== {family} au {date} (hors score) ==");
            } else {
                println!("\n== {family} as of {date} (not in the score) ==");
            }
            for f in steering {
                print_finding(f, report.language);
            }
        }
    }
    if report.counts.critical > 0 {
        1
    } else {
        0
    }
}

/// Prints one finding of `boussole check`: its severity, title, rule and explanation.
fn print_finding(f: &checklist::FindingView, language: Language) {
    let fr = language == Language::Fr;
    let severity = f.severity.label(language).to_uppercase();
    let dismissed = match (f.dismissed, f.to_do, fr) {
        (true, _, true) => " (écarté)",
        (true, _, false) => " (dismissed)",
        // At a step not visited in the app yet: what is left to write.
        (false, true, true) => " (à faire)",
        (false, true, false) => " (to do)",
        (false, false, _) => "",
    };
    println!(
        "\n[{severity}] {}{dismissed}  ({})",
        plain(&f.title),
        f.rule_id.as_str()
    );
    println!("    {}", plain(&f.explanation));
}

fn list_trades(json: bool, language: Language) -> Result<()> {
    let trades = boussole_core::trades::list(language)?;
    if json {
        println!("{}", to_json(&trades));
        return Ok(());
    }
    for t in trades {
        println!("{:<12}  {}", plain(&t.id), plain(&t.name));
        println!("    {}", plain(&t.summary));
    }
    Ok(())
}

fn new_file(
    trade: Option<&str>,
    company: &str,
    year: i32,
    output: &Path,
    language: Language,
) -> Result<()> {
    let output = Output::from_arg(output);
    let plan = files::new_plan(trade, language, company, year, &output, clock::now())?;
    report(
        &output,
        &format!(
            "Wrote the {year} plan of {} to {}: {} actions, {} objectives, {} example figures to confirm.",
            plain(&plan.company.name),
            plain(output.shown()),
            plan.actions.len(),
            plan.objectives.len(),
            plan.start.example_figures.len()
        ),
    );
    Ok(())
}

fn list_rules(json: bool, language: Language) -> i32 {
    let rules = checklist::rules();
    if json {
        let list: Vec<_> = rules
            .iter()
            .map(|r| {
                serde_json::json!({
                    "id": r.id.as_str(),
                    "severity": r.severity,
                    "family": r.family,
                    "step": r.step,
                    "title": r.title.get(language),
                    "explanation": r.explanation.get(language),
                })
            })
            .collect();
        println!("{}", to_json(&list));
    } else {
        for r in rules {
            println!(
                "{}  [{}]  {}",
                r.id.as_str(),
                r.severity.label(language),
                plain(r.title.get(language))
            );
            println!("    {}", plain(r.explanation.get(language)));
        }
    }
    0
}

/// `text` as one line a terminal shows as written: control characters (a line break that would
/// print a fake row of `list`, an escape sequence), the line and paragraph separators and the
/// bidirectional controls (which reorder what follows, U+202E "right-to-left override") are
/// written as escapes such as `\n` and `\u{202e}`. Every text from a plan, a file name or a
/// message goes through it before it is printed.
fn figures(file: &Path, json: bool, lang: Option<Lang>) -> Result<()> {
    use boussole_core::figures::ObjectiveMeasure;
    use boussole_core::labels::{money, percent, Term};
    let (plan, figures) = files::figures(&Input::from_arg(file), today())?;
    if json {
        println!("{}", to_json(&figures));
        return Ok(());
    }
    let language = lang.map_or(plan.company.language, Language::from);
    let term = |t: Term| t.label(language);
    let fr = language == Language::Fr;
    let currency = &plan.company.currency;
    let amount = |m| money(m, currency, language);
    let b = &figures.budget;
    println!("{} · {}", plain(&plan.company.name), plan.company.plan_year);
    println!("\nBudget");
    println!(
        "  {:<34} {:>14}",
        term(Term::Planned),
        amount(b.total.planned)
    );
    println!(
        "  {:<34} {:>14}",
        term(Term::Actual),
        amount(b.total.actual)
    );
    if let (Some(envelope), Some(remaining)) = (b.envelope, b.remaining) {
        println!("  {:<34} {:>14}", term(Term::Envelope), amount(envelope));
        let label = if remaining.cents() < 0 {
            Term::OverBy
        } else {
            Term::Remaining
        };
        println!(
            "  {:<34} {:>14}",
            term(label),
            amount(boussole_core::plan::Money(remaining.cents().abs()))
        );
    }
    let row = |label: String, planned, actual| {
        println!(
            "  {:<34} {:>14} {:>14}",
            plain(label),
            amount(planned),
            amount(actual)
        );
    };
    println!(
        "\n  {:<34} {:>14} {:>14}",
        if fr { "Par trimestre" } else { "By quarter" },
        term(Term::Planned),
        term(Term::Actual)
    );
    for (q, a) in b.quarters.iter().enumerate() {
        row(
            format!(
                "{}{} {}",
                term(Term::Quarter),
                q + 1,
                plan.company.plan_year
            ),
            a.planned,
            a.actual,
        );
    }
    for (a, t) in [
        (b.other_years, Term::OtherYears),
        (b.undated, Term::Undated),
    ] {
        if a.planned.cents() != 0 || a.actual.cents() != 0 {
            row(term(t).to_string(), a.planned, a.actual);
        }
    }
    println!("\n  {}", if fr { "Par canal" } else { "By channel" });
    for s in &b.by_channel {
        let label = s.key.map_or(term(Term::NoChannel), |c| c.label(language));
        row(label.to_string(), s.planned, s.actual);
    }
    println!("\n  {}", if fr { "Par levier" } else { "By lever" });
    for s in &b.by_lever {
        let label = s.key.map_or(term(Term::NoLever), |l| l.label(language));
        row(label.to_string(), s.planned, s.actual);
    }
    println!("\n  {}", if fr { "Par objectif" } else { "By objective" });
    for s in &b.by_objective {
        let label = s
            .key
            .and_then(|id| plan.objectives.iter().find(|o| o.id == id))
            .map_or_else(
                || term(Term::NoObjective).to_string(),
                |o| truncate(&o.title, 28),
            );
        row(label, s.planned, s.actual);
    }
    println!("\n{}", if fr { "Objectifs" } else { "Objectives" });
    for (objective, f) in plan.objectives.iter().zip(&figures.objectives) {
        let state = match &f.measure {
            ObjectiveMeasure::Measured { progress, pace, .. } => {
                format!(
                    "{} · {}",
                    percent(*progress, language),
                    pace.label(language)
                )
            }
            ObjectiveMeasure::NotComparable { units } => {
                format!("{} ({})", term(Term::NotComparable), units.join(", "))
            }
            _ => "—".to_string(),
        };
        println!(
            "  {:<40} {}",
            plain(truncate(&objective.title, 40)),
            plain(state)
        );
    }
    println!("\n{}", if fr { "Indicateurs" } else { "KPIs" });
    for (kpi, f) in plan.kpis.iter().zip(&figures.kpis) {
        let progress = f
            .progress
            .map_or_else(|| "—".to_string(), |p| percent(p, language));
        println!(
            "  {:<40} {:>7} · {}",
            plain(truncate(&kpi.name, 40)),
            progress,
            f.pace.label(language)
        );
    }
    let a = &figures.actions;
    println!(
        "\nActions: {} · {} {} · {} {} · {} {} · {} {}",
        a.total,
        a.planned,
        boussole_core::plan::ActionStatus::Planned.label(language),
        a.in_progress,
        boussole_core::plan::ActionStatus::InProgress.label(language),
        a.done,
        boussole_core::plan::ActionStatus::Done.label(language),
        a.cancelled,
        boussole_core::plan::ActionStatus::Cancelled.label(language),
    );
    if !a.overdue.is_empty() {
        println!(
            "{}: {}",
            if fr { "En retard" } else { "Overdue" },
            a.overdue.len()
        );
    }
    Ok(())
}

fn plain(text: impl std::fmt::Display) -> String {
    let text = text.to_string();
    if !text.chars().any(must_escape) {
        return text;
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if must_escape(c) => out.push_str(&format!("\\u{{{:04x}}}", u32::from(c))),
            c => out.push(c),
        }
    }
    out
}

/// Whether a character would change how a terminal shows the rest of the line.
fn must_escape(c: char) -> bool {
    c.is_control() // Unicode category Cc: C0, DEL, C1
        || matches!(
            c,
            '\u{2028}' | '\u{2029}' // line and paragraph separators
                | '\u{202a}'..='\u{202e}' // embeddings and overrides
                | '\u{2066}'..='\u{2069}' // isolates
                | '\u{200e}' | '\u{200f}' | '\u{061c}' // directional marks
        )
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

#[cfg(test)]
mod tests {
    use super::plain;

    #[test]
    fn what_could_forge_or_reorder_a_line_is_escaped_and_the_rest_kept() {
        assert_eq!(
            plain("Café Lune · 2027 — 東京 مرحبا"),
            "Café Lune · 2027 — 東京 مرحبا"
        );
        assert_eq!(
            plain("Acme\n   2  Fake Row\r\t\u{1b}[31m"),
            "Acme\\n   2  Fake Row\\r\\t\\u{001b}[31m"
        );
        for (c, shown) in [
            ('\u{0}', "\\u{0000}"),
            ('\u{7f}', "\\u{007f}"),
            ('\u{85}', "\\u{0085}"),
            ('\u{2028}', "\\u{2028}"),
            ('\u{2029}', "\\u{2029}"),
            ('\u{202a}', "\\u{202a}"),
            ('\u{202e}', "\\u{202e}"),
            ('\u{2066}', "\\u{2066}"),
            ('\u{2069}', "\\u{2069}"),
            ('\u{200e}', "\\u{200e}"),
            ('\u{200f}', "\\u{200f}"),
            ('\u{61c}', "\\u{061c}"),
        ] {
            assert_eq!(plain(format!("a{c}b")), format!("a{shown}b"), "{c:?}");
        }
        // Joiners and the like change no order: they stay (emoji and Arabic need them).
        assert_eq!(plain("👩\u{200d}🍳"), "👩\u{200d}🍳");
    }
}
