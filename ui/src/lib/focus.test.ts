import { describe, expect, it } from "vitest";
import { selectorsFor } from "./focus";

describe("selectorsFor", () => {
  it("looks for the field inside its item first, then the item, then the field", () => {
    expect(selectorsFor({ step: "actions", item: { kind: "action", id: 4 }, field: "owner" })).toEqual([
      '[data-item="action:4"] [data-field="owner"]',
      '[data-item="action:4"][data-field="owner"]',
      '[data-item="action:4"]',
      '[data-field="owner"]',
    ]);
  });
  it("handles plan-wide findings", () => {
    expect(selectorsFor({ step: "budget", item: null, field: "envelope" })).toEqual(['[data-field="envelope"]']);
    expect(selectorsFor({ step: "targets", item: null, field: null })).toEqual([]);
  });
});
