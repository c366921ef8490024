import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { PlanSection } from "../bindings/PlanSection";
import { SAVE_DELAY_MS, type Autosaver } from "./autosave.svelte";
import { action, blankPlan, kpi } from "./fixtures";
import { CHECK_DELAY_MS, SectionForm } from "./form.svelte";

/** A saver that records what it is asked to do; a save is read (serialised) when it is sent. */
function recorder() {
  const scheduled: PlanSection[] = [];
  const calls: string[] = [];
  const saver = {
    state: "idle",
    schedule: (section: PlanSection) => {
      scheduled.push(section);
      calls.push(`schedule ${section.section}`);
    },
    hold: (key: string) => calls.push(`hold ${key}`),
  };
  const send = (i: number) => JSON.stringify(scheduled[i]);
  return { calls, send, saver: saver as unknown as Autosaver };
}

describe("SectionForm", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  function setup() {
    const plan = blankPlan();
    const { calls, send, saver } = recorder();
    const form = new SectionForm(() => saver, () => plan, "actions");
    return { plan, calls, send, form };
  }

  it("checks a section before its save can be sent", () => {
    expect(CHECK_DELAY_MS).toBeLessThan(SAVE_DELAY_MS);
  });

  it("shows a keystroke as pending at once and sends the section as it is when the save goes", () => {
    const { plan, calls, send, form } = setup();
    plan.actions.push(action(1));
    form.edited();
    plan.actions[0]!.title = "Salon";
    expect(calls).toEqual(["schedule actions"]);
    expect(send(0)).toBe(JSON.stringify({ section: "actions", value: [action(1, { title: "Salon" })] }));
  });

  it("holds the section once typing pauses on an invalid value, and never schedules while it stays invalid", () => {
    const { plan, calls, form } = setup();
    plan.actions.push(action(1, { start: "2026-05-01" }));
    form.edited();
    vi.advanceTimersByTime(CHECK_DELAY_MS);
    expect(calls.at(-1)).toBe("hold actions");
    expect(form.message("action.1.start")).not.toBe("");
    calls.length = 0;
    form.edited();
    vi.advanceTimersByTime(CHECK_DELAY_MS);
    expect(calls).toEqual(["hold actions"]);
  });

  it("holds the section while a field's text reads as no value", () => {
    const { calls, form } = setup();
    form.draft("action.1.plannedBudget", { key: "validation.money.format" });
    form.changed();
    expect(calls).toEqual(["hold actions"]);
    form.draft("action.1.plannedBudget", null);
    form.changed();
    expect(calls.at(-1)).toBe("schedule actions");
  });

  it("checks a waiting keystroke at once before the plan is left", () => {
    const { plan, calls, form } = setup();
    form.edited();
    plan.actions.push(action(1, { end: "2026-01-01" }));
    form.settle();
    expect(calls.at(-1)).toBe("hold actions");
    expect(form.hasAny("action.1.")).toBe(true);
  });

  it("saves linked sections in the order given, holding one that has errors", () => {
    const { plan, calls, form } = setup();
    plan.kpis.push(kpi(1, { measurements: [{ date: "2026-01-01", value: 1 }] }));
    form.saveWith(["kpis", "actions"]);
    expect(calls).toEqual(["hold kpis", "schedule actions"]);
    expect(form.blockedBy(["kpis", "actions"])).toBe("kpis");
  });
});
