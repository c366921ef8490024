import { describe, expect, it } from "vitest";
import { action } from "./fixtures";
import { narrowed, sameData } from "./narrow";

const list = () => [action(1), action(2, { milestones: [{ title: "Devis", date: "2027-03-01", done: false }] }), action(3)];

describe("narrowed saves", () => {
  it("sends only the action that changed", () => {
    const next = list();
    next[1]!.milestones[0]!.done = true;
    expect(narrowed({ section: "actions", value: next }, list())).toEqual({ section: "action", value: next[1] });
  });
  it("sends the whole list when the store's content is unknown, or nothing changed", () => {
    const section = { section: "actions", value: list() } as const;
    expect(narrowed(section, undefined)).toBe(section);
    expect(narrowed(section, list())).toBe(section);
  });
  it("sends the order and the changed actions when actions were added, removed, moved or two changed", () => {
    const added = [...list(), action(4)];
    const removed = list().slice(1);
    const moved = list().reverse();
    const two = list();
    two[0]!.owner = "Maëlle";
    two[2]!.owner = "Yann";
    const expected = [
      [added, [1, 2, 3, 4], [added[3]]],
      [removed, [2, 3], []],
      [moved, [3, 2, 1], []],
      [two, [1, 2, 3], [two[0], two[2]]],
    ] as const;
    for (const [value, order, changed] of expected) {
      expect(narrowed({ section: "actions", value }, list())).toEqual({
        section: "actionList",
        value: { order, changed },
      });
    }
  });
  it("leaves other sections as they are", () => {
    const section = { section: "notes", value: "Salon de Rennes" } as const;
    expect(narrowed(section, "")).toBe(section);
  });
});

describe("sameData", () => {
  it("compares plain data deeply", () => {
    expect(sameData({ a: [1, { b: null }] }, { a: [1, { b: null }] })).toBe(true);
    expect(sameData({ a: [1, { b: null }] }, { a: [1, { b: 0 }] })).toBe(false);
    expect(sameData({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(sameData([1, 2], { 0: 1, 1: 2 })).toBe(false);
    expect(sameData(null, {})).toBe(false);
  });
});
