import { describe, expect, it, vi } from "vitest";
import { i18n, t } from "../i18n/index.svelte";
import { en } from "../i18n/en";
import type { Autosaver } from "./autosave.svelte";
import { blankPlan } from "./fixtures";

const hints: Record<string, string> = {
  "guide.objectives": "Pas « vendre plus de gâteaux », mais « commandes de 900 à 1 200 ».",
  "kpis.tool": "ex. ticket Z de la caisse, carnet de commandes",
};
vi.mock("../api/plans", () => ({
  tradeHints: async (trade: string) => {
    if (trade !== "bakery") throw new Error("trade astronaut was not found");
    return hints;
  },
}));

const { HINT_MESSAGES, confirmExample, hint, isExample, loadHints, setTradePlan } = await import("./trade.svelte");

describe("the trade's hints", () => {
  it("replace the generic texts they name, and only those", async () => {
    i18n.lang = "fr";
    await loadHints("bakery", "fr");
    expect(hint("guide.objectives.example")).toBe(hints["guide.objectives"]);
    expect(hint("kpis.tool.placeholder")).toBe(hints["kpis.tool"]);
    // A key the trade leaves out, and a text no hint replaces, stay generic.
    expect(hint("kpis.name.placeholder")).toBe(t("kpis.name.placeholder"));
    expect(hint("guide.title")).toBe(t("guide.title"));
  });

  it("fall back to the generic texts for a plan with no trade or an unknown one", async () => {
    await loadHints(null, "fr");
    expect(hint("guide.objectives.example")).toBe(t("guide.objectives.example"));
    await loadHints("astronaut", "fr");
    expect(hint("kpis.tool.placeholder")).toBe(t("kpis.tool.placeholder"));
  });

  it("each name a text of the interface: the 24 keys of the core's trade files", () => {
    const keys = Object.keys(HINT_MESSAGES);
    expect(keys).toHaveLength(24);
    for (const message of Object.values(HINT_MESSAGES)) expect(message in en).toBe(true);
  });
});

describe("an example figure", () => {
  it("is confirmed in one click: it leaves the list and the plan's start is saved", () => {
    const plan = blankPlan();
    plan.start.exampleFigures = ["budget.envelope", "objective:1.target"];
    const scheduled: unknown[] = [];
    setTradePlan(plan, { schedule: (s: unknown) => scheduled.push(s) } as unknown as Autosaver);
    expect(isExample("budget.envelope")).toBe(true);
    confirmExample("budget.envelope");
    expect(isExample("budget.envelope")).toBe(false);
    expect(isExample("objective:1.target")).toBe(true);
    expect(scheduled).toEqual([
      { section: "start", value: { ...plan.start, exampleFigures: ["objective:1.target"] } },
    ]);
    setTradePlan(null, null);
    expect(isExample("objective:1.target")).toBe(false);
  });
});
