//! The plan file: a versioned JSON document that carries one plan out of the app and back in.
//!
//! Import is all or nothing: the file is size-checked, parsed, version-checked, brought up to
//! today's model (`plan::upgrade`), decoded with the path of any bad field, then validated, before
//! anything is stored.
//!
//! Format 2 (this wave) adds, to format 1: what each KPI counts (`counts`) and whom each action is
//! for (`segmentIds`, `personaIds`). Files of format 1 keep reading: what they lack is filled in.

use chrono::{DateTime, Utc};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::fsutil::{FileId, Input, Output};
use crate::plan::{validate, Plan};

/// The version of the file format this build writes and the newest it reads.
pub const SCHEMA_VERSION: u32 = 2;
/// The value of the `format` field, which tells a Boussole plan from any other JSON file.
pub const FORMAT_NAME: &str = "boussole-plan";
/// The largest plan file accepted, in bytes.
pub const MAX_FILE_BYTES: usize = 16 * 1024 * 1024;

/// A plan file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct PlanDocument {
    /// Always "boussole-plan".
    pub format: String,
    /// The version of this format; a reader refuses versions newer than its own.
    pub schema_version: u32,
    /// When the file was written.
    pub exported_at: Option<DateTime<Utc>>,
    /// The program that wrote the file, e.g. "Boussole 0.1.0".
    pub generator: Option<String>,
    /// The plan itself.
    pub plan: Plan,
}

/// Writes a plan as a pretty-printed plan file.
pub fn to_json(plan: &Plan, exported_at: DateTime<Utc>) -> Result<String> {
    let doc = PlanDocument {
        format: FORMAT_NAME.into(),
        schema_version: SCHEMA_VERSION,
        exported_at: Some(exported_at),
        generator: Some(format!("Boussole {}", env!("CARGO_PKG_VERSION"))),
        plan: plan.clone(),
    };
    serde_json::to_string_pretty(&doc)
        .map_err(|e| Error::BadFile(format!("the plan could not be written as JSON: {e}")))
}

/// Reads and checks a plan file; the plan is returned only if all of it is valid.
pub fn from_json(bytes: &[u8]) -> Result<Plan> {
    if bytes.len() > MAX_FILE_BYTES {
        return Err(Error::BadFile(format!(
            "this file is too large to be a plan ({:.1} MB; a plan file is at most {} MB)",
            bytes.len() as f64 / 1_048_576.0,
            MAX_FILE_BYTES / 1_048_576
        )));
    }
    // Windows editors (Notepad) start a UTF-8 file with a byte order mark; JSON has none.
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let value: serde_json::Value = serde_json::from_slice(bytes).map_err(|e| {
        Error::BadFile(format!(
            "this file is not a Boussole plan: it is not valid JSON ({e})"
        ))
    })?;
    let Some(object) = value.as_object() else {
        return Err(Error::BadFile(
            "this file is not a Boussole plan: it holds no JSON object".into(),
        ));
    };
    if object.get("format").and_then(|f| f.as_str()) != Some(FORMAT_NAME) {
        return Err(Error::BadFile(format!(
            "this file is not a Boussole plan: its \"format\" field is not \"{FORMAT_NAME}\""
        )));
    }
    match object.get("schemaVersion").map(|v| v.as_u64()) {
        None => return Err(Error::invalid("schemaVersion", "is missing: the file does not say which version of the format it uses")),
        Some(None) | Some(Some(0)) => return Err(Error::invalid("schemaVersion", "must be a whole number from 1")),
        Some(Some(v)) if v > u64::from(SCHEMA_VERSION) => {
            return Err(Error::TooNew(format!(
                "this plan was saved by a newer version of Boussole (format {v}; this version reads up to {SCHEMA_VERSION}). Update Boussole to open it."
            )))
        }
        Some(Some(_)) => {}
    }
    let mut value = value;
    if let Some(plan) = value.get_mut("plan") {
        crate::plan::upgrade::plan(plan);
    }
    let doc: PlanDocument = serde_path_to_error::deserialize(value).map_err(|e| {
        let field = e.path().to_string();
        Error::invalid(field, e.into_inner().to_string())
    })?;
    validate::plan(&doc.plan).map_err(|e| match e {
        Error::Invalid { field, message } => Error::Invalid {
            field: format!("plan.{field}"),
            message,
        },
        other => other,
    })?;
    Ok(doc.plan)
}

/// Reads a plan file from disk, refusing an oversized file before reading it.
pub fn read_file(path: &std::path::Path) -> Result<Plan> {
    Ok(read(&Input::File(path.to_path_buf()))?.0)
}

/// Reads a plan file from a file or standard input; returns the plan and what was read, so
/// that no output is written onto it. Only a regular file or standard input is read; a file
/// too large is refused before it is read, and standard input after one byte past the limit.
pub fn read(input: &Input) -> Result<(Plan, Option<FileId>)> {
    let shown = input.shown();
    let opened = crate::fsutil::open(input)?;
    if let Some(len) = opened.len.filter(|len| *len > MAX_FILE_BYTES as u64) {
        return Err(Error::BadFile(format!(
            "{shown} is too large to be a plan ({} MB; a plan file is at most {} MB)",
            len / 1_048_576,
            MAX_FILE_BYTES / 1_048_576
        )));
    }
    // The size says nothing for a pipe: read one byte past the limit at most.
    let mut bytes = Vec::new();
    std::io::Read::read_to_end(
        &mut std::io::Read::take(opened.reader, MAX_FILE_BYTES as u64 + 1),
        &mut bytes,
    )
    .map_err(|e| Error::io(format!("cannot read {shown}"), e))?;
    Ok((from_json(&bytes)?, opened.id))
}

