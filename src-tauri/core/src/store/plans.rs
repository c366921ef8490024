//! The `plans`, `plan_sections` and `plan_actions` tables: the plan library and each plan's
//! content.
//!
//! A plan is stored as one JSON document per section, and its actions as one row each in the
//! plan's order, so that the edit being typed rewrites one small row. Every write validates the
//! whole resulting plan first: nothing invalid is stored.

use std::collections::HashSet;

use chrono::{DateTime, Utc};
use rusqlite::{params, Connection, OptionalExtension, Transaction};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::{Error, Result};
use crate::plan::{validate, Action, ActionId, Plan, PlanId, PlanSection, SectionKey};

/// A plan as listed in the library.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct PlanSummary {
    pub id: PlanId,
    pub company_name: String,
    pub plan_year: i32,
    pub language: crate::plan::Language,
    pub previous_plan_id: Option<PlanId>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    /// The checklist's readiness score (0-100) as of the last change, when known.
    pub readiness: Option<u8>,
}

/// A stored plan with its content.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct PlanRecord {
    pub summary: PlanSummary,
    pub plan: Plan,
}

const SUMMARY_COLUMNS: &str =
    "id, company_name, plan_year, language, previous_plan_id, created_at, updated_at, readiness";

fn summary_from_row(row: &rusqlite::Row<'_>) -> rusqlite::Result<PlanSummary> {
    let language: String = row.get(3)?;
    Ok(PlanSummary {
        id: PlanId(row.get(0)?),
        company_name: row.get(1)?,
        plan_year: row.get(2)?,
        language: crate::plan::Language::from_locale(&language)
            .unwrap_or(crate::plan::Language::Fr),
        previous_plan_id: row.get::<_, Option<i64>>(4)?.map(PlanId),
        created_at: row.get(5)?,
        updated_at: row.get(6)?,
        readiness: row.get(7)?,
    })
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

/// Stores a new plan, optionally as the renewal of a previous one.
pub fn create(conn: &mut Connection, plan: &Plan, previous: Option<PlanId>) -> Result<PlanId> {
    validate::plan(plan)?;
    let tx = write_transaction(conn)?;
    let now = Utc::now();
    tx.execute(
        "INSERT INTO plans (company_name, plan_year, language, previous_plan_id, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?5)",
        params![
            plan.company.name,
            plan.company.plan_year,
            plan.company.language.code(),
            previous.map(|p| p.0),
            now
        ],
    )?;
    let id = PlanId(tx.last_insert_rowid());
    for key in SectionKey::ALL {
        write_section(&tx, id, key, plan)?;
    }
    tx.commit()?;
    Ok(id)
}

/// One plan with its content.
pub fn get(conn: &Connection, id: PlanId) -> Result<PlanRecord> {
    let summary = summary(conn, id)?;
    let mut stmt =
        conn.prepare_cached("SELECT section, body FROM plan_sections WHERE plan_id = ?1")?;
    let mut doc = serde_json::Map::new();
    let rows = stmt.query_map([id.0], |r| {
        Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?))
    })?;
    for row in rows {
        let (section, body) = row?;
        let value = serde_json::from_str(&body).map_err(|e| damaged(id, &section, &e))?;
        doc.insert(section, value);
    }
    let mut stmt =
        conn.prepare_cached("SELECT body FROM plan_actions WHERE plan_id = ?1 ORDER BY position")?;
    let mut actions = Vec::new();
    for body in stmt.query_map([id.0], |r| r.get::<_, String>(0))? {
        let value = serde_json::from_str(&body?).map_err(|e| damaged(id, "actions", &e))?;
        actions.push(value);
    }
    doc.insert("actions".into(), serde_json::Value::Array(actions));
    let plan = serde_json::from_value(serde_json::Value::Object(doc))
        .map_err(|e| damaged(id, "plan", &e))?;
    Ok(PlanRecord { summary, plan })
}

