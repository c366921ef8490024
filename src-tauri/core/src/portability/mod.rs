//! Data portability: the plan written in formats other tools open (spreadsheets, calendars).
//!
//! Each submodule turns a plan into one format, in memory and as files written atomically; none
//! reads those formats back, and none knows of the store or of Tauri.

pub mod csv;
pub mod ics;
