//! The `plan_sections` table: each plan's content but its actions, one JSON document per wizard
//! section, so that an edit rewrites only the section being typed in. The bodies are opaque here.

use rusqlite::{params, Connection};

use crate::error::Result;
use crate::plan::PlanId;

/// Every stored section of a plan: its name and its JSON body.
pub fn read_all(conn: &Connection, plan: PlanId) -> Result<Vec<(String, String)>> {
    let mut stmt =
        conn.prepare_cached("SELECT section, body FROM plan_sections WHERE plan_id = ?1")?;
    let rows = stmt.query_map([plan.0], |r| Ok((r.get(0)?, r.get(1)?)))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Writes one section of a plan, replacing what it held.
pub fn upsert(conn: &Connection, plan: PlanId, section: &str, body: &str) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO plan_sections (plan_id, section, body) VALUES (?1, ?2, ?3)
         ON CONFLICT (plan_id, section) DO UPDATE SET body = excluded.body",
    )?
    .execute(params![plan.0, section, body])?;
    Ok(())
}

/// How many sections named `section` the whole library stores.
#[cfg(test)]
pub fn count_named(conn: &Connection, section: &str) -> Result<i64> {
    Ok(conn.query_row(
        "SELECT COUNT(*) FROM plan_sections WHERE section = ?1",
        [section],
        |r| r.get(0),
    )?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn upsert_then_read_all() {
        let conn = crate::store::open_in_memory().unwrap();
        let id = crate::store::plans::insert(
            &conn,
            &crate::store::plans::Listing {
                company_name: "Café Lune",
                plan_year: 2027,
                language: crate::plan::Language::Fr,
            },
            crate::store::plans::Identity {
                uid: crate::plan::PlanUid::new(),
                previous_uid: None,
            },
            None,
            chrono::Utc::now(),
        )
        .unwrap();
        upsert(&conn, id, "notes", "\"a\"").unwrap();
        upsert(&conn, id, "notes", "\"b\"").unwrap();
        upsert(&conn, id, "mix", "{}").unwrap();
        let mut all = read_all(&conn, id).unwrap();
        all.sort();
        assert_eq!(
            all,
            [
                ("mix".to_string(), "{}".to_string()),
                ("notes".to_string(), "\"b\"".to_string())
            ]
        );
        assert_eq!(count_named(&conn, "notes").unwrap(), 1);
    }
}
