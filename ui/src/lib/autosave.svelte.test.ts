import { beforeEach, describe, expect, it, vi } from "vitest";
import type { PlanSection } from "../bindings/PlanSection";
import type { Report } from "../bindings/Report";
import { action } from "./fixtures";

// The store, as the saver sees it: each save is recorded, and can be made to fail.
const sent: PlanSection[] = [];
let failNext = false;
let replyReport: unknown = null;
let replyFigures: unknown = null;
/** Runs while a save is on its way, after it was sent. */
let meanwhile = () => {};
vi.mock("../api/plans", () => ({
  saveSection: async (_id: number, section: PlanSection) => {
    sent.push(JSON.parse(JSON.stringify(section)) as PlanSection);
    if (failNext) {
      failNext = false;
      throw new Error("disk full");
    }
    await Promise.resolve();
    meanwhile();
    return { summary: {}, report: replyReport, figures: replyFigures };
  },
}));

const { Autosaver } = await import("./autosave.svelte");
const { i18n } = await import("../i18n/index.svelte");

const list = () => [action(1), action(2), action(3)];

describe("Autosaver", () => {
  beforeEach(() => {
    sent.length = 0;
    failNext = false;
    replyReport = null;
    replyFigures = null;
    meanwhile = () => {};
    i18n.lang = "fr";
  });

  it("shows the figures of the last save that brought any, and keeps them when a reply has none", async () => {
    const saver = new Autosaver(1, () => {});
    const opened = { today: "2027-03-15" } as never;
    saver.figures = opened;
    saver.schedule({ section: "notes", value: "a" });
    await saver.flush();
    expect(saver.figures).toBe(opened);
    const after = { today: "2027-03-15", budget: {} } as never;
    replyFigures = after;
    saver.schedule({ section: "notes", value: "b" });
    await saver.flush();
    expect(saver.figures).toBe(after);
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

  it("shows the newest checklist whatever order the replies come in", async () => {
    const report = (score: number) => ({ score }) as unknown as Report;
    const saver = new Autosaver(1, () => {});
    // A check asked before a save whose report came back first is older: it is not shown.
    const stamp = saver.stamp;
    replyReport = report(80);
    saver.schedule({ section: "notes", value: "Salon" });
    await saver.flush();
    saver.checked(stamp, report(70));
    expect(saver.report?.score).toBe(80);
    // A check asked after that save is newer, and so is shown.
    saver.checked(saver.stamp, report(81));
    expect(saver.report?.score).toBe(81);
    // A save sent in French whose reply comes after a switch to English keeps the English check.
    replyReport = report(90);
    meanwhile = () => {
      i18n.lang = "en";
      saver.checked(saver.stamp, report(82));
    };
    saver.schedule({ section: "notes", value: "Salon de Rennes" });
    await saver.flush();
    expect(saver.report?.score).toBe(82);
  });
});