/// Writes a plan file to disk atomically.
pub fn write_file(path: &std::path::Path, plan: &Plan, exported_at: DateTime<Utc>) -> Result<()> {
    crate::fsutil::write_atomic(path, to_json(plan, exported_at)?.as_bytes())
}

/// Writes a plan file to `output`, never onto one of `inputs`.
pub fn write(
    output: &Output,
    plan: &Plan,
    exported_at: DateTime<Utc>,
    inputs: &[FileId],
) -> Result<()> {
    crate::fsutil::write(output, to_json(plan, exported_at)?.as_bytes(), inputs)
}

/// The JSON Schema of the plan file, as checked in at `docs/plan.schema.json`.
pub fn json_schema() -> String {
    let schema = schemars::schema_for!(PlanDocument);
    let mut text = serde_json::to_string_pretty(&schema).unwrap_or_default();
    text.push('\n');
    text
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plan::Language;
    use crate::ErrorKind;

    fn sample() -> Plan {
        let mut p = Plan::blank("Boulangerie Morel", 2027, Language::Fr);
        p.notes = "Fournée du dimanche : « pain d’épices » à 3 €".into();
        p
    }

    fn json() -> String {
        to_json(&sample(), Utc::now()).unwrap()
    }

    fn edit(f: impl FnOnce(&mut serde_json::Value)) -> Vec<u8> {
        let mut v: serde_json::Value = serde_json::from_str(&json()).unwrap();
        f(&mut v);
        serde_json::to_vec(&v).unwrap()
    }

    fn refusal(bytes: &[u8]) -> (ErrorKind, String) {
        let err = from_json(bytes).unwrap_err();
        (err.kind(), err.to_string())
    }

    #[test]
    fn export_then_import_gives_the_same_plan() {
        assert_eq!(from_json(json().as_bytes()).unwrap(), sample());
    }

    #[test]
    fn a_file_of_format_1_reads_with_what_it_lacks_filled_in() {
        let example = crate::seed::example_plan(2027);
        let mut v: serde_json::Value =
            serde_json::from_str(&to_json(&example, Utc::now()).unwrap()).unwrap();
        v["schemaVersion"] = 1.into();
        for kpi in v["plan"]["kpis"].as_array_mut().unwrap() {
            kpi.as_object_mut().unwrap().remove("counts");
        }
        for action in v["plan"]["actions"].as_array_mut().unwrap() {
            let action = action.as_object_mut().unwrap();
            action.remove("segmentIds");
            action.remove("personaIds");
        }
        let plan = from_json(&serde_json::to_vec(&v).unwrap()).unwrap();
        assert_eq!(
            plan, example,
            "what each KPI counts is guessed as the example states it"
        );
    }

    #[test]
    fn wrong_type_names_the_field() {
        let bytes = edit(|v| v["plan"]["company"]["planYear"] = "deux mille".into());
        let (kind, msg) = refusal(&bytes);
        assert_eq!(kind, ErrorKind::Invalid);
        assert!(
            msg.starts_with("plan.company.planYear: invalid type: string"),
            "{msg}"
        );
    }

    #[test]
    fn missing_field_names_it() {
        let bytes = edit(|v| {
            v["plan"]["budget"].as_object_mut().unwrap().remove("notes");
        });
        let (_, msg) = refusal(&bytes);
        assert!(
            msg.contains("plan.budget") && msg.contains("missing field `notes`"),
            "{msg}"
        );
    }

    #[test]
    fn unknown_schema_version_is_refused_as_too_new() {
        let bytes = edit(|v| v["schemaVersion"] = 99.into());
        let (kind, msg) = refusal(&bytes);
        assert_eq!(kind, ErrorKind::TooNew);
        assert!(
            msg.contains("newer version of Boussole (format 99"),
            "{msg}"
        );
    }

    #[test]
    fn missing_schema_version_is_refused() {
        let bytes = edit(|v| {
            v.as_object_mut().unwrap().remove("schemaVersion");
        });
        assert_eq!(
            refusal(&bytes).1,
            "schemaVersion: is missing: the file does not say which version of the format it uses"
        );
    }

    #[test]
    fn ten_megabytes_of_junk_is_not_a_plan() {
        let junk: Vec<u8> = (0..10 * 1024 * 1024u32)
            .map(|i| (i.wrapping_mul(2_654_435_761) >> 24) as u8)
            .collect();
        let (kind, msg) = refusal(&junk);
        assert_eq!(kind, ErrorKind::BadFile);
        assert!(msg.contains("not valid JSON"), "{msg}");
    }

    #[test]
    fn oversized_file_is_refused_before_parsing() {
        let big = vec![b' '; MAX_FILE_BYTES + 1];
        assert!(refusal(&big).1.contains("too large"));
    }

    #[test]
    fn other_json_is_not_a_plan() {
        assert!(refusal(b"[1,2,3]").1.contains("holds no JSON object"));
        assert!(refusal(br#"{"name":"x"}"#).1.contains("\"format\" field"));
    }

    #[test]
    fn invalid_content_is_refused_with_its_path() {
        let bytes = edit(|v| v["plan"]["diagnostic"]["porter"]["rivalry"]["rating"] = 9.into());
        let (kind, msg) = refusal(&bytes);
        assert_eq!(kind, ErrorKind::Invalid);
        assert_eq!(
            msg,
            "plan.diagnostic.porter.rivalry.rating: must be between 1 and 5"
        );
    }

    #[test]
    fn unknown_fields_are_refused() {
        let bytes = edit(|v| v["plan"]["company"]["nmae"] = "typo".into());
        assert!(refusal(&bytes).1.contains("unknown field `nmae`"));
    }

    #[test]
    fn deeply_nested_json_is_refused_cleanly() {
        let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
        assert_eq!(refusal(deep.as_bytes()).0, ErrorKind::BadFile);
    }
}
