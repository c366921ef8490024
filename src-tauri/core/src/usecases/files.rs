//! The use cases on plan files given on the command line, without a library: check a plan, renew
//! it, start one from a trade, write its spreadsheet files, its calendar, its PDF roadmap or its
//! progress report. A plan file may be standard input, and an output standard output, for
//! pipes; no output is ever written onto the plan file it is made from. They share the export code of the library's plans.

use std::path::PathBuf;

use chrono::{DateTime, NaiveDate, Utc};

use super::exports;
use crate::checklist::{self, Report};
use crate::error::{Error, Result};
use crate::format;
use crate::fsutil::{Input, Output};
use crate::plan::{Language, Plan};
use crate::portability::csv::{CsvDialect, Table};
use crate::print::{Paper, PdfChoices, PdfSection, Printer, ReportOptions};
use crate::renew::{self, RenewOptions, ReviewStatus};

/// A plan file's plan and the checklist's verdict on it.
pub struct Checked {
    pub plan: Plan,
    pub report: Report,
}

/// Checks the plan of a plan file as of `today`, in `language` (default: the plan's).
pub fn check(file: &Input, language: Option<Language>, today: NaiveDate) -> Result<Checked> {
    let plan = format::read(file)?.0;
    let language = language.unwrap_or(plan.company.language);
    let report = checklist::report(&plan, today, language);
    Ok(Checked { plan, report })
}

/// A plan file's plan and its figures as of `today` (money in whole currency units, as printed).
pub fn figures(file: &Input, today: NaiveDate) -> Result<(Plan, crate::figures::Figures)> {
    let plan = format::read(file)?.0;
    let figures = crate::figures::of(&plan, today);
    Ok((plan, figures))
}

/// Next year's plan, written from a plan file.
pub struct Renewed {
    pub plan: Plan,
    /// What the renewal carried over.
    pub status: ReviewStatus,
}

/// Writes the plan for `year` renewed from the plan of `file`, following the year-end review it
/// holds (with the decisions of `decisions`, a JSON file of `RenewOptions`, over it), as a plan
/// file to `output`.
pub fn renew(
    file: &Input,
    year: i32,
    decisions: Option<&Input>,
    output: &Output,
    now: DateTime<Utc>,
) -> Result<Renewed> {
    let (previous, read) = format::read(file)?;
    let options = match decisions {
        Some(input) => decisions_file(input)?,
        None => RenewOptions::default(),
    };
    let status = renew::review_status(&previous, &options)?;
    let plan = renew::renew(&previous, year, &options)?;
    format::write(output, &plan, now, &Vec::from_iter(read))?;
    Ok(Renewed { plan, status })
}

/// Writes a new plan, started from a trade (`crate::trades`) or blank, for a company and a year
/// in `language`, as a plan file to `output`.
pub fn new_plan(
    trade: Option<&str>,
    language: Language,
    company: &str,
    year: i32,
    output: &Output,
    now: DateTime<Utc>,
) -> Result<Plan> {
    let plan = match trade {
        Some(trade) => crate::trades::starting_plan(trade, language, company, year)?,
        None => Plan::blank(company.trim(), year, language),
    };
    crate::plan::validate::plan(&plan)?;
    format::write(output, &plan, now, &[])?;
    Ok(plan)
}

/// The largest decisions file read: far more than a thousand decisions with notes.
const MAX_DECISIONS_BYTES: u64 = 4 * 1_048_576;

/// Reads a decisions file: `{"decisions": [{"actionId": 3, "decision": "abandon", "note": "…"}]}`,
/// refused with the place of the mistake when it is not one.
fn decisions_file(input: &Input) -> Result<RenewOptions> {
    let shown = input.shown();
    let opened = crate::fsutil::open(input)?;
    let mut bytes = Vec::new();
    std::io::Read::read_to_end(
        &mut std::io::Read::take(opened.reader, MAX_DECISIONS_BYTES + 1),
        &mut bytes,
    )
    .map_err(|e| Error::io(format!("cannot read {shown}"), e))?;
    if bytes.len() as u64 > MAX_DECISIONS_BYTES {
        return Err(Error::BadFile(format!(
            "{shown} is too large to be a decisions file"
        )));
    }
    serde_json::from_slice(&bytes).map_err(|e| {
        Error::BadFile(format!(
            "{shown} is not a decisions file ({e}); write {{\"decisions\": [{{\"actionId\": 1, \"decision\": \"keep\", \"note\": \"\"}}]}} with keep, correct or abandon"
        ))
    })
}

