//! Reading and writing the owner's files safely. Only a regular file is read, opened without
//! blocking and looked at once open (a named pipe would wait forever, a device never end), or
//! standard input when asked for (`-` on the command line). A file is written to a temporary
//! name in the same folder, then renamed, so a failure (read-only folder, full disk) never
//! leaves half a file behind; never onto the file it is made from (by identity, through any
//! link), nor onto anything but a regular file; with the permissions of the file it replaces,
//! else those of any new file of the user.

use std::fs::{File, Metadata};
use std::io::{Read, Write};
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

/// Where a file is read from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Input {
    File(PathBuf),
    /// Standard input (`-` on the command line), for pipes.
    Stdin,
}

impl Input {
    /// The input a command-line argument names: `-` is standard input.
    pub fn from_arg(arg: &Path) -> Input {
        if arg == Path::new("-") {
            Input::Stdin
        } else {
            Input::File(arg.to_path_buf())
        }
    }

    /// How messages name it.
    pub fn shown(&self) -> String {
        match self {
            Input::File(path) => path.display().to_string(),
            Input::Stdin => "standard input".into(),
        }
    }
}

/// Where a file is written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Output {
    File(PathBuf),
    /// Standard output (`-` on the command line), for pipes.
    Stdout,
}

impl Output {
    /// The output a command-line argument names: `-` is standard output.
    pub fn from_arg(arg: &Path) -> Output {
        if arg == Path::new("-") {
            Output::Stdout
        } else {
            Output::File(arg.to_path_buf())
        }
    }

    /// How messages name it.
    pub fn shown(&self) -> String {
        match self {
            Output::File(path) => path.display().to_string(),
            Output::Stdout => "standard output".into(),
        }
    }
}

/// What identifies a file whatever its name: its device and inode. Two paths, a symbolic link
/// or a hard link to one file, have the same.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FileId {
    device: u64,
    inode: u64,
}

impl FileId {
    /// The identity of the file `meta` describes; none where the system does not say.
    fn of(meta: &Metadata) -> Option<FileId> {
        #[cfg(unix)]
        {
            use std::os::unix::fs::MetadataExt;
            Some(FileId {
                device: meta.dev(),
                inode: meta.ino(),
            })
        }
        #[cfg(not(unix))]
        {
            let _ = meta;
            None
        }
    }

    /// The identity of the file at `path` (through links); none when there is none.
    pub fn of_path(path: &Path) -> Option<FileId> {
        std::fs::metadata(path).ok().as_ref().and_then(FileId::of)
    }
}

/// An input opened for reading.
pub struct Opened {
    /// The bytes, as they come.
    pub reader: Box<dyn Read>,
    /// The size of a file, known before reading; none for standard input.
    pub len: Option<u64>,
    /// What was opened, so that no output lands on it.
    pub id: Option<FileId>,
}

/// Opens `input` to read it. A path is opened without blocking (a named pipe with no writer
/// would wait forever) and refused unless what was opened is a regular file; standard input is
/// taken as it is, the caller bounding what it reads.
pub fn open(input: &Input) -> Result<Opened> {
    let shown = input.shown();
    let fail = |e| Error::io(format!("cannot read {shown}"), e);
    match input {
        Input::File(path) => {
            let mut options = std::fs::OpenOptions::new();
            options.read(true);
            #[cfg(unix)]
            {
                use std::os::unix::fs::OpenOptionsExt;
                // O_NOCTTY: a terminal given as the file does not become this process's own.
                options.custom_flags(libc::O_NONBLOCK | libc::O_NOCTTY);
            }
            let file = options.open(path).map_err(fail)?;
            let meta = file.metadata().map_err(fail)?;
            if !meta.is_file() {
                return Err(fail(not_regular(&meta)));
            }
            Ok(Opened {
                len: Some(meta.len()),
                id: FileId::of(&meta),
                reader: Box::new(file),
            })
        }
        Input::Stdin => {
            #[cfg(unix)]
            {
                use std::os::fd::AsFd;
                let file = File::from(
                    std::io::stdin()
                        .as_fd()
                        .try_clone_to_owned()
                        .map_err(fail)?,
                );
                let id = file.metadata().ok().as_ref().and_then(FileId::of);
                Ok(Opened {
                    reader: Box::new(file),
                    len: None,
                    id,
                })
            }
            #[cfg(not(unix))]
            Ok(Opened {
                reader: Box::new(std::io::stdin()),
                len: None,
                id: None,
            })
        }
    }
}

