// Takes the owner from a checklist finding to the field that fixes it. Fields say what they are
// with `data-field` (the model's camelCase name, e.g. "owner", "swot.threats") and, inside a
// list, sit in an element with `data-item="kind:id"` (e.g. "action:4"). A finding about a whole
// step (no item, no field: "no action yet") lands on the element marked `data-section`, such as
// the step's add button. A finding about one entry of a list inside an item (a milestone's date)
// names its position, matched with `data-index`. A step that must open something first (an
// action's editor) listens for FOCUS_EVENT.
import type { ItemKind } from "../bindings/ItemKind";
import type { Location } from "../bindings/Location";

/** Sent on window before the field is looked for; `detail` is the Location. */
export const FOCUS_EVENT = "boussole:focus";

/** What can take the focus inside a target: what can be typed in first, then buttons. */
const TYPED = "input:not([disabled]), select:not([disabled]), textarea:not([disabled])";
const PRESSED = "button:not([disabled]), [tabindex]";

/** The selectors that may hold a location's field, most precise first. */
export function selectorsFor(location: Location): string[] {
  const item = location.item ? `[data-item="${location.item.kind}:${location.item.id}"]` : null;
  const field = location.field ? `[data-field="${location.field}"]` : null;
  const out: string[] = [];
  if (item && field && location.index !== undefined) out.push(`${item} ${field}[data-index="${location.index}"]`);
  if (item && field) out.push(`${item} ${field}`, `${item}${field}`);
  if (item) out.push(item);
  if (field) out.push(field);
  if (!item && !field) out.push("[data-section]");
  return out;
}

/**
 * Which item of `kind` a step that shows one at a time should open for a location: the item
 * named, else (a finding about a field across the list, like "one person carries most actions")
 * the open one, or the first when none is open.
 */
export function itemToOpen(location: Location, kind: ItemKind, ids: number[], open: number | null): number | null {
  if (location.item) return location.item.kind === kind && ids.includes(location.item.id) ? location.item.id : open;
  if (location.field === null || open !== null) return open;
  return ids[0] ?? null;
}

/** The element for a location inside `root`, if the step shows it. */
export function findTarget(root: ParentNode, location: Location): HTMLElement | null {
  for (const selector of selectorsFor(location)) {
    const found = root.querySelector<HTMLElement>(selector);
    if (found) return found;
  }
  return null;
}

function focusableIn(target: HTMLElement): HTMLElement | null {
  if (target.matches(`${TYPED}, ${PRESSED}`)) return target;
  return target.querySelector<HTMLElement>(TYPED) ?? target.querySelector<HTMLElement>(PRESSED);
}

/** Brings the target to the middle of the step's scrolling column; the window itself stays put. */
function reveal(root: HTMLElement, target: HTMLElement) {
  const box = target.getBoundingClientRect();
  const frame = root.getBoundingClientRect();
  root.scrollBy({ top: box.top - frame.top - Math.max(0, (frame.height - box.height) / 2) });
}

/**
 * Scrolls `root` (the step's scrolling column) to the location's field, focuses it and makes it
 * flash. The step is told first (a frame later, once a step just switched to is on screen), then
 * the field is looked for while the step renders.
 */
export function focusLocation(root: HTMLElement, location: Location, attempts = 30): void {
  const tryFind = (left: number) => {
    const target = findTarget(root, location);
    if (!target) {
      if (left > 0) requestAnimationFrame(() => tryFind(left - 1));
      return;
    }
    reveal(root, target);
    focusableIn(target)?.focus({ preventScroll: true });
    target.classList.remove("flash");
    void target.offsetWidth;
    target.classList.add("flash");
    setTimeout(() => target.classList.remove("flash"), 2200);
  };
  requestAnimationFrame(() => {
    window.dispatchEvent(new CustomEvent(FOCUS_EVENT, { detail: location }));
    requestAnimationFrame(() => tryFind(attempts));
  });
}
