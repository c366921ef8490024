//! Boussole's product logic: the plan model and its validation, the SQLite store, the plan file
//! format, the example plan and the checklist of planning mistakes.
//!
//! This crate never imports `tauri`: the desktop shell and the CLI are thin layers over it, and
//! everything here is tested without a window.

pub mod backup;
pub mod checklist;
pub mod error;
pub mod format;
pub mod fsutil;
pub mod generated;
pub mod library;
pub mod plan;
pub mod portability;
pub mod renew;
pub mod seed;
pub mod store;

pub use error::{Error, ErrorKind, IoCause, Result};