fn damaged(id: PlanId, section: &str, e: &serde_json::Error) -> Error {
    Error::BadFile(format!(
        "the stored plan {id} is damaged (section {section}: {e})"
    ))
}

/// The library entry of one plan.
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

/// Replaces one section of a plan, after checking the resulting plan; returns the plan as saved.
pub fn save_section(conn: &mut Connection, id: PlanId, section: PlanSection) -> Result<PlanRecord> {
    let mut open = None;
    let summary = save_section_kept(conn, id, section, &mut open)?;
    let plan = open.expect("a successful save keeps the plan").plan;
    Ok(PlanRecord { summary, plan })
}

/// The plan last saved through one connection, kept in memory for its next save. It is used
/// only while no other connection has committed to the database since (SQLite's
/// `data_version`, read inside the write transaction), so another process's changes are never
/// overwritten with a stale copy.
#[derive(Debug)]
pub struct OpenPlan {
    id: PlanId,
    data_version: i64,
    plan: Plan,
}

impl OpenPlan {
    /// The plan as saved.
    pub fn plan(&self) -> &Plan {
        &self.plan
    }
}

/// One plan with its content, also left in `open` for the saves that follow (the wizard opening
/// a plan, which it then edits). Read under the write lock, as a save is, so that the version
/// noted with it is the one read.
pub fn get_kept(
    conn: &mut Connection,
    id: PlanId,
    open: &mut Option<OpenPlan>,
) -> Result<PlanRecord> {
    *open = None;
    let tx = write_transaction(conn)?;
    let data_version: i64 = tx.query_row("PRAGMA data_version", [], |r| r.get(0))?;
    let record = get(&tx, id)?;
    tx.commit()?;
    *open = Some(OpenPlan {
        id,
        data_version,
        plan: record.plan.clone(),
    });
    Ok(record)
}

/// Plan `id` as kept in `open`, when it is that plan and no other connection has written since.
pub fn kept<'a>(
    conn: &Connection,
    id: PlanId,
    open: &'a Option<OpenPlan>,
) -> Result<Option<&'a Plan>> {
    let Some(kept) = open.as_ref().filter(|o| o.id == id) else {
        return Ok(None);
    };
    let data_version: i64 = conn.query_row("PRAGMA data_version", [], |r| r.get(0))?;
    Ok((kept.data_version == data_version).then_some(&kept.plan))
}

