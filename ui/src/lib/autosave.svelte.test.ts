import { beforeEach, describe, expect, it, vi } from "vitest";
import type { PlanSection } from "../bindings/PlanSection";
import { action } from "./fixtures";

// The store, as the saver sees it: each save is recorded, and can be made to fail.
const sent: PlanSection[] = [];
let failNext = false;
vi.mock("../api/plans", () => ({
  saveSection: async (_id: number, section: PlanSection) => {
    sent.push(JSON.parse(JSON.stringify(section)) as PlanSection);
    if (failNext) {
      failNext = false;
      throw new Error("disk full");
    }
    return { summary: {}, report: null };
  },
}));

const { Autosaver } = await import("./autosave.svelte");

const list = () => [action(1), action(2), action(3)];

describe("Autosaver", () => {
  beforeEach(() => {
    sent.length = 0;
    failNext = false;
  });

  it("narrows the first save of a section the page said it loaded as stored", async () => {
    const saver = new Autosaver(1, () => {});
    saver.know("actions", list());
    const next = list();
    next[1]!.owner = "Maëlle";
    saver.schedule({ section: "actions", value: next });
    await saver.flush();
    expect(sent).toEqual([{ section: "action", value: next[1] }]);
  });

  it("does not take the page's word while its edits are not saved: the whole list goes", async () => {
    const saver = new Autosaver(1, () => {});
    const edited = list();
    edited[0]!.title = "Salon";
    failNext = true;
    saver.schedule({ section: "actions", value: edited });
    await saver.flush();
    expect(saver.state).toBe("error");
    // The page still shows the edit the store refused; it must not count as stored.
    saver.know("actions", edited);
    const again = list();
    again[0]!.title = "Salon";
    again[2]!.owner = "Yann";
    saver.schedule({ section: "actions", value: again });
    await saver.flush();
    expect(sent[1]).toEqual({ section: "actions", value: again });
  });
});
