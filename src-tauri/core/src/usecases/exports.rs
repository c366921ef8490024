//! Writing a plan out: as a plan file, as spreadsheet files, as a calendar, as a PDF roadmap, and
//! every plan of the library at once. Files are written whole or not at all, and new folders are
//! named so that nothing earlier is overwritten.

use std::path::{Path, PathBuf};

use chrono::{DateTime, NaiveDate, Utc};
use schemars::JsonSchema;
use serde::Serialize;
use ts_rs::TS;

use super::Library;
use crate::error::{Error, Result};
use crate::fsutil;
pub use crate::fsutil::Written;
use crate::plan::{Plan, PlanId};
use crate::portability::csv::CsvDialect;
use crate::print::{PdfChoices, PdfOptions, Printer};

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

/// Largest logo accepted, in bytes: a cover image, not a photo album.
const MAX_LOGO_BYTES: u64 = 5 * 1024 * 1024;

impl Library {
    /// Writes a plan file at `path`.
    pub fn export_plan(&self, id: PlanId, path: &Path, now: DateTime<Utc>) -> Result<Written> {
        plan_file(&self.plan(id)?.plan, path, now)
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
            let name = format!(
                "{}-{}",
                file_stem(&plan.company.name),
                plan.company.plan_year
            );
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
            "{}-{}-csv",
            file_stem(&plan.company.name),
            plan.company.plan_year
        );
        let folder = new_folder(parent, &stem)?;
        let files = crate::portability::csv::write_all(&plan, &folder, dialect)?;
        Ok(ExportedAll { folder, files })
    }

    /// Writes a plan's actions and milestones as a calendar file at `path`.
    pub fn export_ics(&self, id: PlanId, path: &Path, now: DateTime<Utc>) -> Result<Written> {
        calendar(&self.plan(id)?.plan, path, now)
    }

    /// Writes a plan's PDF roadmap at `path`, as the owner chose it in the export dialog.
    pub fn export_pdf(
        &self,
        id: PlanId,
        path: &Path,
        choices: PdfChoices,
        printer: &dyn Printer,
        today: NaiveDate,
    ) -> Result<PdfWritten> {
        pdf(&self.plan(id)?.plan, path, choices, printer, today)
    }
}

/// Writes `plan` as a plan file at `path`.
pub(super) fn plan_file(plan: &Plan, path: &Path, now: DateTime<Utc>) -> Result<Written> {
    crate::format::write_file(path, plan, now)?;
    fsutil::written(path.to_path_buf())
}

/// Writes `plan`'s actions and milestones as a calendar file at `path`.
pub(super) fn calendar(plan: &Plan, path: &Path, now: DateTime<Utc>) -> Result<Written> {
    crate::portability::ics::write_file(plan, path, now)?;
    fsutil::written(path.to_path_buf())
}

/// Renders `plan`'s PDF roadmap as chosen and writes it at `path`.
pub(super) fn pdf(
    plan: &Plan,
    path: &Path,
    choices: PdfChoices,
    printer: &dyn Printer,
    today: NaiveDate,
) -> Result<PdfWritten> {
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
    let roadmap = printer.roadmap(plan, &options)?;
    fsutil::write_atomic(path, &roadmap.bytes)?;
    Ok(PdfWritten {
        path: path.to_path_buf(),
        bytes: roadmap.bytes.len() as u64,
        unprinted: roadmap.unprinted,
    })
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

/// A file name made of a company name's letters and digits, joined by dashes.
fn file_stem(name: &str) -> String {
    let joined = name
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join("-");
    let short: String = joined.chars().take(60).collect();
    if short.is_empty() {
        "plan".into()
    } else {
        short
    }
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
