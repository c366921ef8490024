// Takes the owner from a checklist finding to the field that fixes it. Fields say what they are
// with `data-field` (the model's camelCase name, e.g. "owner", "swot.threats") and, inside a
// list, sit in an element with `data-item="kind:id"` (e.g. "action:4"). A step that must open
// something first (an action's editor) listens for FOCUS_EVENT.
import type { Location } from "../bindings/Location";

/** Sent on window before the field is looked for; `detail` is the Location. */
export const FOCUS_EVENT = "boussole:focus";

const FOCUSABLE = "input, select, textarea, button, [tabindex]";

/** The selectors that may hold a location's field, most precise first. */
export function selectorsFor(location: Location): string[] {
  const item = location.item ? `[data-item="${location.item.kind}:${location.item.id}"]` : null;
  const field = location.field ? `[data-field="${location.field}"]` : null;
  const out: string[] = [];
  if (item && field) out.push(`${item} ${field}`, `${item}${field}`);
  if (item) out.push(item);
  if (field) out.push(field);
  return out;
}

/** The element for a location inside `root`, if the step shows it. */
export function findTarget(root: ParentNode, location: Location): HTMLElement | null {
  for (const selector of selectorsFor(location)) {
    const found = root.querySelector<HTMLElement>(selector);
    if (found) return found;
  }
  return null;
}

/** Scrolls to the location's field, focuses it and makes it flash; retries while the step renders. */
export function focusLocation(root: HTMLElement, location: Location, attempts = 30): void {
  window.dispatchEvent(new CustomEvent(FOCUS_EVENT, { detail: location }));
  const tryFind = (left: number) => {
    const target = findTarget(root, location);
    if (!target) {
      if (left > 0) requestAnimationFrame(() => tryFind(left - 1));
      return;
    }
    target.scrollIntoView({ block: "center" });
    const focusable = target.matches(FOCUSABLE) ? target : target.querySelector<HTMLElement>(FOCUSABLE);
    focusable?.focus({ preventScroll: true });
    target.classList.remove("flash");
    void target.offsetWidth;
    target.classList.add("flash");
    setTimeout(() => target.classList.remove("flash"), 2200);
  };
  requestAnimationFrame(() => tryFind(attempts));
}
