//! The `plans` table: one row per plan of the library, with the fields the library lists, the
//! readiness score, the plan's identity across machines, the link to the plan it renews and the
//! soft-deletion mark.

use chrono::{DateTime, Utc};
use rusqlite::{params, Connection, OptionalExtension};

use crate::error::{Error, Result};
use crate::plan::{file_stem, Language, PlanId, PlanSummary, PlanUid};

// Whether the plan is the example, and how many steps the owner has been through, are read from
// its stored `start` section: no column to keep in step with the content.
const SUMMARY_COLUMNS: &str =
    "id, company_name, plan_year, language, previous_plan_id, created_at, updated_at, readiness, \
     coalesce((SELECT json_extract(body, '$.example') FROM plan_sections \
               WHERE plan_id = plans.id AND section = 'start'), 0), \
     coalesce((SELECT json_array_length(body, '$.visitedSteps') FROM plan_sections \
               WHERE plan_id = plans.id AND section = 'start'), 0)";

fn summary_from_row(row: &rusqlite::Row<'_>) -> rusqlite::Result<PlanSummary> {
    let language: String = row.get(3)?;
    let company_name: String = row.get(1)?;
    let plan_year = row.get(2)?;
    Ok(PlanSummary {
        id: PlanId(row.get(0)?),
        file_stem: file_stem(&company_name, plan_year),
        company_name,
        plan_year,
        language: Language::from_locale(&language).unwrap_or(Language::Fr),
        previous_plan_id: row.get::<_, Option<i64>>(4)?.map(PlanId),
        created_at: row.get(5)?,
        updated_at: row.get(6)?,
        readiness: row.get(7)?,
        example: row.get::<_, i64>(8)? != 0,
        steps_visited: u8::try_from(row.get::<_, i64>(9)?).unwrap_or(u8::MAX),
    })
}

/// The fields of the library's list, as a plan's content gives them.
pub struct Listing<'a> {
    pub company_name: &'a str,
    pub plan_year: i32,
    pub language: Language,
}

/// The plans of the library, most recently changed first (deleted ones excluded).
pub fn list(conn: &Connection) -> Result<Vec<PlanSummary>> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {SUMMARY_COLUMNS} FROM plans WHERE deleted_at IS NULL ORDER BY updated_at DESC, id DESC"
    ))?;
    let rows = stmt.query_map([], summary_from_row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// How many plans the library holds, deleted ones included.
pub fn count_all(conn: &Connection) -> Result<i64> {
    Ok(conn.query_row("SELECT COUNT(*) FROM plans", [], |r| r.get(0))?)
}

/// Adds a plan's row with its identity, optionally as the renewal of a previous plan; returns
/// its id.
pub fn insert(
    conn: &Connection,
    listing: &Listing<'_>,
    identity: Identity,
    previous: Option<PlanId>,
    now: DateTime<Utc>,
) -> Result<PlanId> {
    conn.execute(
        "INSERT INTO plans (company_name, plan_year, language, previous_plan_id, uid, previous_uid, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7)",
        params![
            listing.company_name,
            listing.plan_year,
            listing.language.code(),
            previous.map(|p| p.0),
            identity.uid.to_string(),
            identity.previous_uid.map(|u| u.to_string()),
            now
        ],
    )?;
    Ok(PlanId(conn.last_insert_rowid()))
}

/// A plan's identity across machines, and that of the plan it renews.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Identity {
    pub uid: PlanUid,
    pub previous_uid: Option<PlanUid>,
}

/// The identity of a stored plan (deleted ones included).
pub fn identity(conn: &Connection, id: PlanId) -> Result<Identity> {
    let (uid, previous): (String, Option<String>) = conn
        .prepare_cached("SELECT uid, previous_uid FROM plans WHERE id = ?1")?
        .query_row([id.0], |r| Ok((r.get(0)?, r.get(1)?)))
        .optional()?
        .ok_or_else(|| not_found(id))?;
    let parse = |text: &str| {
        text.parse::<PlanUid>().map_err(|e| {
            Error::BadFile(format!("the stored plan {id} has a damaged identity ({e})"))
        })
    };
    Ok(Identity {
        uid: parse(&uid)?,
        previous_uid: previous.as_deref().map(parse).transpose()?,
    })
}