/// Where the spreadsheet files of a plan go.
pub enum CsvOutput {
    /// The three tables as `actions.csv`, `budget.csv` and `kpis.csv` in a folder (created
    /// when missing).
    Folder(PathBuf),
    /// One table, to a file or standard output.
    Table(Table, Output),
}

/// Writes the actions, budget lines and KPIs of a plan file as CSV files; returns the files
/// written (none for standard output).
pub fn csv(file: &Input, output: &CsvOutput, dialect: CsvDialect) -> Result<Vec<PathBuf>> {
    let (plan, read) = format::read(file)?;
    let inputs = Vec::from_iter(read);
    match output {
        CsvOutput::Folder(folder) => {
            std::fs::create_dir_all(folder)
                .map_err(|e| Error::io(format!("cannot create {}", folder.display()), e))?;
            crate::portability::csv::write_all(&plan, folder, dialect, &inputs)
        }
        CsvOutput::Table(table, output) => {
            let text = table.of(&plan, dialect)?;
            exports::write(output, text.as_bytes(), &inputs)?;
            Ok(match output {
                Output::File(path) => vec![path.clone()],
                Output::Stdout => Vec::new(),
            })
        }
    }
}

/// Writes the actions and milestones of a plan file as a calendar file to `output`; with
/// `reminders`, a recurring reminder for each KPI reading too.
pub fn ics(
    file: &Input,
    output: &Output,
    now: DateTime<Utc>,
    reminders: bool,
) -> Result<exports::Written> {
    let (plan, read) = format::read(file)?;
    let text = crate::portability::ics::calendar(&plan, now, reminders);
    exports::write(output, text.as_bytes(), &Vec::from_iter(read))
}

/// What the command line chooses about a PDF: every section, no logo.
pub struct PdfRequest {
    /// Default: the plan's language.
    pub language: Option<Language>,
    pub paper: Paper,
    pub investor: bool,
}

/// Writes the PDF roadmap of a plan file to `output`.
pub fn pdf(
    file: &Input,
    output: &Output,
    request: PdfRequest,
    printer: &dyn Printer,
    today: NaiveDate,
) -> Result<exports::PdfWritten> {
    let (plan, read) = format::read(file)?;
    let choices = PdfChoices {
        language: request.language.unwrap_or(plan.company.language),
        paper: request.paper,
        investor: request.investor,
        sections: PdfSection::all(),
        logo: None,
    };
    let roadmap = exports::pdf(&plan, choices, printer, today)?;
    let written = exports::write(output, &roadmap.bytes, &Vec::from_iter(read))?;
    Ok(exports::PdfWritten::of(written, roadmap.unprinted))
}

/// What the command line chooses about a progress report.
pub struct ReportRequest {
    /// Default: the plan's language.
    pub language: Option<Language>,
    /// The date the report is drawn up at; default: today.
    pub date: Option<NaiveDate>,
}

/// Writes the progress report of a plan file to `output`.
pub fn report(
    file: &Input,
    output: &Output,
    request: ReportRequest,
    printer: &dyn Printer,
    today: NaiveDate,
) -> Result<exports::PdfWritten> {
    let (plan, read) = format::read(file)?;
    let options = ReportOptions {
        language: request.language.unwrap_or(plan.company.language),
        paper: Paper::default(),
        date: request.date.unwrap_or(today),
        today,
    };
    let report = exports::report(&plan, &options, printer)?;
    let written = exports::write(output, &report.bytes, &Vec::from_iter(read))?;
    Ok(exports::PdfWritten::of(written, report.unprinted))
}
