//! The product's one clock: today's date and the current instant. Nothing else in the product
//! reads the system's date; entry points (the Tauri shell, the CLI) ask here and pass the date
//! down, so the figures, the checklist's steering rules and the PDF are computed as of one date.
//!
//! `BOUSSOLE_TODAY=YYYY-MM-DD` sets the date, for tests and for an owner who wants to see the plan
//! as it will read on another day; the time of day stays the real one, so timestamps keep their
//! order within a run. A value that is not a date is refused by [`check`], which the entry points
//! call once at start.

use chrono::{DateTime, Local, NaiveDate, NaiveDateTime, Utc};

use crate::error::{Error, Result};

/// The environment variable that sets today's date.
pub const TODAY_VARIABLE: &str = "BOUSSOLE_TODAY";

/// The date set by `BOUSSOLE_TODAY`, if any and valid.
fn set_date() -> Option<NaiveDate> {
    std::env::var(TODAY_VARIABLE)
        .ok()
        .and_then(|v| NaiveDate::parse_from_str(v.trim(), "%Y-%m-%d").ok())
}

/// Whether `BOUSSOLE_TODAY`, when set, holds a date; an error says what it should hold.
pub fn check() -> Result<()> {
    match std::env::var(TODAY_VARIABLE) {
        Ok(v) if NaiveDate::parse_from_str(v.trim(), "%Y-%m-%d").is_err() => Err(Error::invalid(
            TODAY_VARIABLE,
            format!("{TODAY_VARIABLE} must be a date written YYYY-MM-DD, such as 2027-03-15; it holds {v:?}"),
        )),
        _ => Ok(()),
    }
}

/// Today, in the owner's time zone (or as set by `BOUSSOLE_TODAY`).
pub fn today() -> NaiveDate {
    set_date().unwrap_or_else(|| Local::now().date_naive())
}

/// The current local date and time, for backup names and their daily schedule.
pub fn local_now() -> NaiveDateTime {
    let now = Local::now().naive_local();
    match set_date() {
        Some(date) => date.and_time(now.time()),
        None => now,
    }
}

/// The current instant, for the times written in files and in the library.
pub fn now() -> DateTime<Utc> {
    let now = Utc::now();
    match set_date() {
        Some(date) => date.and_time(now.time()).and_utc(),
        None => now,
    }
}
