//! The one error type of the product logic, and the `{kind, message}` shape the UI receives.
//!
//! Messages are plain English sentences a user can act on; `kind` lets the UI tell "fix your
//! input" from "the disk is full", and `field` points at the offending field when there is one.

use schemars::JsonSchema;
use serde::{Serialize, Serializer};
use ts_rs::TS;

/// Result alias for the product logic.
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// What went wrong, in a way the UI can act on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub enum ErrorKind {
    /// The input breaks a rule; the message names the field.
    Invalid,
    /// The thing asked for does not exist (any more).
    NotFound,
    /// A file is not a Boussole plan, or is damaged.
    BadFile,
    /// An image (the cover logo) is not a PNG or JPEG that can be read.
    BadImage,
    /// The data was written by a newer Boussole.
    TooNew,
    /// The database could not be read or written.
    Storage,
    /// The plan library can be read but not changed: its folder or file cannot be written (a
    /// backup disk, a colleague's folder).
    ReadOnly,
    /// A file or folder could not be read or written.
    Io,
    /// Something outside Boussole that it relies on is missing: no program opens PDF files.
    Unavailable,
    /// A fault of Boussole itself (an earlier failure midway, a broken build): not the owner's.
    Internal,
}

/// An error of the product logic.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// A field breaks a rule.
    #[error("{field}: {message}")]
    Invalid { field: String, message: String },
    /// A plan or item is missing.
    #[error("{entity} {id} was not found")]
    NotFound { entity: &'static str, id: String },
    /// A file could not be understood as a plan.
    #[error("{0}")]
    BadFile(String),
    /// The data comes from a newer version.
    #[error("{0}")]
    TooNew(String),
    /// SQLite failed.
    #[error("the database could not be used: {0}")]
    Db(#[from] rusqlite::Error),
    /// A migration failed.
    #[error("the database could not be upgraded: {0}")]
    Migration(String),
    /// The database file is damaged or is not a database.
    #[error("the database is damaged: {0}")]
    Damaged(String),
    /// The library can only be read: a change was asked, or its schema needs an upgrade.
    #[error("{0}")]
    ReadOnly(String),
    /// The file system failed.
    #[error("{context}: {source}")]
    Io {
        context: String,
        source: std::io::Error,
    },
    /// An image could not be read.
    #[error("{0}")]
    BadImage(String),
    /// A program or service outside Boussole is missing.
    #[error("{0}")]
    Unavailable(String),
    /// A fault of Boussole itself.
    #[error("{0}")]
    Internal(String),
    /// The library could not be opened at start: every later call says why, with the kind of
    /// the failure that kept it closed (a newer version, a read-only folder...).
    #[error("the plan library is not open: {message}")]
    LibraryClosed {
        kind: ErrorKind,
        message: String,
        cause: Option<IoCause>,
    },
}

impl Error {
    /// An `Invalid` error for a field.
    pub fn invalid(field: impl Into<String>, message: impl Into<String>) -> Self {
        Error::Invalid {
            field: field.into(),
            message: message.into(),
        }
    }

    /// An `Io` error with what was being done.
    pub fn io(context: impl Into<String>, source: std::io::Error) -> Self {
        Error::Io {
            context: context.into(),
            source,
        }
    }

    /// The error every call reports when the library could not be opened because of `cause`.
    pub fn library_closed(cause: &Error) -> Self {
        let payload = cause.payload();
        Error::LibraryClosed {
            kind: payload.kind,
            message: payload.message,
            cause: payload.cause,
        }
    }

    /// The kind the UI switches on.
    pub fn kind(&self) -> ErrorKind {
        match self {
            Error::Invalid { .. } => ErrorKind::Invalid,
            Error::NotFound { .. } => ErrorKind::NotFound,
            Error::BadFile(_) => ErrorKind::BadFile,
            Error::TooNew(_) => ErrorKind::TooNew,
            Error::Db(_) | Error::Migration(_) | Error::Damaged(_) => ErrorKind::Storage,
            Error::ReadOnly(_) => ErrorKind::ReadOnly,
            Error::Io { .. } => ErrorKind::Io,
            Error::BadImage(_) => ErrorKind::BadImage,
            Error::Unavailable(_) => ErrorKind::Unavailable,
            Error::Internal(_) => ErrorKind::Internal,
            Error::LibraryClosed { kind, .. } => *kind,
        }
    }

    /// Whether the database file itself is damaged (as opposed to busy, too new or unreadable).
    pub fn is_damage(&self) -> bool {
        match self {
            Error::Damaged(_) => true,
            Error::Db(rusqlite::Error::SqliteFailure(f, _)) => {
                matches!(
                    f.code,
                    rusqlite::ErrorCode::NotADatabase | rusqlite::ErrorCode::DatabaseCorrupt
                )
            }
            _ => false,
        }
    }

    /// The payload sent to the UI.
    pub fn payload(&self) -> ErrorPayload {
        ErrorPayload {
            kind: self.kind(),
            message: self.to_string(),
            field: match self {
                Error::Invalid { field, .. } => Some(field.clone()),
                _ => None,
            },
            cause: match self {
                Error::Io { source, .. } => Some(IoCause::of(source)),
                Error::LibraryClosed { cause, .. } => *cause,
                _ => None,
            },
        }
    }
}

/// Why a file could not be read or written, for the UI to say in the owner's language and
/// suggest what to do.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub enum IoCause {
    /// The system refuses access to the file or folder.
    PermissionDenied,
    /// The folder is on a read-only disk (a locked USB key, a mounted image).
    ReadOnly,
    /// The disk (or the user's quota) is full.
    DiskFull,
    /// The file or folder does not exist (any more).
    NotFound,
    /// Anything else; the message says what.
    Other,
}

