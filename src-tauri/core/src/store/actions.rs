//! The `plan_actions` table: a plan's actions one row each, with their place in the plan's list,
//! so that typing in one action of a long plan rewrites that row alone. Bodies are opaque here.

use rusqlite::{params, Connection};

use crate::error::Result;
use crate::plan::{ActionId, PlanId};

/// The JSON bodies of a plan's actions, in the plan's order.
pub fn read_all(conn: &Connection, plan: PlanId) -> Result<Vec<String>> {
    let mut stmt =
        conn.prepare_cached("SELECT body FROM plan_actions WHERE plan_id = ?1 ORDER BY position")?;
    let rows = stmt.query_map([plan.0], |r| r.get(0))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Writes an action whole at `position`, replacing its row when it has one.
pub fn upsert(
    conn: &Connection,
    plan: PlanId,
    action: ActionId,
    position: usize,
    body: &str,
) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO plan_actions (plan_id, action_id, position, body) VALUES (?1, ?2, ?3, ?4)
         ON CONFLICT (plan_id, action_id) DO UPDATE SET position = excluded.position, body = excluded.body",
    )?
    .execute(params![plan.0, action.0, position as i64, body])?;
    Ok(())
}

/// Moves an action's row to `position`, its body unchanged.
pub fn set_position(
    conn: &Connection,
    plan: PlanId,
    action: ActionId,
    position: usize,
) -> Result<()> {
    conn.prepare_cached(
        "UPDATE plan_actions SET position = ?3 WHERE plan_id = ?1 AND action_id = ?2",
    )?
    .execute(params![plan.0, action.0, position as i64])?;
    Ok(())
}

/// Deletes one action's row.
pub fn delete(conn: &Connection, plan: PlanId, action: ActionId) -> Result<()> {
    conn.prepare_cached("DELETE FROM plan_actions WHERE plan_id = ?1 AND action_id = ?2")?
        .execute(params![plan.0, action.0])?;
    Ok(())
}

/// Deletes every action row of a plan.
pub fn delete_all(conn: &Connection, plan: PlanId) -> Result<()> {
    conn.prepare_cached("DELETE FROM plan_actions WHERE plan_id = ?1")?
        .execute([plan.0])?;
    Ok(())
}

/// Each action row of a plan, in order: the action's id, its position and its body.
#[cfg(test)]
pub fn rows(conn: &Connection, plan: PlanId) -> Result<Vec<(u32, i64, String)>> {
    let mut stmt = conn.prepare(
        "SELECT action_id, position, body FROM plan_actions WHERE plan_id = ?1 ORDER BY position",
    )?;
    let rows = stmt.query_map([plan.0], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// How many action rows the whole library stores.
#[cfg(test)]
pub fn count_all(conn: &Connection) -> Result<i64> {
    Ok(conn.query_row("SELECT COUNT(*) FROM plan_actions", [], |r| r.get(0))?)
}
