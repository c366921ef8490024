// Edits of the plan's lists: new ids, moving, duplicating, and removing an item together with the
// links that point at it, with a function that puts everything back (the toast's Undo). They
// mutate the lists they are given, which may be the UI's reactive state.
import type { Action } from "../bindings/Action";
import type { Kpi } from "../bindings/Kpi";
import type { Objective } from "../bindings/Objective";
import type { Plan } from "../bindings/Plan";
import type { Targets } from "../bindings/Targets";

/** The id for a new item: one more than the largest id of its kind (1 for the first). */
export function nextId(items: readonly { id: number }[]): number {
  return items.reduce((max, item) => Math.max(max, item.id), 0) + 1;
}

/** Moves the item at `index` by `delta` places; false when it cannot move that way. */
export function move<T>(list: T[], index: number, delta: -1 | 1): boolean {
  const to = index + delta;
  if (index < 0 || index >= list.length || to < 0 || to >= list.length) return false;
  const [item] = list.splice(index, 1);
  if (item === undefined) return false;
  list.splice(to, 0, item);
  return true;
}

/** Removes the item at `index`; the returned function puts it back where it was. */
export function removeAt<T>(list: T[], index: number): () => void {
  const [item] = list.splice(index, 1);
  return () => {
    if (item !== undefined) list.splice(Math.min(index, list.length), 0, item);
  };
}

/** Puts an item back at `index`, under a new id when its own was taken meanwhile; returns the id it got. */
function reinsert<T extends { id: number }>(list: T[], index: number, item: T): number {
  const id = list.some((x) => x.id === item.id) ? nextId(list) : item.id;
  list.splice(Math.min(index, list.length), 0, { ...item, id });
  return id;
}

/** A copy of an action placed right after it, with a new id, not started and nothing spent. */
export function duplicateAction(actions: Action[], index: number, title: (original: string) => string): Action | null {
  const original = actions[index];
  if (!original) return null;
  // A JSON copy: structuredClone cannot copy the UI's reactive proxies.
  const copy: Action = {
    ...(JSON.parse(JSON.stringify(original)) as Action),
    id: nextId(actions),
    title: title(original.title),
    status: "planned",
    actualSpend: null,
    milestones: original.milestones.map((m) => ({ ...m, done: false })),
  };
  actions.splice(index + 1, 0, copy);
  return copy;
}

/** Makes one objective the North Star and un-marks the others; choosing it again un-marks it. */
export function toggleNorthStar(objectives: Objective[], id: number): void {
  const on = !objectives.find((o) => o.id === id)?.northStar;
  for (const o of objectives) {
    const want = on && o.id === id;
    if (o.northStar !== want) o.northStar = want;
  }
}

/** Removes a competitor and its column of the differentiation table. */
export function removeCompetitor(plan: Plan, id: number): () => void {
  const list = plan.diagnostic.competitors;
  const index = list.findIndex((c) => c.id === id);
  const competitor = list[index];
  if (!competitor) return () => {};
  list.splice(index, 1);
  const cells = plan.positioning.differentiation.map((row) => {
    const at = row.competitors.findIndex((c) => c.competitorId === id);
    const cell = row.competitors[at];
    if (cell) row.competitors.splice(at, 1);
    return { row, at, cell };
  });
  return () => {
    const newId = reinsert(list, index, competitor);
    for (const { row, at, cell } of cells) {
      if (cell && plan.positioning.differentiation.includes(row)) {
        row.competitors.splice(Math.min(at, row.competitors.length), 0, { ...cell, competitorId: newId });
      }
    }
  };
}

/** Where an action names a target (`segmentIds` or `personaIds`), to put the link back on undo. */
type TargetLink = { actionId: number; at: number };

/** Takes `id` out of each action's list of targets; returns where it was. */
function unlinkTarget(actions: Action[], list: "segmentIds" | "personaIds", id: number): TargetLink[] {
  const links: TargetLink[] = [];
  for (const a of actions) {
    const at = a[list].indexOf(id);
    if (at >= 0) {
      a[list].splice(at, 1);
      links.push({ actionId: a.id, at });
    }
  }
  return links;
}

