// The editing state of one plan section: its field errors (from the section's checks, plus the
// text of number, money and date fields that does not read as a value yet) and its saves. While
// any error stands the section is held, so nothing invalid reaches the store. Keystrokes are
// checked once typing pauses: a section of hundreds of actions is not re-read at every key.
import { SvelteMap } from "svelte/reactivity";
import type { Plan } from "../bindings/Plan";
import type { PlanSection } from "../bindings/PlanSection";
import { t } from "../i18n/index.svelte";
import type { Autosaver } from "./autosave.svelte";
import { sectionErrors, type Errors, type FieldError, type SectionKey } from "./validate";

/** How long typing must pause before a section is checked again, in milliseconds. */
export const CHECK_DELAY_MS = 150;

/** The forms on screen, so their last keystrokes can be checked before the plan is left. */
const live = new Set<SectionForm>();

/** Checks at once every keystroke still waiting for a pause (before leaving a plan or closing). */
export function settleAll(): void {
  for (const form of live) form.settle();
}

const sameErrors = (a: Errors, b: Errors): boolean => {
  const keys = Object.keys(a);
  return (
    keys.length === Object.keys(b).length &&
    keys.every((k) => b[k] !== undefined && b[k].key === a[k]?.key && JSON.stringify(b[k].params) === JSON.stringify(a[k]?.params))
  );
};

export class SectionForm {
  errors = $state<Errors>({});

  #saver: () => Autosaver;
  #plan: () => Plan;
  #section: SectionKey;
  #drafts = new SvelteMap<string, FieldError>();
  #timer: ReturnType<typeof setTimeout> | undefined;

  /** The saver and the plan are read when needed, as a step receives them as props. */
  constructor(saver: () => Autosaver, plan: () => Plan, section: SectionKey) {
    this.#saver = saver;
    this.#plan = plan;
    this.#section = section;
    // Created while a step is set up: the form lives as long as the step.
    $effect(() => {
      live.add(this);
      return () => {
        live.delete(this);
        this.settle();
      };
    });
  }

  /**
   * After a keystroke: the save shows as pending at once, and the section is checked once typing
   * pauses, which is always before the save is sent (CHECK_DELAY_MS < SAVE_DELAY_MS): a check
   * that fails holds the section and drops that save.
   */
  edited = (): void => {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(this.changed, CHECK_DELAY_MS);
    if (Object.keys(this.errors).length === 0 && this.#drafts.size === 0) this.#saver().schedule(this.#latest(this.#section));
  };

  /**
   * A section as a save reads it when it is sent (serialising the save calls the getter), so a
   * burst of keystrokes copies the section once, not at every key.
   */
  #latest(section: SectionKey): PlanSection {
    const plan = this.#plan;
    return {
      section,
      get value() {
        return $state.snapshot(plan()[section]);
      },
    } as PlanSection;
  }

  /** Checks now a keystroke still waiting for a pause. */
  settle(): void {
    if (this.#timer !== undefined) this.changed();
  }

  /** Re-checks the section after an edit, then schedules its save or holds it. */
  changed = (): void => {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    const next = { ...sectionErrors(this.#plan(), this.#section), ...Object.fromEntries(this.#drafts) };
    if (!sameErrors(next, this.errors)) this.errors = next;
    if (Object.keys(next).length > 0) this.#saver().hold(this.#section);
    else this.#saver().schedule(this.#latest(this.#section));
  };

  /** The first of these other sections that has errors, and so cannot be saved with this one. */
  blockedBy<S extends SectionKey>(sections: S[]): S | null {
    const plan = this.#plan();
    return sections.find((s) => s !== this.#section && Object.keys(sectionErrors(plan, s)).length > 0) ?? null;
  }

  /**
   * Saves this section together with others it shares links with, in the order given (links
   * before the items they point at on removal, the reverse on restore); one with errors is held.
   */
  saveWith(sections: SectionKey[]): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    const plan = this.#plan();
    this.errors = { ...sectionErrors(plan, this.#section), ...Object.fromEntries(this.#drafts) };
    for (const section of sections) {
      const errors = section === this.#section ? this.errors : sectionErrors(plan, section);
      if (Object.keys(errors).length > 0) this.#saver().hold(section);
      else this.#saver().schedule(this.#latest(section));
    }
  }

  /** Records that a field's text does (error) or does not (null) fail to read as a value. */
  draft(path: string, error: FieldError | null): void {
    if (error) this.#drafts.set(path, error);
    else this.#drafts.delete(path);
  }

  /** The message of a field's error, or "". */
  message = (path: string): string => {
    const e = this.errors[path];
    return e ? t(e.key, e.params) : "";
  };

  /** Whether any field whose path starts with `prefix` has an error (to mark a row or a card). */
  hasAny(prefix: string): boolean {
    return Object.keys(this.errors).some((k) => k.startsWith(prefix));
  }
}
