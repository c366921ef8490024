//! The one error type of the PDF export, with messages a business owner can read.
//!
//! Rendering itself cannot fail on any plan: only a bad logo, a broken build or a failure to
//! write the bytes end here.

/// Why a PDF could not be produced.
#[derive(Debug, thiserror::Error)]
pub enum PdfError {
    /// The logo is not a PNG or JPEG image that can be read.
    #[error("the logo could not be read: use a PNG or JPEG image ({0})")]
    Logo(String),
    /// The embedded fonts could not be loaded (a packaging bug, not a user error).
    #[error("the PDF fonts could not be loaded: {0}")]
    Font(String),
    /// The finished document could not be written out.
    #[error("the PDF could not be written: {0}")]
    Write(String),
}

impl From<PdfError> for boussole_core::Error {
    /// A bad logo is the owner's to change; fonts and assembly failures are Boussole's own.
    fn from(e: PdfError) -> Self {
        match e {
            PdfError::Logo(_) => boussole_core::Error::BadImage(e.to_string()),
            PdfError::Font(_) | PdfError::Write(_) => boussole_core::Error::Internal(e.to_string()),
        }
    }
}
