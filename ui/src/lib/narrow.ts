// The smallest save that brings a stored section to its new content. A plan can hold hundreds of
// actions, and typing in one of them should not send them all at each pause: when the new list
// has the same actions in the same order as the list the store holds, and exactly one of them
// differs, only that action is sent.
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

/** The one action that differs between two lists of the same actions in the same order, if any. */
function onlyChange(stored: Action[], next: Action[]): Action | null {
  if (stored.length !== next.length) return null;
  let changed: Action | null = null;
  for (let i = 0; i < next.length; i++) {
    const [before, after] = [stored[i], next[i]];
    if (!before || !after || before.id !== after.id) return null;
    if (sameData(before, after)) continue;
    if (changed) return null;
    changed = after;
  }
  return changed;
}

/**
 * The save to send for `section`, given what the store holds for it (`stored`, unknown when
 * undefined): a single action when only one changed, else the section as it is.
 */
export function narrowed(section: PlanSection, stored: PlanSection["value"] | undefined): PlanSection {
  if (section.section !== "actions" || !Array.isArray(stored)) return section;
  const changed = onlyChange(stored as Action[], section.value);
  return changed ? { section: "action", value: changed } : section;
}
