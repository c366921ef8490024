//! The use cases on plan files given on the command line, without a library: check a plan, renew
//! it, write its spreadsheet files, its calendar or its PDF roadmap. They share the export code
//! of the library's plans.

use std::path::{Path, PathBuf};

use chrono::{DateTime, NaiveDate, Utc};

use super::exports;
use crate::checklist::{self, Report};
use crate::error::{Error, Result};
use crate::format;
use crate::plan::{Language, Plan};
use crate::portability::csv::CsvDialect;
use crate::print::{Paper, PdfChoices, PdfSection, Printer};
use crate::renew::{self, RenewOptions, ReviewStatus};

/// A plan file's plan and the checklist's verdict on it.
pub struct Checked {
    pub plan: Plan,
    pub report: Report,
}

/// Checks the plan of a plan file as of `today`, in `language` (default: the plan's).
pub fn check(file: &Path, language: Option<Language>, today: NaiveDate) -> Result<Checked> {
    let plan = format::read_file(file)?;
    let language = language.unwrap_or(plan.company.language);
    let report = checklist::report(&plan, today, language);
    Ok(Checked { plan, report })
}

/// Next year's plan, written from a plan file.
pub struct Renewed {
    pub plan: Plan,
    /// What the renewal carried over.
    pub status: ReviewStatus,
}

/// Writes the plan for `year` renewed from the plan of `file`, following the review it holds,
/// as a plan file at `output`.
pub fn renew(file: &Path, year: i32, output: &Path, now: DateTime<Utc>) -> Result<Renewed> {
    let previous = format::read_file(file)?;
    let options = RenewOptions::default();
    let status = renew::review_status(&previous, &options)?;
    let plan = renew::renew(&previous, year, &options)?;
    format::write_file(output, &plan, now)?;
    Ok(Renewed { plan, status })
}

/// Writes the actions, budget lines and KPIs of a plan file as CSV files into `folder` (created
/// when missing); returns the files written.
pub fn csv(file: &Path, folder: &Path, dialect: CsvDialect) -> Result<Vec<PathBuf>> {
    let plan = format::read_file(file)?;
    std::fs::create_dir_all(folder)
        .map_err(|e| Error::io(format!("cannot create {}", folder.display()), e))?;
    crate::portability::csv::write_all(&plan, folder, dialect)
}

/// Writes the actions and milestones of a plan file as a calendar file at `output`.
pub fn ics(file: &Path, output: &Path, now: DateTime<Utc>) -> Result<exports::Written> {
    exports::calendar(&format::read_file(file)?, output, now)
}

/// What the command line chooses about a PDF: every section, no logo.
pub struct PdfRequest {
    /// Default: the plan's language.
    pub language: Option<Language>,
    pub paper: Paper,
    pub investor: bool,
}

/// Writes the PDF roadmap of a plan file at `output`.
pub fn pdf(
    file: &Path,
    output: &Path,
    request: PdfRequest,
    printer: &dyn Printer,
    today: NaiveDate,
) -> Result<exports::PdfWritten> {
    let plan = format::read_file(file)?;
    let choices = PdfChoices {
        language: request.language.unwrap_or(plan.company.language),
        paper: request.paper,
        investor: request.investor,
        sections: PdfSection::all(),
        logo: None,
    };
    exports::pdf(&plan, output, choices, printer, today)
}