/// The error for something that is not a regular file, saying what it is.
fn not_regular(meta: &Metadata) -> std::io::Error {
    let kind = meta.file_type();
    let what = if kind.is_dir() {
        "a folder"
    } else if kind.is_symlink() {
        "a symbolic link"
    } else {
        #[cfg(unix)]
        {
            use std::os::unix::fs::FileTypeExt;
            if kind.is_fifo() {
                "a named pipe"
            } else if kind.is_socket() {
                "a socket"
            } else if kind.is_char_device() || kind.is_block_device() {
                "a device"
            } else {
                "a special file"
            }
        }
        #[cfg(not(unix))]
        "a special file"
    };
    std::io::Error::new(
        std::io::ErrorKind::InvalidInput,
        format!("it is {what}, not a regular file"),
    )
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

/// Writes `bytes` to `path` atomically; the error says what went wrong in plain words.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<()> {
    write(&Output::File(path.to_path_buf()), bytes, &[])
}

/// Writes `bytes` to `output` whole: standard output gets them as they are; a file is written
/// under a temporary name beside it, then renamed over it (through a symbolic link, the file
/// it points to). A file replaced keeps its permissions; a new one is created as any new file
/// of the user (0666 less the umask), to be shared as such. Refused, before anything is
/// written: an output that is one of `inputs` (the same file, under any name), or that exists
/// and is not a regular file (a device, a named pipe, a folder).
pub fn write(output: &Output, bytes: &[u8], inputs: &[FileId]) -> Result<()> {
    let path = match output {
        Output::File(path) => path,
        Output::Stdout => return write_stdout(bytes, inputs),
    };
    let shown = path.display().to_string();
    let refuse = |why: String| {
        Error::io(
            format!("cannot write {shown}"),
            std::io::Error::new(std::io::ErrorKind::InvalidInput, why),
        )
    };
    // Through a symbolic link, the file it points to is replaced and the link kept.
    let target = match std::fs::symlink_metadata(path) {
        Ok(m) if m.file_type().is_symlink() => path.canonicalize().unwrap_or(path.clone()),
        _ => path.clone(),
    };
    let existing = std::fs::metadata(&target).ok();
    if let Some(meta) = &existing {
        if FileId::of(meta).is_some_and(|id| inputs.contains(&id)) {
            return Err(refuse(
                "it is the file being read, which this would destroy: choose another name".into(),
            ));
        }
        if !meta.is_file() {
            return Err(refuse(not_regular(meta).to_string()));
        }
    }
    let dir = match target.parent() {
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
    let mut builder = tempfile::Builder::new();
    builder.prefix(".boussole-").suffix(".part");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        // The system takes the umask off, as for any file the user creates.
        builder.permissions(std::fs::Permissions::from_mode(0o666));
    }
    let mut tmp = builder.tempfile_in(dir).map_err(fail)?;
    #[cfg(unix)]
    if let Some(meta) = &existing {
        use std::os::unix::fs::PermissionsExt;
        let mode = meta.permissions().mode() & 0o777;
        tmp.as_file()
            .set_permissions(std::fs::Permissions::from_mode(mode))
            .map_err(fail)?;
    }
    tmp.write_all(bytes).map_err(fail)?;
    tmp.as_file().sync_all().map_err(fail)?;
    tmp.persist(&target).map_err(|e| fail(e.error))?;
    Ok(())
}

/// Writes `bytes` to standard output, unless it is redirected onto one of `inputs`.
fn write_stdout(bytes: &[u8], inputs: &[FileId]) -> Result<()> {
    let fail = |e| Error::io("cannot write to standard output", e);
    #[cfg(unix)]
    {
        use std::os::fd::AsFd;
        let stdout = std::io::stdout();
        let id = stdout
            .as_fd()
            .try_clone_to_owned()
            .ok()
            .map(File::from)
            .and_then(|f| f.metadata().ok())
            .as_ref()
            .and_then(FileId::of);
        if id.is_some_and(|id| inputs.contains(&id)) {
            return Err(fail(std::io::Error::new(
                std::io::ErrorKind::InvalidInput,
                "it is redirected to the file being read, which this would destroy",
            )));
        }
    }
    #[cfg(not(unix))]
    let _ = inputs;
    let mut out = std::io::stdout().lock();
    out.write_all(bytes)
        .and_then(|()| out.flush())
        .map_err(fail)
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