/// Replaces one section of a plan, after checking the resulting plan, starting from `open` when
/// it still holds this plan as stored (no need to read and decode every section again); leaves
/// the saved plan in `open`, or nothing when the save failed.
pub fn save_section_kept(
    conn: &mut Connection,
    id: PlanId,
    section: PlanSection,
    open: &mut Option<OpenPlan>,
) -> Result<PlanSummary> {
    let tx = write_transaction(conn)?;
    let data_version: i64 = tx.query_row("PRAGMA data_version", [], |r| r.get(0))?;
    let mut plan = match open
        .take()
        .filter(|o| o.id == id && o.data_version == data_version)
    {
        Some(kept) => {
            // Deleted since, through this connection: refused as a re-read would refuse it.
            summary(&tx, id)?;
            kept.plan
        }
        None => get(&tx, id)?.plan,
    };
    let key = section.key();
    // For actions, only the rows that changed are written: the actions as stored are the plan's.
    let changed = section.changed_actions(&plan.actions);
    let order: Vec<ActionId> = match changed {
        Some(_) => plan.actions.iter().map(|a| a.id).collect(),
        None => Vec::new(),
    };
    section.apply_to(&mut plan)?;
    validate::plan(&plan)?;
    match changed {
        Some(changed) => {
            write_actions(&tx, id, &order, &plan.actions, |a| changed.contains(&a.id))?
        }
        None => write_section(&tx, id, key, &plan)?,
    }
    let summary = touch(&tx, id, &plan)?;
    tx.commit()?;
    *open = Some(OpenPlan {
        id,
        data_version,
        plan,
    });
    Ok(summary)
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

/// Replaces a plan's whole content.
pub fn replace(conn: &mut Connection, id: PlanId, plan: &Plan) -> Result<PlanSummary> {
    validate::plan(plan)?;
    let tx = write_transaction(conn)?;
    summary(&tx, id)?;
    for key in SectionKey::ALL {
        write_section(&tx, id, key, plan)?;
    }
    let summary = touch(&tx, id, plan)?;
    tx.commit()?;
    Ok(summary)
}

/// Gives a plan's company a new name.
pub fn rename(conn: &mut Connection, id: PlanId, name: &str) -> Result<PlanSummary> {
    let mut company = get(conn, id)?.plan.company;
    company.name = name.trim().to_string();
    Ok(save_section(conn, id, PlanSection::Company(company))?.summary)
}

/// Copies a plan under a new company name; the copy is a new, independent plan.
pub fn duplicate(conn: &mut Connection, id: PlanId, name: &str) -> Result<PlanId> {
    let record = get(conn, id)?;
    let mut plan = record.plan;
    plan.company.name = name.trim().to_string();
    create(conn, &plan, record.summary.previous_plan_id)
}

/// Moves a plan out of the library; `restore` brings it back until `purge_deleted` runs.
pub fn delete(conn: &Connection, id: PlanId) -> Result<()> {
    let changed = conn.execute(
        "UPDATE plans SET deleted_at = ?2 WHERE id = ?1 AND deleted_at IS NULL",
        params![id.0, Utc::now()],
    )?;
    if changed == 0 {
        return Err(not_found(id));
    }
    Ok(())
}

/// Undoes a deletion.
pub fn restore(conn: &Connection, id: PlanId) -> Result<PlanSummary> {
    let changed = conn.execute(
        "UPDATE plans SET deleted_at = NULL WHERE id = ?1 AND deleted_at IS NOT NULL",
        [id.0],
    )?;
    if changed == 0 {
        return Err(not_found(id));
    }
    summary(conn, id)
}

/// Removes for good the plans deleted before; returns how many.
pub fn purge_deleted(conn: &Connection) -> Result<usize> {
    Ok(conn.execute("DELETE FROM plans WHERE deleted_at IS NOT NULL", [])?)
}

/// Starts a transaction that takes the write lock at once: a deferred one that reads first
/// would be refused (SQLITE_BUSY) without waiting when another process is writing.
fn write_transaction(conn: &mut Connection) -> Result<Transaction<'_>> {
    Ok(conn.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?)
}

fn write_section(tx: &Transaction<'_>, id: PlanId, key: SectionKey, plan: &Plan) -> Result<()> {
    if key == SectionKey::Actions {
        tx.prepare_cached("DELETE FROM plan_actions WHERE plan_id = ?1")?
            .execute([id.0])?;
        return write_actions(tx, id, &[], &plan.actions, |_| true);
    }
    let body = key.body_of(plan).map_err(|e| {
        Error::BadFile(format!(
            "the section {} could not be written: {e}",
            key.as_str()
        ))
    })?;
    tx.prepare_cached(
        "INSERT INTO plan_sections (plan_id, section, body) VALUES (?1, ?2, ?3)
         ON CONFLICT (plan_id, section) DO UPDATE SET body = excluded.body",
    )?
    .execute(params![id.0, key.as_str(), body])?;
    Ok(())
}

