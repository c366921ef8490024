//! Boussole's product logic, in layers that only look down:
//!
//! - **model**: `plan` (the plan's types, sections, validation, the library's records, file
//!   names), `labels` (the words for every closed list, in both languages), `format` (the plan
//!   file), `print` (what a PDF export prints), `error`;
//! - **figures and rules**: `figures` (every derived number: budget, progress, pace, counts,
//!   step completion, units), `checklist` (planning mistakes and the readiness score), `renew`
//!   (next year's plan, year over year), `portability` (CSV and ICS writers), `seed` (the
//!   example plan), `trades` (starting plans by trade, from the data files in `core/trades/`);
//! - **use cases**: `usecases`, everything the window and the command line do, each written
//!   once and called by both;
//! - **store**: `store`, SQLite only, private to this crate;
//! - support: `fsutil` (reading regular files or standard input, atomic writes that never land
//!   on their input), `generated` (checked-in generated files).
//!
//! This crate never imports `tauri`: the desktop shell and the CLI are thin layers over the use
//! cases, and everything here is tested without a window.

pub mod checklist;
pub mod clock;
pub mod error;
pub mod figures;
pub mod format;
pub mod fsutil;
pub mod generated;
pub mod labels;
pub mod plan;
pub mod portability;
pub mod print;
pub mod renew;
pub mod seed;
mod store;
pub mod trades;
pub mod usecases;

pub use error::{Error, ErrorKind, IoCause, Result};
