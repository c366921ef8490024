//! Writing a plan out: as a plan file, as spreadsheet files, as a calendar, as a PDF roadmap or
//! progress report, and every plan of the library at once. Files are written whole or not at all, never onto the
//! library's own database nor onto the file the plan was read from, and new folders are named so
//! that nothing earlier is overwritten.

use std::path::{Path, PathBuf};

use chrono::{DateTime, NaiveDate, Utc};
use schemars::JsonSchema;
use serde::Serialize;
use ts_rs::TS;

use super::Library;
use crate::error::{Error, Result};
pub use crate::fsutil::Written;
use crate::fsutil::{self, FileId, Output};
use crate::plan::{file_stem, Language, Plan, PlanId};
use crate::portability::csv::CsvDialect;
use crate::print::{Paper, PdfChoices, PdfOptions, Printer, ReportOptions, Roadmap};

/// Where "export all plans" (or a plan's spreadsheet files) wrote its files.
#[derive(Debug, Clone, Serialize, TS, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct ExportedAll {
    /// The new folder holding the files.
    pub folder: PathBuf,
    /// One plan file per plan of the library.
    pub files: Vec<PathBuf>,
}

/// A PDF roadmap written where the owner chose: its path, its size, and how many different
/// characters no font could print (shown as "�" in the document).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct PdfWritten {
    #[ts(type = "string")]
    pub path: PathBuf,
    pub bytes: u64,
    pub unprinted: u32,
}

impl PdfWritten {
    /// What was written, with the count of characters that could not be printed.
    pub(super) fn of(written: Written, unprinted: u32) -> PdfWritten {
        PdfWritten {
            path: written.path,
            bytes: written.bytes,
            unprinted,
        }
    }
}

/// Largest logo accepted, in bytes: a cover image, not a photo album.
const MAX_LOGO_BYTES: u64 = 5 * 1024 * 1024;

impl Library {
    /// Writes a plan file to `output`.
    pub fn export_plan(&self, id: PlanId, output: &Output, now: DateTime<Utc>) -> Result<Written> {
        let bytes = crate::format::to_json(&self.plan(id)?.plan, now)?.into_bytes();
        write(output, &bytes, &self.own_files())
    }

    /// Writes every plan of the library as a plan file into a new folder inside `parent`, named
    /// after the day (`boussole-plans-2026-11-22`, then `-2`, `-3`... so nothing is
    /// overwritten); returns the folder and the files written. A failure leaves no half-written
    /// file.
    pub fn export_all(&self, parent: &Path, now: DateTime<Utc>) -> Result<ExportedAll> {
        let stem = format!("boussole-plans-{}", now.format("%Y-%m-%d"));
        let folder = new_folder(parent, &stem)?;
        let mut files = Vec::new();
        for summary in self.list()? {
            let plan = self.plan(summary.id)?.plan;
            let name = file_stem(&plan.company.name, plan.company.plan_year);
            let path = unused_path(&folder, &name, ".json");
            crate::format::write_file(&path, &plan, now)?;
            files.push(path);
        }
        Ok(ExportedAll { folder, files })
    }

    /// Writes a plan's actions, budget and KPIs as spreadsheet files into a new folder inside
    /// `parent` (`Biscuiterie-Caradec-2027-csv`, then `-2`...), so no earlier export is
    /// overwritten.
    pub fn export_csv(
        &self,
        id: PlanId,
        parent: &Path,
        dialect: CsvDialect,
    ) -> Result<ExportedAll> {
        let plan = self.plan(id)?.plan;
        let stem = format!(
            "{}-csv",
            file_stem(&plan.company.name, plan.company.plan_year)
        );
        let folder = new_folder(parent, &stem)?;
        let files = crate::portability::csv::write_all(&plan, &folder, dialect, &[])?;
        Ok(ExportedAll { folder, files })
    }

    /// Writes a plan's actions and milestones as a calendar file to `output`; with `reminders`,
    /// a recurring reminder for each KPI reading too.
    pub fn export_ics(
        &self,
        id: PlanId,
        output: &Output,
        now: DateTime<Utc>,
        reminders: bool,
    ) -> Result<Written> {
        let text = crate::portability::ics::calendar(&self.plan(id)?.plan, now, reminders);
        write(output, text.as_bytes(), &self.own_files())
    }

    /// Writes a plan's PDF roadmap to `output`, as the owner chose it in the export dialog.
    pub fn export_pdf(
        &self,
        id: PlanId,
        output: &Output,
        choices: PdfChoices,
        printer: &dyn Printer,
        today: NaiveDate,
    ) -> Result<PdfWritten> {
        let roadmap = pdf(&self.plan(id)?.plan, choices, printer, today)?;
        let written = write(output, &roadmap.bytes, &self.own_files())?;
        Ok(PdfWritten::of(written, roadmap.unprinted))
    }

    /// Writes a plan's progress report as of `date` to `output`, in `language`.
    pub fn export_report(
        &self,
        id: PlanId,
        output: &Output,
        language: Language,
        date: NaiveDate,
        printer: &dyn Printer,
        today: NaiveDate,
    ) -> Result<PdfWritten> {
        let options = ReportOptions {
            language,
            paper: Paper::default(),
            date,
            today,
        };
        let report = report(&self.plan(id)?.plan, &options, printer)?;
        let written = write(output, &report.bytes, &self.own_files())?;
        Ok(PdfWritten::of(written, report.unprinted))
    }

