//! Writing user files safely: to a temporary name in the same folder, then renamed, so a
//! failure (read-only folder, full disk) never leaves half a file behind.

use std::io::Write;
use std::path::{Path, PathBuf};

use schemars::JsonSchema;
use serde::Serialize;
use ts_rs::TS;

use crate::error::{Error, Result};

/// A file written where the owner chose: its path, as finally named, and its size.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct Written {
    #[ts(type = "string")]
    pub path: PathBuf,
    pub bytes: u64,
}

/// `path` ending with `.extension`: a file named "plan" in a save dialog is written as
/// "plan.pdf". An export from the window thus only ever writes a file of its own kind, whatever
/// path the page sends (a hostile page cannot overwrite a `.bashrc` through it).
pub fn with_extension(path: &Path, extension: &str) -> PathBuf {
    match path.extension() {
        Some(e) if e.eq_ignore_ascii_case(extension) => path.to_path_buf(),
        _ => {
            let mut name = path.as_os_str().to_owned();
            name.push(".");
            name.push(extension);
            PathBuf::from(name)
        }
    }
}

/// What was written at `path`, for the reply to the window.
pub fn written(path: PathBuf) -> Result<Written> {
    let bytes = std::fs::metadata(&path)
        .map_err(|e| Error::io(format!("cannot read {}", path.display()), e))?
        .len();
    Ok(Written { path, bytes })
}

/// Writes `bytes` to `path` atomically; the error says what went wrong in plain words.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<()> {
    let shown = path.display().to_string();
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    if !dir.is_dir() {
        return Err(Error::io(
            format!("cannot write {shown}"),
            std::io::Error::new(std::io::ErrorKind::NotFound, "the folder does not exist"),
        ));
    }
    let fail = |e: std::io::Error| Error::io(format!("cannot write {shown}"), without_temp_path(e));
    let mut tmp = tempfile::Builder::new()
        .prefix(".boussole-")
        .suffix(".part")
        .tempfile_in(dir)
        .map_err(fail)?;
    tmp.write_all(bytes).map_err(fail)?;
    tmp.as_file().sync_all().map_err(fail)?;
    tmp.persist(path).map_err(|e| fail(e.error))?;
    Ok(())
}

/// The error without the name of the hidden temporary file, which tempfile appends (`... at path
/// "/folder/.boussole-x1y2.part"`): the owner chose another name, and only that one is shown.
fn without_temp_path(e: std::io::Error) -> std::io::Error {
    let text = e.to_string();
    match text.find(" at path \"") {
        Some(at) => std::io::Error::new(e.kind(), text[..at].to_string()),
        None => e,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_is_named_with_its_kind_unless_it_already_is() {
        assert_eq!(
            with_extension(Path::new("/home/a/plan"), "pdf"),
            Path::new("/home/a/plan.pdf")
        );
        assert_eq!(
            with_extension(Path::new("/home/a/Plan.PDF"), "pdf"),
            Path::new("/home/a/Plan.PDF")
        );
        assert_eq!(
            with_extension(Path::new("/home/a/.bashrc"), "json"),
            Path::new("/home/a/.bashrc.json")
        );
        assert_eq!(
            with_extension(Path::new("/home/a/plan 2027.v2"), "ics"),
            Path::new("/home/a/plan 2027.v2.ics")
        );
    }

    #[test]
    fn writes_and_replaces() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("plan.json");
        write_atomic(&path, b"one").unwrap();
        write_atomic(&path, b"two").unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), b"two");
        assert_eq!(
            std::fs::read_dir(dir.path()).unwrap().count(),
            1,
            "no temporary file left"
        );
    }

    #[test]
    fn missing_folder_is_a_clear_error() {
        let err = write_atomic(Path::new("/nonexistent-folder/plan.json"), b"x").unwrap_err();
        assert_eq!(
            err.to_string(),
            "cannot write /nonexistent-folder/plan.json: the folder does not exist"
        );
    }
}