/** Puts target `id` back where it was named, on the actions still there. */
function relinkTarget(actions: Action[], list: "segmentIds" | "personaIds", id: number, links: TargetLink[]): void {
  for (const { actionId, at } of links) {
    const a = actions.find((x) => x.id === actionId);
    if (a && !a[list].includes(id)) a[list].splice(Math.min(at, a[list].length), 0, id);
  }
}

/**
 * Removes a segment; its personas stay, without a segment, and actions stop naming it. The
 * returned function puts it back with those links.
 */
export function removeSegment(plan: { targets: Targets; actions: Action[] }, id: number): () => void {
  const targets = plan.targets;
  const index = targets.segments.findIndex((s) => s.id === id);
  const segment = targets.segments[index];
  if (!segment) return () => {};
  targets.segments.splice(index, 1);
  const personaIds = targets.personas.filter((p) => p.segmentId === id).map((p) => p.id);
  for (const p of targets.personas) if (p.segmentId === id) p.segmentId = null;
  const links = unlinkTarget(plan.actions, "segmentIds", id);
  return () => {
    const newId = reinsert(targets.segments, index, segment);
    for (const p of targets.personas) if (personaIds.includes(p.id) && p.segmentId === null) p.segmentId = newId;
    relinkTarget(plan.actions, "segmentIds", newId, links);
  };
}

/** Removes a persona; actions stop naming it. The returned function puts it back with those links. */
export function removePersona(plan: { targets: Targets; actions: Action[] }, id: number): () => void {
  const list = plan.targets.personas;
  const index = list.findIndex((p) => p.id === id);
  const persona = list[index];
  if (!persona) return () => {};
  list.splice(index, 1);
  const links = unlinkTarget(plan.actions, "personaIds", id);
  return () => {
    const newId = reinsert(list, index, persona);
    relinkTarget(plan.actions, "personaIds", newId, links);
  };
}

/** Removes an item that nothing points at, by id; the returned function puts it back. */
export function removeById<T extends { id: number }>(list: T[], id: number): () => void {
  const index = list.findIndex((x) => x.id === id);
  const item = list[index];
  if (!item) return () => {};
  list.splice(index, 1);
  return () => {
    reinsert(list, index, item);
  };
}

/**
 * Removes an objective: its sub-objectives become main objectives, actions stop serving it and
 * KPIs stop measuring it. The returned function restores the objective and those links.
 */
export function removeObjective(plan: { objectives: Objective[]; actions: Action[]; kpis: Kpi[] }, id: number): () => void {
  const index = plan.objectives.findIndex((o) => o.id === id);
  const objective = plan.objectives[index];
  if (!objective) return () => {};
  plan.objectives.splice(index, 1);
  const children = plan.objectives.filter((o) => o.parentId === id).map((o) => o.id);
  for (const o of plan.objectives) if (o.parentId === id) o.parentId = null;
  const actions = plan.actions
    .map((a) => ({ id: a.id, at: a.objectiveIds.indexOf(id) }))
    .filter((x) => x.at >= 0);
  for (const a of plan.actions) {
    const at = a.objectiveIds.indexOf(id);
    if (at >= 0) a.objectiveIds.splice(at, 1);
  }
  const kpis = plan.kpis.filter((k) => k.objectiveId === id).map((k) => k.id);
  for (const k of plan.kpis) if (k.objectiveId === id) k.objectiveId = null;
  return () => {
    const newId = reinsert(plan.objectives, index, objective);
    for (const o of plan.objectives) if (children.includes(o.id) && o.parentId === null && o.id !== newId) o.parentId = newId;
    for (const { id: actionId, at } of actions) {
      const a = plan.actions.find((x) => x.id === actionId);
      if (a && !a.objectiveIds.includes(newId)) a.objectiveIds.splice(Math.min(at, a.objectiveIds.length), 0, newId);
    }
    for (const k of plan.kpis) if (kpis.includes(k.id) && k.objectiveId === null) k.objectiveId = newId;
  };
}