/// Brings a plan's stored actions, rows for the ids of `order` in that order, to `actions`: an
/// action `changed` says differs is written whole, one that only moved gets its new place, and
/// the rows of actions gone are deleted.
fn write_actions(
    tx: &Transaction<'_>,
    id: PlanId,
    order: &[ActionId],
    actions: &[Action],
    changed: impl Fn(&Action) -> bool,
) -> Result<()> {
    let mut upsert = tx.prepare_cached(
        "INSERT INTO plan_actions (plan_id, action_id, position, body) VALUES (?1, ?2, ?3, ?4)
         ON CONFLICT (plan_id, action_id) DO UPDATE SET position = excluded.position, body = excluded.body",
    )?;
    let mut moved = tx.prepare_cached(
        "UPDATE plan_actions SET position = ?3 WHERE plan_id = ?1 AND action_id = ?2",
    )?;
    for (position, action) in actions.iter().enumerate() {
        if changed(action) {
            upsert.execute(params![
                id.0,
                action.id.0,
                position as i64,
                action_body(action)?
            ])?;
        } else if order.get(position) != Some(&action.id) {
            moved.execute(params![id.0, action.id.0, position as i64])?;
        }
    }
    let kept: HashSet<ActionId> = actions.iter().map(|a| a.id).collect();
    let mut delete =
        tx.prepare_cached("DELETE FROM plan_actions WHERE plan_id = ?1 AND action_id = ?2")?;
    for gone in order.iter().filter(|a| !kept.contains(a)) {
        delete.execute(params![id.0, gone.0])?;
    }
    Ok(())
}

fn action_body(action: &Action) -> Result<String> {
    serde_json::to_string(action).map_err(|e| {
        Error::BadFile(format!(
            "the action {} could not be written: {e}",
            action.id
        ))
    })
}

