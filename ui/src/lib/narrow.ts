// The smallest save that brings a stored section to its new content. A plan can hold hundreds of
// actions, and typing in one of them, or adding, moving or removing one, should not send them all
// at each pause: only the action that changed is sent, or the list's order with the actions that
// changed.
import type { Action } from "../bindings/Action";
import type { PlanSection } from "../bindings/PlanSection";

/** Whether two plain JSON values (no cycles, no functions) hold the same data. */
export function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const keys = Object.keys(left);
  if (keys.length !== Object.keys(right).length) return false;
  return keys.every((k) => Object.hasOwn(right, k) && sameData(left[k], right[k]));
}

/**
 * The save to send for `section`, given what the store holds for it (`stored`, unknown when
 * undefined): when only one action changed in place, that action; when actions were added,
 * removed, moved or several changed, their order and the changed ones; else the section as it is.
 */
export function narrowed(section: PlanSection, stored: PlanSection["value"] | undefined): PlanSection {
  if (section.section !== "actions" || !Array.isArray(stored)) return section;
  const before = stored as Action[];
  const next = section.value;
  const byId = new Map(before.map((a) => [a.id, a]));
  const changed = next.filter((a) => {
    const old = byId.get(a.id);
    return old === undefined || !sameData(old, a);
  });
  const sameOrder = next.length === before.length && next.every((a, i) => before[i]?.id === a.id);
  if (sameOrder && changed.length === 0) return section;
  if (sameOrder && changed.length === 1 && changed[0]) return { section: "action", value: changed[0] };
  return { section: "actionList", value: { order: next.map((a) => a.id), changed } };
}
