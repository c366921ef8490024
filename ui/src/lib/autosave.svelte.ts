// Saves plan sections as the user types: each section waits for a short pause in typing, then
// saves are sent one after another so the last edit always wins. `flush` sends what is pending
// at once (before leaving a plan or closing the window). Each save returns the checklist's
// verdict on the saved plan when it changed, kept in `report`, and the plan's figures (totals,
// progress, completion: worked out by the core, never here) when they changed, kept in `figures`.
// What the store holds after each save is remembered, so an edit to one action of a long list
// sends only that action.
import { saveSection } from "../api/plans";
import type { Figures } from "../bindings/Figures";
import type { PlanId } from "../bindings/PlanId";
import type { PlanSection } from "../bindings/PlanSection";
import type { PlanStart } from "../bindings/PlanStart";
import type { PlanSummary } from "../bindings/PlanSummary";
import type { Report } from "../bindings/Report";
import { i18n } from "../i18n/index.svelte";
import { narrowed } from "./narrow";
import { errorText } from "./errors";

export type SaveState = "idle" | "pending" | "saving" | "saved" | "invalid" | "error";

/** How long typing must pause before a section is saved, in milliseconds. */
export const SAVE_DELAY_MS = 400;

export class Autosaver {
  state = $state<SaveState>("idle");
  message = $state("");
  /** The checklist's verdict after the last successful save. */
  report = $state<Report | null>(null);
  /** The plan's figures as of the last successful save (or as opened). */
  figures = $state<Figures | null>(null);
  /** Saves sent so far; the number of a save, or of a check asked after it. */
  #sent = 0;
  /** The number of the save whose report is shown, and the number a shown check was asked at. */
  #reportedAt = 0;
  #checkedAt = 0;

  #planId: PlanId;
  #onSaved: (summary: PlanSummary) => void;
  #pending = new Map<string, PlanSection>();
  #timers = new Map<string, ReturnType<typeof setTimeout>>();
  #queue: Promise<void> = Promise.resolve();
  #invalid = new Set<string>();
  /** What the store holds for each section saved so far (unknown after a failed save). */
  #stored = new Map<string, PlanSection["value"]>();
  /** How many saves of each section are queued or on their way. */
  #sending = new Map<string, number>();
  /** Sections whose last save failed: the page holds edits the store does not. */
  #failed = new Set<string>();

  #onStart: (start: PlanStart) => void;

  /** `onStart` receives the plan's start when a save changed it (an edited example figure). */
  constructor(planId: PlanId, onSaved: (summary: PlanSummary) => void, onStart: (start: PlanStart) => void = () => {}) {
    this.#planId = planId;
    this.#onSaved = onSaved;
    this.#onStart = onStart;
  }

  /** Saves `section` after a pause in typing. */
  schedule(section: PlanSection): void {
    const key = section.section;
    this.#invalid.delete(key);
    this.#pending.set(key, section);
    this.state = "pending";
    const previous = this.#timers.get(key);
    if (previous) clearTimeout(previous);
    this.#timers.set(
      key,
      setTimeout(() => void this.#send(key), SAVE_DELAY_MS),
    );
  }

  /** Marks a section as holding a value that cannot be saved yet; its pending save is dropped. */
  hold(key: PlanSection["section"]): void {
    this.#invalid.add(key);
    const timer = this.#timers.get(key);
    if (timer) clearTimeout(timer);
    this.#pending.delete(key);
    this.state = "invalid";
  }

  /**
   * Records what the store holds for a section as the page loaded it, so that its first save can
   * be narrowed too. Ignored while the section holds edits not saved yet: a save waiting, on its
   * way or failed, or a value that cannot be saved.
   */
  know(key: PlanSection["section"], value: PlanSection["value"]): void {
    const unsaved = this.#pending.has(key) || Boolean(this.#sending.get(key)) || this.#invalid.has(key) || this.#failed.has(key);
    if (!unsaved) this.#stored.set(key, value);
  }

  /** Where a checklist asked for now stands among the saves: pass it back to `checked`. */
  get stamp(): number {
    return this.#sent;
  }

  /**
   * Shows the checklist asked for at `stamp` (the plan opening, the language changing), unless a
   * save sent after it has brought a newer report already; replies do not always arrive in order.
   */
  checked(stamp: number, report: Report): void {
    if (this.#reportedAt > stamp) return;
    this.report = report;
    this.#checkedAt = stamp;
  }

  /** Sends every pending section now and waits for all saves to finish. */
  async flush(): Promise<void> {
    for (const key of [...this.#pending.keys()]) void this.#send(key);
    await this.#queue;
  }

  #send(key: string): Promise<void> {
    const timer = this.#timers.get(key);
    if (timer) clearTimeout(timer);
    this.#timers.delete(key);
    const section = this.#pending.get(key);
    if (!section) return this.#queue;
    this.#pending.delete(key);
    this.#sending.set(key, (this.#sending.get(key) ?? 0) + 1);
    this.#queue = this.#queue.then(async () => {
      this.state = "saving";
      // Read once: a section built by a form copies the plan's current content here.
      const content = { section: section.section, value: section.value } as PlanSection;
      const stored = this.#stored.get(key);
      this.#stored.delete(key);
      const number = ++this.#sent;
      const lang = i18n.lang;
      try {
        const saved = await saveSection(this.#planId, narrowed(content, stored), lang);
        this.#stored.set(key, content.value);
        this.#failed.delete(key);
        // A report in another language than the page's now, or older than a check shown since,
        // waits for the next one.
        if (saved.report && lang === i18n.lang && number > this.#checkedAt) {
          this.report = saved.report;
          this.#reportedAt = number;
        }
        // Saves are sent one after another: the figures of a reply are always the newest.
        if (saved.figures) this.figures = saved.figures;
        if (saved.start) {
          this.#stored.set("start", saved.start);
          this.#onStart(saved.start);
        }
        this.#onSaved(saved.summary);
        this.#settle();
      } catch (e) {
        this.#failed.add(key);
        this.state = "error";
        this.message = errorText(e);
      } finally {
        this.#sending.set(key, (this.#sending.get(key) ?? 1) - 1);
      }
    });
    return this.#queue;
  }

  #settle(): void {
    if (this.#pending.size > 0) this.state = "pending";
    else if (this.#invalid.size > 0) this.state = "invalid";
    else this.state = "saved";
  }
}