/// Whether a plan of the library (deleted ones included, as they can be brought back) has this
/// identity.
pub fn uid_taken(conn: &Connection, uid: PlanUid) -> Result<bool> {
    Ok(conn
        .prepare_cached("SELECT 1 FROM plans WHERE uid = ?1")?
        .query_row([uid.to_string()], |_| Ok(()))
        .optional()?
        .is_some())
}

/// The library entry of one plan; not found when it does not exist or is deleted.
pub fn summary(conn: &Connection, id: PlanId) -> Result<PlanSummary> {
    conn.prepare_cached(&format!(
        "SELECT {SUMMARY_COLUMNS} FROM plans WHERE id = ?1 AND deleted_at IS NULL"
    ))?
    .query_row([id.0], summary_from_row)
    .optional()?
    .ok_or_else(|| not_found(id))
}

fn not_found(id: PlanId) -> Error {
    Error::NotFound {
        entity: "plan",
        id: id.to_string(),
    }
}

/// Marks a plan as changed at `now` and mirrors the fields the library lists.
pub fn update_listing(
    conn: &Connection,
    id: PlanId,
    listing: &Listing<'_>,
    now: DateTime<Utc>,
) -> Result<()> {
    conn.prepare_cached(
        "UPDATE plans SET company_name = ?2, plan_year = ?3, language = ?4, updated_at = ?5 WHERE id = ?1",
    )?
    .execute(params![
        id.0,
        listing.company_name,
        listing.plan_year,
        listing.language.code(),
        now
    ])?;
    Ok(())
}

/// Records a plan's readiness score.
pub fn set_readiness(conn: &Connection, id: PlanId, score: u8) -> Result<()> {
    conn.prepare_cached("UPDATE plans SET readiness = ?2 WHERE id = ?1")?
        .execute(params![id.0, score])?;
    Ok(())
}

