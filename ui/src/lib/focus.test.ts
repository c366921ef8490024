import { describe, expect, it } from "vitest";
import { itemToOpen, selectorsFor } from "./focus";

describe("selectorsFor", () => {
  it("looks for the field inside its item first, then the item, then the field", () => {
    expect(selectorsFor({ step: "actions", item: { kind: "action", id: 4 }, field: "owner" })).toEqual([
      '[data-item="action:4"] [data-field="owner"]',
      '[data-item="action:4"][data-field="owner"]',
      '[data-item="action:4"]',
      '[data-field="owner"]',
    ]);
  });
  it("looks for one entry of a list inside the item first: a milestone's date, not its done box", () => {
    expect(selectorsFor({ step: "actions", item: { kind: "action", id: 4 }, field: "milestones.date", index: 2 })[0]).toBe(
      '[data-item="action:4"] [data-field="milestones.date"][data-index="2"]',
    );
  });
  it("handles plan-wide findings", () => {
    expect(selectorsFor({ step: "budget", item: null, field: "envelope" })).toEqual(['[data-field="envelope"]']);
    expect(selectorsFor({ step: "diagnostic", item: null, field: "swot.threats" })).toEqual(['[data-field="swot.threats"]']);
  });
  it("sends a finding about the whole step to its section", () => {
    expect(selectorsFor({ step: "actions", item: null, field: null })).toEqual(["[data-section]"]);
  });
  it("looks for an item without a field as the item itself", () => {
    expect(selectorsFor({ step: "objectives", item: { kind: "objective", id: 2 }, field: null })).toEqual(['[data-item="objective:2"]']);
  });
});

describe("itemToOpen", () => {
  const ids = [3, 5, 8];
  it("opens the item named", () => {
    expect(itemToOpen({ step: "actions", item: { kind: "action", id: 5 }, field: "owner" }, "action", ids, null)).toBe(5);
    expect(itemToOpen({ step: "actions", item: { kind: "action", id: 8 }, field: "owner" }, "action", ids, 3)).toBe(8);
  });
  it("keeps what is open for an item of another kind or one that is gone", () => {
    expect(itemToOpen({ step: "kpis", item: { kind: "kpi", id: 5 }, field: "tool" }, "action", ids, 3)).toBe(3);
    expect(itemToOpen({ step: "actions", item: { kind: "action", id: 99 }, field: "owner" }, "action", ids, null)).toBeNull();
  });
  it("shows a field across the list in the open item, else the first", () => {
    expect(itemToOpen({ step: "actions", item: null, field: "channel" }, "action", ids, 8)).toBe(8);
    expect(itemToOpen({ step: "actions", item: null, field: "channel" }, "action", ids, null)).toBe(3);
    expect(itemToOpen({ step: "actions", item: null, field: "start" }, "action", [], null)).toBeNull();
  });
  it("opens nothing for a finding about the whole step", () => {
    expect(itemToOpen({ step: "actions", item: null, field: null }, "action", ids, null)).toBeNull();
  });
});