impl IoCause {
    /// The cause of an I/O error, from its kind or, where the kind is too coarse, its OS code.
    pub fn of(error: &std::io::Error) -> IoCause {
        use std::io::ErrorKind as K;
        match error.kind() {
            K::PermissionDenied => IoCause::PermissionDenied,
            K::ReadOnlyFilesystem => IoCause::ReadOnly,
            K::StorageFull | K::QuotaExceeded => IoCause::DiskFull,
            K::NotFound => IoCause::NotFound,
            _ => IoCause::Other,
        }
    }
}

/// What the UI receives when a command fails.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct ErrorPayload {
    pub kind: ErrorKind,
    pub message: String,
    /// The path of the offending field, e.g. `actions[3].plannedBudget`.
    pub field: Option<String>,
    /// Why a file could not be read or written (`io` errors only).
    pub cause: Option<IoCause>,
}

impl Serialize for Error {
    fn serialize<S: Serializer>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error> {
        self.payload().serialize(serializer)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_closed_library_reports_the_kind_and_cause_that_closed_it() {
        let newer = Error::TooNew("written by a newer Boussole".into());
        let closed = Error::library_closed(&newer);
        assert_eq!(closed.kind(), ErrorKind::TooNew);
        assert_eq!(
            closed.to_string(),
            "the plan library is not open: written by a newer Boussole"
        );
        let denied = Error::io(
            "cannot create the data folder /media/usb/boussole",
            std::io::Error::from(std::io::ErrorKind::PermissionDenied),
        );
        let payload = Error::library_closed(&denied).payload();
        assert_eq!(payload.kind, ErrorKind::Io);
        assert_eq!(payload.cause, Some(IoCause::PermissionDenied));
    }

    #[test]
    fn each_error_has_its_own_kind() {
        let kinds = [
            (Error::invalid("f", "m"), ErrorKind::Invalid),
            (
                Error::NotFound {
                    entity: "plan",
                    id: "1".into(),
                },
                ErrorKind::NotFound,
            ),
            (Error::BadFile("x".into()), ErrorKind::BadFile),
            (Error::BadImage("x".into()), ErrorKind::BadImage),
            (Error::TooNew("x".into()), ErrorKind::TooNew),
            (Error::Damaged("x".into()), ErrorKind::Storage),
            (Error::Migration("x".into()), ErrorKind::Storage),
            (Error::ReadOnly("x".into()), ErrorKind::ReadOnly),
            (Error::io("x", std::io::Error::other("y")), ErrorKind::Io),
            (Error::Unavailable("x".into()), ErrorKind::Unavailable),
            (Error::Internal("x".into()), ErrorKind::Internal),
        ];
        for (error, kind) in kinds {
            assert_eq!(error.kind(), kind, "{error}");
            assert_eq!(error.payload().kind, kind);
        }
    }
}
