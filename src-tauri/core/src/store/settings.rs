//! The `settings` table: small key/value preferences such as the interface language.

use rusqlite::{Connection, OptionalExtension};

use crate::error::Result;

/// Reads a setting.
pub fn get(conn: &Connection, key: &str) -> Result<Option<String>> {
    Ok(conn
        .query_row("SELECT value FROM settings WHERE key = ?1", [key], |r| {
            r.get(0)
        })
        .optional()?)
}

/// Writes a setting.
pub fn set(conn: &Connection, key: &str, value: &str) -> Result<()> {
    conn.execute(
        "INSERT INTO settings (key, value) VALUES (?1, ?2)
         ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        [key, value],
    )?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn set_then_get_and_overwrite() {
        let conn = crate::store::open_in_memory().unwrap();
        assert_eq!(get(&conn, "language").unwrap(), None);
        set(&conn, "language", "fr").unwrap();
        set(&conn, "language", "en").unwrap();
        assert_eq!(get(&conn, "language").unwrap().as_deref(), Some("en"));
    }
}