/// The plans whose readiness score is not known yet.
pub fn unscored(conn: &Connection) -> Result<Vec<PlanId>> {
    let mut stmt =
        conn.prepare_cached("SELECT id FROM plans WHERE readiness IS NULL AND deleted_at IS NULL")?;
    let rows = stmt.query_map([], |r| r.get(0).map(PlanId))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Marks a plan deleted at `now`; not found when it does not exist or is already deleted.
pub fn mark_deleted(conn: &Connection, id: PlanId, now: DateTime<Utc>) -> Result<()> {
    let changed = conn.execute(
        "UPDATE plans SET deleted_at = ?2 WHERE id = ?1 AND deleted_at IS NULL",
        params![id.0, now],
    )?;
    if changed == 0 {
        return Err(not_found(id));
    }
    Ok(())
}

/// Clears a plan's deletion mark; not found when it is not deleted (or purged).
pub fn unmark_deleted(conn: &Connection, id: PlanId) -> Result<()> {
    let changed = conn.execute(
        "UPDATE plans SET deleted_at = NULL WHERE id = ?1 AND deleted_at IS NOT NULL",
        [id.0],
    )?;
    if changed == 0 {
        return Err(not_found(id));
    }
    Ok(())
}

/// Removes for good the plans marked deleted before `cutoff`, with their content; returns how
/// many.
pub fn purge_deleted_before(conn: &Connection, cutoff: DateTime<Utc>) -> Result<usize> {
    Ok(conn.execute(
        "DELETE FROM plans WHERE deleted_at IS NOT NULL AND deleted_at < ?1",
        [cutoff],
    )?)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ErrorKind;

    fn fresh() -> Identity {
        Identity {
            uid: PlanUid::new(),
            previous_uid: None,
        }
    }

    fn listing(name: &str) -> Listing<'_> {
        Listing {
            company_name: name,
            plan_year: 2027,
            language: Language::Fr,
        }
    }

    #[test]
    fn insert_then_list_most_recent_first() {
        let conn = crate::store::open_in_memory().unwrap();
        let t0 = Utc::now();
        let first = fresh();
        let a = insert(&conn, &listing("Boulangerie Morel"), first, None, t0).unwrap();
        let second = Identity {
            uid: PlanUid::new(),
            previous_uid: Some(first.uid),
        };
        let b = insert(&conn, &listing("Café Lune"), second, Some(a), t0).unwrap();
        assert_eq!(identity(&conn, b).unwrap(), second);
        assert!(uid_taken(&conn, first.uid).unwrap());
        assert!(!uid_taken(&conn, PlanUid::new()).unwrap());
        let twice = insert(&conn, &listing("Café Lune"), second, None, t0);
        assert!(twice.is_err(), "an identity is given to one plan only");
        update_listing(
            &conn,
            a,
            &listing("Fournil Morel"),
            t0 + chrono::TimeDelta::seconds(1),
        )
        .unwrap();
        let listed = list(&conn).unwrap();
        assert_eq!(listed.iter().map(|s| s.id).collect::<Vec<_>>(), [a, b]);
        assert_eq!(listed[0].company_name, "Fournil Morel");
        assert_eq!(listed[1].previous_plan_id, Some(a));
        assert_eq!(listed[1].readiness, None);
        set_readiness(&conn, b, 42).unwrap();
        assert_eq!(summary(&conn, b).unwrap().readiness, Some(42));
        assert_eq!(unscored(&conn).unwrap(), [a]);
    }

    #[test]
    fn the_example_plan_is_listed_as_such() {
        let conn = crate::store::open_in_memory().unwrap();
        let example = insert(&conn, &listing("Biscuiterie"), fresh(), None, Utc::now()).unwrap();
        let own = insert(&conn, &listing("Café Lune"), fresh(), None, Utc::now()).unwrap();
        let start = |example: bool| {
            format!(r#"{{"example":{example},"trade":null,"visitedSteps":[],"exampleFigures":[]}}"#)
        };
        crate::store::sections::upsert(&conn, example, "start", &start(true)).unwrap();
        crate::store::sections::upsert(&conn, own, "start", &start(false)).unwrap();
        assert!(summary(&conn, example).unwrap().example);
        assert!(!summary(&conn, own).unwrap().example);
        assert_eq!(summary(&conn, own).unwrap().steps_visited, 0);
        let visited = r#"{"example":false,"trade":null,"visitedSteps":["company","diagnostic"],"exampleFigures":[]}"#;
        crate::store::sections::upsert(&conn, own, "start", visited).unwrap();
        assert_eq!(summary(&conn, own).unwrap().steps_visited, 2);
        let listed = list(&conn).unwrap();
        assert_eq!(listed.iter().filter(|s| s.example).count(), 1);
    }

    #[test]
    fn deletion_marks_hide_and_purge_removes() {
        let conn = crate::store::open_in_memory().unwrap();
        let id = insert(&conn, &listing("Café Lune"), fresh(), None, Utc::now()).unwrap();
        mark_deleted(&conn, id, Utc::now()).unwrap();
        assert_eq!(summary(&conn, id).unwrap_err().kind(), ErrorKind::NotFound);
        assert_eq!(
            mark_deleted(&conn, id, Utc::now()).unwrap_err().kind(),
            ErrorKind::NotFound
        );
        unmark_deleted(&conn, id).unwrap();
        assert_eq!(list(&conn).unwrap().len(), 1);
        let deleted_at = Utc::now();
        mark_deleted(&conn, id, deleted_at).unwrap();
        assert_eq!(purge_deleted_before(&conn, deleted_at).unwrap(), 0);
        let later = deleted_at + chrono::TimeDelta::microseconds(1);
        assert_eq!(purge_deleted_before(&conn, later).unwrap(), 1);
        assert_eq!(count_all(&conn).unwrap(), 0);
        assert_eq!(
            unmark_deleted(&conn, id).unwrap_err().kind(),
            ErrorKind::NotFound
        );
    }
}
