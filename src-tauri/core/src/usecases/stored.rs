//! How a plan's content maps onto the store's rows: one JSON document per section, its actions one
//! row each in order. Reads assemble and decode a plan; writes encode it, whole or in part. The
//! use cases call these inside their transactions; the SQL itself is the store's.

use std::collections::HashSet;

use crate::clock;
use crate::error::{Error, Result};
use crate::plan::{Action, ActionId, Plan, PlanId, PlanRecord, PlanUid, SectionKey};
use crate::store::{
    self,
    plans::{Identity, Listing},
    Connection,
};

/// One plan with its content, read and decoded.
pub fn read(conn: &Connection, id: PlanId) -> Result<PlanRecord> {
    let summary = store::plans::summary(conn, id)?;
    let mut doc = serde_json::Map::new();
    for (section, body) in store::sections::read_all(conn, id)? {
        let value = serde_json::from_str(&body).map_err(|e| damaged(id, &section, &e))?;
        doc.insert(section, value);
    }
    let mut actions = Vec::new();
    for body in store::actions::read_all(conn, id)? {
        let value = serde_json::from_str(&body).map_err(|e| damaged(id, "actions", &e))?;
        actions.push(value);
    }
    doc.insert("actions".into(), serde_json::Value::Array(actions));
    let mut plan: Plan = serde_json::from_value(serde_json::Value::Object(doc))
        .map_err(|e| damaged(id, "plan", &e))?;
    let identity = store::plans::identity(conn, id)?;
    plan.id = Some(identity.uid);
    plan.previous_id = identity.previous_uid;
    Ok(PlanRecord { summary, plan })
}

fn damaged(id: PlanId, section: &str, e: &serde_json::Error) -> Error {
    Error::BadFile(format!(
        "the stored plan {id} is damaged (section {section}: {e})"
    ))
}

/// The fields of the library's list, as `plan` gives them.
pub fn listing(plan: &Plan) -> Listing<'_> {
    Listing {
        company_name: &plan.company.name,
        plan_year: plan.company.plan_year,
        language: plan.company.language,
    }
}

/// The identity a plan is stored under: its own when it has one no plan of the library holds,
/// else a new one (then `true`: the plan is a copy of one already here). The plan it renews
/// stays the one it names.
pub fn identity_for(conn: &Connection, plan: &Plan) -> Result<(Identity, bool)> {
    let (uid, renamed) = match plan.id {
        Some(uid) if !store::plans::uid_taken(conn, uid)? => (uid, false),
        Some(_) => (PlanUid::new(), true),
        None => (PlanUid::new(), false),
    };
    let identity = Identity {
        uid,
        previous_uid: plan.previous_id,
    };
    Ok((identity, renamed))
}

/// Adds a new plan, every section of it, under `identity`; returns its id.
pub fn insert(
    conn: &Connection,
    plan: &Plan,
    identity: Identity,
    previous: Option<PlanId>,
) -> Result<PlanId> {
    let id = store::plans::insert(conn, &listing(plan), identity, previous, clock::now())?;
    for key in SectionKey::ALL {
        write_section(conn, id, key, plan)?;
    }
    Ok(id)
}

/// Writes one section of `plan` (for the actions: every action, in order, and nothing else).
pub fn write_section(conn: &Connection, id: PlanId, key: SectionKey, plan: &Plan) -> Result<()> {
    if key == SectionKey::Actions {
        store::actions::delete_all(conn, id)?;
        return write_actions(conn, id, &[], &plan.actions, |_| true);
    }
    let body = key.body_of(plan).map_err(|e| {
        Error::Internal(format!(
            "the section {} could not be encoded: {e}",
            key.as_str()
        ))
    })?;
    store::sections::upsert(conn, id, key.as_str(), &body)
}

/// Brings a plan's stored actions, rows for the ids of `order` in that order, to `actions`: an
/// action `changed` says differs is written whole, one that only moved gets its new place, and
/// the rows of actions gone are deleted.
pub fn write_actions(
    conn: &Connection,
    id: PlanId,
    order: &[ActionId],
    actions: &[Action],
    changed: impl Fn(&Action) -> bool,
) -> Result<()> {
    for (position, action) in actions.iter().enumerate() {
        if changed(action) {
            store::actions::upsert(conn, id, action.id, position, &action_body(action)?)?;
        } else if order.get(position) != Some(&action.id) {
            store::actions::set_position(conn, id, action.id, position)?;
        }
    }
    let kept: HashSet<ActionId> = actions.iter().map(|a| a.id).collect();
    for gone in order.iter().filter(|a| !kept.contains(a)) {
        store::actions::delete(conn, id, *gone)?;
    }
    Ok(())
}

fn action_body(action: &Action) -> Result<String> {
    serde_json::to_string(action).map_err(|e| {
        Error::Internal(format!(
            "the action {} could not be encoded: {e}",
            action.id
        ))
    })
}

/// Marks a plan as changed now and mirrors the fields the library lists.
pub fn touch(conn: &Connection, id: PlanId, plan: &Plan) -> Result<()> {
    store::plans::update_listing(conn, id, &listing(plan), clock::now())
}