/// Marks a plan as changed now and mirrors the fields the library lists.
fn touch(tx: &Transaction<'_>, id: PlanId, plan: &Plan) -> Result<PlanSummary> {
    tx.execute(
        "UPDATE plans SET company_name = ?2, plan_year = ?3, language = ?4, updated_at = ?5 WHERE id = ?1",
        params![id.0, plan.company.name, plan.company.plan_year, plan.company.language.code(), Utc::now()],
    )?;
    summary(tx, id)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plan::{ActionList, Language, MarketingMix};
    use crate::ErrorKind;

    fn sample() -> Plan {
        Plan::blank("Boulangerie Morel", 2027, Language::Fr)
    }

    #[test]
    fn create_then_get_returns_the_same_plan() {
        let mut conn = crate::store::open_in_memory().unwrap();
        let id = create(&mut conn, &sample(), None).unwrap();
        let record = get(&conn, id).unwrap();
        assert_eq!(record.plan, sample());
        assert_eq!(record.summary.company_name, "Boulangerie Morel");
        assert_eq!(record.summary.plan_year, 2027);
    }

    #[test]
    fn save_section_changes_only_that_section_and_the_listing() {
        let mut conn = crate::store::open_in_memory().unwrap();
        let id = create(&mut conn, &sample(), None).unwrap();
        let mut company = sample().company;
        company.name = "Fournil Morel".into();
        company.plan_year = 2028;
        let summary = save_section(&mut conn, id, PlanSection::Company(company))
            .unwrap()
            .summary;
        assert_eq!(summary.company_name, "Fournil Morel");
        assert_eq!(summary.plan_year, 2028);
        let plan = get(&conn, id).unwrap().plan;
        assert_eq!(plan.company.name, "Fournil Morel");
        assert_eq!(plan.mix, sample().mix);
    }

    /// The stored body of each of a plan's actions, by action id, in the plan's order.
    fn action_rows(conn: &Connection, id: PlanId) -> Vec<(u32, String)> {
        let mut stmt = conn
            .prepare(
                "SELECT action_id, body FROM plan_actions WHERE plan_id = ?1 ORDER BY position",
            )
            .unwrap();
        stmt.query_map([id.0], |r| Ok((r.get(0)?, r.get(1)?)))
            .unwrap()
            .collect::<rusqlite::Result<_>>()
            .unwrap()
    }

    #[test]
    fn actions_are_stored_one_row_each_and_an_edit_rewrites_its_row_alone() {
        let mut conn = crate::store::open_in_memory().unwrap();
        let example = crate::seed::example_plan(2027);
        let id = create(&mut conn, &example, None).unwrap();
        let before = action_rows(&conn, id);
        assert_eq!(before.len(), example.actions.len());
        assert!(before
            .iter()
            .map(|(a, _)| *a)
            .eq(example.actions.iter().map(|a| a.id.0)));

        let mut edited = example.actions[3].clone();
        edited.title = "Salon du chocolat, stand double".into();
        let saved = save_section(&mut conn, id, PlanSection::Action(edited.clone())).unwrap();
        assert_eq!(saved.plan.actions[3], edited);
        let after = action_rows(&conn, id);
        for (i, (row, old)) in after.iter().zip(&before).enumerate() {
            assert_eq!(row.0, old.0, "the order is kept");
            assert_eq!(
                row.1 != old.1,
                i == 3,
                "only the edited action's row changed"
            );
        }
        assert_eq!(get(&conn, id).unwrap().plan.actions[3], edited);

        // A new order (what the list's arrows save) is stored as it is.
        let mut reordered = saved.plan.actions.clone();
        reordered.reverse();
        save_section(&mut conn, id, PlanSection::Actions(reordered.clone())).unwrap();
        assert_eq!(get(&conn, id).unwrap().plan.actions, reordered);
        let sections: i64 = conn
            .query_row(
                "SELECT COUNT(*) FROM plan_sections WHERE section = 'actions'",
                [],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(sections, 0, "actions live in their own table only");

        // An action removed and one added: their rows go and come.
        let mut changed = reordered;
        let removed = changed.remove(1);
        let mut added = changed[0].clone();
        added.id = ActionId(99);
        added.title = "Journées portes ouvertes".into();
        changed.push(added);
        save_section(&mut conn, id, PlanSection::Actions(changed.clone())).unwrap();
        assert_eq!(get(&conn, id).unwrap().plan.actions, changed);
        let ids: Vec<u32> = action_rows(&conn, id).into_iter().map(|(a, _)| a).collect();
        assert!(!ids.contains(&removed.id.0));
        assert_eq!(ids.len(), changed.len());

        // The same kind of change sent as an order and the changed actions only: one moved to
        // the end, one removed, one added, one edited.
        let mut expected = changed;
        let first = expected.remove(0);
        expected.push(first);
        expected.remove(2);
        let mut fresh = expected[0].clone();
        fresh.id = ActionId(100);
        fresh.title = "Atelier dégustation".into();
        expected.insert(1, fresh.clone());
        expected[3].owner = "Maëlle".into();
        let list = ActionList {
            order: expected.iter().map(|a| a.id).collect(),
            changed: vec![fresh, expected[3].clone()],
        };
        let saved = save_section(&mut conn, id, PlanSection::ActionList(list)).unwrap();
        assert_eq!(saved.plan.actions, expected);
        assert_eq!(get(&conn, id).unwrap().plan.actions, expected);
        let positions: Vec<i64> = conn
            .prepare("SELECT position FROM plan_actions WHERE plan_id = ?1 ORDER BY position")
            .unwrap()
            .query_map([id.0], |r| r.get(0))
            .unwrap()
            .collect::<rusqlite::Result<_>>()
            .unwrap();
        assert!(
            positions.iter().copied().eq(0..expected.len() as i64),
            "{positions:?}"
        );

        // An order naming an action the plan does not have changes nothing.
        let before = get(&conn, id).unwrap().plan;
        let stray = ActionList {
            order: vec![ActionId(404)],
            changed: vec![],
        };
        let err = save_section(&mut conn, id, PlanSection::ActionList(stray)).unwrap_err();
        assert_eq!(err.kind(), ErrorKind::NotFound);
        assert_eq!(get(&conn, id).unwrap().plan, before);
    }

    #[test]
    fn an_invalid_section_is_refused_and_nothing_changes() {
        let mut conn = crate::store::open_in_memory().unwrap();
        let id = create(&mut conn, &sample(), None).unwrap();
        let mix = MarketingMix {
            product: "x".repeat(60_000),
            ..sample().mix
        };
        let err = save_section(&mut conn, id, PlanSection::Mix(mix)).unwrap_err();
        assert_eq!(err.kind(), ErrorKind::Invalid);
        assert_eq!(get(&conn, id).unwrap().plan, sample());
    }

    #[test]
    fn list_is_sorted_by_last_change() {
        let mut conn = crate::store::open_in_memory().unwrap();
        let a = create(&mut conn, &sample(), None).unwrap();
        let b = create(
            &mut conn,
            &Plan::blank("Café Lune", 2027, Language::Fr),
            None,
        )
        .unwrap();
        rename(&mut conn, a, "Boulangerie Morel & fils").unwrap();
        let names: Vec<_> = list(&conn).unwrap().into_iter().map(|s| s.id).collect();
        assert_eq!(names, vec![a, b]);
    }

    #[test]
    fn delete_hides_restore_brings_back_purge_removes() {
        let mut conn = crate::store::open_in_memory().unwrap();
        let id = create(&mut conn, &crate::seed::example_plan(2027), None).unwrap();
        delete(&conn, id).unwrap();
        assert!(list(&conn).unwrap().is_empty());
        assert_eq!(get(&conn, id).unwrap_err().kind(), ErrorKind::NotFound);
        restore(&conn, id).unwrap();
        assert_eq!(list(&conn).unwrap().len(), 1);
        delete(&conn, id).unwrap();
        assert_eq!(purge_deleted(&conn).unwrap(), 1);
        assert_eq!(restore(&conn, id).unwrap_err().kind(), ErrorKind::NotFound);
        let sections: i64 = conn
            .query_row("SELECT COUNT(*) FROM plan_sections", [], |r| r.get(0))
            .unwrap();
        assert_eq!(sections, 0, "sections go with their plan");
        let actions: i64 = conn
            .query_row("SELECT COUNT(*) FROM plan_actions", [], |r| r.get(0))
            .unwrap();
        assert_eq!(actions, 0, "actions go with their plan");
    }

    #[test]
    fn duplicate_is_an_independent_copy() {
        let mut conn = crate::store::open_in_memory().unwrap();
        let id = create(&mut conn, &sample(), None).unwrap();
        let copy = duplicate(&mut conn, id, "Boulangerie Morel (copie)").unwrap();
        assert_ne!(copy, id);
        rename(&mut conn, copy, "Autre").unwrap();
        assert_eq!(
            get(&conn, id).unwrap().plan.company.name,
            "Boulangerie Morel"
        );
        assert_eq!(get(&conn, copy).unwrap().plan.company.name, "Autre");
    }

    #[test]
    fn missing_plan_is_not_found() {
        let mut conn = crate::store::open_in_memory().unwrap();
        let err = save_section(&mut conn, PlanId(42), PlanSection::Notes("x".into())).unwrap_err();
        assert_eq!(err.kind(), ErrorKind::NotFound);
        assert_eq!(err.to_string(), "plan 42 was not found");
    }

    #[test]
    fn edits_survive_closing_and_reopening_the_file() {
        let dir = tempfile::tempdir().unwrap();
        let id = {
            let mut conn = crate::store::open(dir.path()).unwrap();
            let id = create(&mut conn, &sample(), None).unwrap();
            save_section(
                &mut conn,
                id,
                PlanSection::Notes("Penser au salon de Rennes".into()),
            )
            .unwrap();
            id
        };
        let conn = crate::store::open(dir.path()).unwrap();
        assert_eq!(
            get(&conn, id).unwrap().plan.notes,
            "Penser au salon de Rennes"
        );
    }
}
