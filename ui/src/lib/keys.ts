// Keyboard habits shared by the steps: Enter in a row's first field moves on to the next row (and
// adds one after the last), and Escape in a text field cancels what was typed since it took the
// focus, as desktop forms do.
import type { Attachment } from "svelte/attachments";

/**
 * Enter in a row's first field: the field `next` returns takes the focus, or, when there is no
 * next row, `add` adds one. Any other key is left alone.
 */
export function enterMovesOn(e: KeyboardEvent, next: () => HTMLElement | null | undefined, add: () => void): void {
  if (e.key !== "Enter" || e.isComposing) return;
  e.preventDefault();
  const field = next();
  if (field) field.focus();
  else add();
}

/** The fields whose text Escape puts back: typed text, figures and dates, not choices. */
const TEXT_FIELD = "textarea, input:not([type=checkbox]):not([type=radio]):not([type=button]):not([type=submit])";

/**
 * Escape in a text field under the element puts back the text the field held when it took the
 * focus, and tells the page (input and change events), so the autosave stores the old text
 * again. The key is then used up: a second Escape does what Escape does around the field (an
 * action's editor closes). Fields in dialogs are left to the dialog, where Escape closes.
 */
export const revertOnEscape: Attachment<HTMLElement> = (root) => {
  let field: HTMLInputElement | HTMLTextAreaElement | null = null;
  let original: string | null = null;

  const onfocusin = (e: FocusEvent) => {
    const target = e.target;
    if ((target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement) && target.matches(TEXT_FIELD) && !target.closest("dialog")) {
      field = target;
      original = target.value;
    } else {
      field = null;
      original = null;
    }
  };
  const onkeydown = (e: KeyboardEvent) => {
    if (e.key !== "Escape" || e.isComposing || field === null || e.target !== field) return;
    // Nothing typed since the focus: Escape goes on to the row or the editor.
    if (original === null || field.value === original) return;
    e.preventDefault();
    field.value = original;
    field.dispatchEvent(new Event("input", { bubbles: true }));
    field.dispatchEvent(new Event("change", { bubbles: true }));
  };

  root.addEventListener("focusin", onfocusin);
  // Capture: the field is put back before a row's own Escape handling sees the key.
  root.addEventListener("keydown", onkeydown, true);
  return () => {
    root.removeEventListener("focusin", onfocusin);
    root.removeEventListener("keydown", onkeydown, true);
  };
};
