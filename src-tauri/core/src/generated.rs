//! Files generated from the Rust types and checked in: the UI's TypeScript bindings, its label
//! catalogue (`labels.ts`) and validation limits (`limits.ts`), and the plan file's JSON Schema.
//! Tests compare them with what the types produce today and fail when they are stale;
//! `BOUSSOLE_UPDATE_GENERATED=1 cargo test` rewrites them.

use std::path::{Path, PathBuf};

/// The variable that makes the freshness tests rewrite the files instead of failing.
pub const UPDATE_VAR: &str = "BOUSSOLE_UPDATE_GENERATED";

/// The repository root, seen from this crate.
pub fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// Where the UI keeps the generated TypeScript types.
pub fn bindings_dir() -> PathBuf {
    repo_root().join("ui/src/bindings")
}

/// The ts-rs settings every crate uses: 64-bit integers cross as plain numbers.
pub fn ts_config(out_dir: &Path) -> ts_rs::Config {
    ts_rs::Config::new()
        .with_large_int("number")
        .with_out_dir(out_dir)
}

/// Compares a checked-in generated file with its expected content, or rewrites it.
pub fn check_file(path: &Path, expected: &str) -> Result<(), String> {
    if std::env::var_os(UPDATE_VAR).is_some() {
        return std::fs::write(path, expected).map_err(|e| format!("{}: {e}", path.display()));
    }
    let actual = std::fs::read_to_string(path).unwrap_or_default();
    if actual == expected {
        Ok(())
    } else {
        Err(format!(
            "{} is stale: run `{UPDATE_VAR}=1 cargo test` and commit the result",
            path.display()
        ))
    }
}

/// Exports TypeScript types into a scratch folder and checks each file against the UI's copy.
pub fn check_bindings(
    export: impl FnOnce(&ts_rs::Config) -> Result<(), ts_rs::ExportError>,
) -> Result<(), String> {
    let scratch = std::env::temp_dir().join(format!("boussole-bindings-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&scratch);
    export(&ts_config(&scratch)).map_err(|e| e.to_string())?;
    let target = bindings_dir();
    std::fs::create_dir_all(&target).map_err(|e| e.to_string())?;
    let mut problems = Vec::new();
    let entries = std::fs::read_dir(&scratch).map_err(|e| e.to_string())?;
    for entry in entries.flatten() {
        let expected = std::fs::read_to_string(entry.path()).map_err(|e| e.to_string())?;
        if let Err(e) = check_file(&target.join(entry.file_name()), &expected) {
            problems.push(e);
        }
    }
    let _ = std::fs::remove_dir_all(&scratch);
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems.join("\n"))
    }
}

#[cfg(test)]
mod tests {
    use ts_rs::TS;

    use super::*;
    use crate::plan::{Plan, PlanRecord, PlanSection, PlanSummary, Step};

    #[test]
    fn typescript_bindings_are_current() {
        let result = check_bindings(|cfg| {
            Plan::export_all(cfg)?;
            PlanSection::export_all(cfg)?;
            PlanSummary::export_all(cfg)?;
            PlanRecord::export_all(cfg)?;
            Step::export_all(cfg)?;
            crate::plan::SwotQuadrant::export_all(cfg)?;
            crate::labels::Term::export_all(cfg)?;
            crate::plan::PestelFactor::export_all(cfg)?;
            crate::plan::PorterForce::export_all(cfg)?;
            crate::error::ErrorPayload::export_all(cfg)?;
            crate::usecases::ImportReport::export_all(cfg)?;
            crate::usecases::AppInfo::export_all(cfg)?;
            crate::usecases::Saved::export_all(cfg)?;
            crate::usecases::OpenedPlan::export_all(cfg)?;
            crate::figures::Figures::export_all(cfg)?;
            crate::usecases::Recovery::export_all(cfg)?;
            crate::usecases::ExportedAll::export_all(cfg)?;
            crate::checklist::Report::export_all(cfg)?;
            crate::checklist::RuleInfo::export_all(cfg)?;
            crate::renew::RenewOptions::export_all(cfg)?;
            crate::renew::ReviewStatus::export_all(cfg)?;
            crate::renew::YearOverYear::export_all(cfg)?;
            crate::portability::csv::CsvDialect::export_all(cfg)?;
            crate::usecases::BackupInfo::export_all(cfg)?;
            crate::usecases::Restored::export_all(cfg)?;
            crate::fsutil::Written::export_all(cfg)?;
            crate::usecases::PdfWritten::export_all(cfg)?;
            crate::print::PdfOptions::export_all(cfg)?;
            crate::print::Paper::export_all(cfg)?;
            crate::print::PdfChoices::export_all(cfg)?;
            crate::trades::Trade::export_all(cfg)?;
            Ok(())
        });
        assert_eq!(result, Ok(()));
    }

    #[test]
    fn ui_labels_are_current() {
        let path = bindings_dir().join("labels.ts");
        assert_eq!(check_file(&path, &crate::labels::typescript()), Ok(()));
    }

    #[test]
    fn ui_limits_are_current() {
        let path = bindings_dir().join("limits.ts");
        assert_eq!(
            check_file(&path, &crate::plan::validate::typescript()),
            Ok(())
        );
    }

    #[test]
    fn plan_file_schema_is_current() {
        let path = repo_root().join("docs/plan.schema.json");
        assert_eq!(check_file(&path, &crate::format::json_schema()), Ok(()));
    }
}