    /// The files of the library's database, which no export may overwrite.
    fn own_files(&self) -> Vec<FileId> {
        let db = crate::store::db_path(&self.data_dir);
        ["", "-wal", "-shm"]
            .iter()
            .filter_map(|suffix| {
                FileId::of_path(&PathBuf::from(format!("{}{suffix}", db.display())))
            })
            .collect()
    }
}

/// Writes `bytes` to `output`, never onto one of `inputs`; says what was written.
pub(super) fn write(output: &Output, bytes: &[u8], inputs: &[FileId]) -> Result<Written> {
    fsutil::write(output, bytes, inputs)?;
    Ok(Written {
        path: match output {
            Output::File(path) => path.clone(),
            Output::Stdout => PathBuf::from("-"),
        },
        bytes: bytes.len() as u64,
    })
}

/// Renders `plan`'s PDF roadmap as chosen.
pub(super) fn pdf(
    plan: &Plan,
    choices: PdfChoices,
    printer: &dyn Printer,
    today: NaiveDate,
) -> Result<Roadmap> {
    let PdfChoices {
        language,
        paper,
        investor,
        sections,
        logo,
    } = choices;
    if sections.is_empty() {
        return Err(Error::invalid(
            "sections",
            "choose at least one section to print",
        ));
    }
    let mut options = PdfOptions::for_plan(plan, today);
    options.language = language;
    options.paper = paper;
    options.investor = investor;
    options.sections.retain(|s| sections.contains(s));
    options.logo = logo.map(|path| read_logo(&path)).transpose()?;
    let figures = crate::figures::of(plan, today);
    printer.roadmap(plan, &figures, &options)
}

/// Renders `plan`'s progress report: the plan as known by the report's date, and its figures
/// as of that date.
pub(super) fn report(
    plan: &Plan,
    options: &ReportOptions,
    printer: &dyn Printer,
) -> Result<Roadmap> {
    let known = crate::figures::report::known_by(plan, options.date);
    let progress = crate::figures::report::of(&known, options.date);
    printer.progress(&known, &progress, options)
}

fn read_logo(path: &Path) -> Result<Vec<u8>> {
    let shown = path.display();
    let fail = |e| Error::io(format!("cannot read the logo {shown}"), e);
    let len = std::fs::metadata(path).map_err(fail)?.len();
    if len > MAX_LOGO_BYTES {
        return Err(Error::invalid(
            "logo",
            "is larger than 5 MB: choose a smaller PNG or JPEG image",
        ));
    }
    std::fs::read(path).map_err(fail)
}

/// Creates a new folder `stem` inside `parent` (or `stem-2`, `-3`... when it exists).
fn new_folder(parent: &Path, stem: &str) -> Result<PathBuf> {
    let folder = unused_path(parent, stem, "");
    std::fs::create_dir_all(&folder)
        .map_err(|e| Error::io(format!("cannot create the folder {}", folder.display()), e))?;
    Ok(folder)
}

/// `dir/stem + ext`, or `dir/stem-2 + ext`, `-3`... the first that does not exist yet.
fn unused_path(dir: &Path, stem: &str, ext: &str) -> PathBuf {
    let mut path = dir.join(format!("{stem}{ext}"));
    let mut n = 1;
    while path.exists() {
        n += 1;
        path = dir.join(format!("{stem}-{n}{ext}"));
    }
    path
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::usecases::testing::{self, today};

    #[test]
    fn exporting_everything_writes_one_readable_file_per_plan_and_never_overwrites() {
        let (_dir, lib) = testing::seeded();
        let out = tempfile::tempdir().unwrap();
        let id = lib.list().unwrap()[0].id;
        lib.duplicate(id, "Café / Lune", today()).unwrap();
        let now = chrono::Utc::now();
        let ExportedAll { folder, files } = lib.export_all(out.path(), now).unwrap();
        assert_eq!(files.len(), 2);
        let mut names: Vec<_> = files
            .iter()
            .map(|f| f.file_name().unwrap().to_string_lossy().into_owned())
            .collect();
        names.sort();
        assert_eq!(
            names,
            ["Biscuiterie-Caradec-2027.json", "Café-Lune-2027.json"]
        );
        for file in &files {
            assert!(file.starts_with(&folder));
            crate::format::read_file(file).unwrap();
        }
        let again = lib.export_all(out.path(), now).unwrap().folder;
        assert_ne!(again, folder, "a second export goes to a new folder");
        assert!(again.to_string_lossy().ends_with("-2"));
    }

    #[test]
    fn spreadsheet_files_go_to_a_new_folder_each_time() {
        let (_dir, lib) = testing::seeded();
        let out = tempfile::tempdir().unwrap();
        let id = lib.list().unwrap()[0].id;
        let french = CsvDialect::French;
        let first = lib.export_csv(id, out.path(), french).unwrap();
        assert!(first.folder.ends_with("Biscuiterie-Caradec-2027-csv"));
        let names: Vec<_> = first
            .files
            .iter()
            .map(|f| f.file_name().unwrap().to_string_lossy().into_owned())
            .collect();
        assert_eq!(names, ["actions.csv", "budget.csv", "kpis.csv"]);
        let second = lib.export_csv(id, out.path(), french).unwrap();
        assert!(second.folder.ends_with("Biscuiterie-Caradec-2027-csv-2"));
    }
}
