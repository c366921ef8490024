import { describe, expect, it } from "vitest";
import { apportion, byChannel, byLever, byQuarter, daysByQuarter, overEnvelope, totals } from "./budget";
import { action } from "./fixtures";

describe("apportion", () => {
  it("splits whole cents that add up exactly to the total", () => {
    expect(apportion(100, [1, 1, 1])).toEqual([34, 33, 33]);
    expect(apportion(1, [90, 91, 92, 92])).toEqual([0, 0, 1, 0]);
    expect(apportion(0, [1, 2])).toEqual([0, 0]);
    expect(apportion(500, [0, 0])).toEqual([0, 0]);
    const big = apportion(9_999_999_999_999, [90, 91, 92, 92]);
    expect(big.reduce((a, b) => a + b, 0)).toBe(9_999_999_999_999);
  });
});

describe("totals", () => {
  it("adds planned budgets and actual spend; a cancelled action counts only for what it spent", () => {
    const actions = [
      action(1, { plannedBudget: 120_000, actualSpend: 30_000 }),
      action(2, { plannedBudget: 50_000, actualSpend: 10_000, status: "cancelled" }),
      action(3, { plannedBudget: null }),
    ];
    expect(totals(actions)).toEqual({ planned: 120_000, actual: 40_000 });
  });
  it("says how far the plan goes over its envelope", () => {
    expect(overEnvelope(100_000, 120_000)).toBe(20_000);
    expect(overEnvelope(100_000, 90_000)).toBe(0);
    expect(overEnvelope(null, 90_000)).toBe(0);
  });
});

describe("byQuarter", () => {
  it("counts the days of an action in each quarter of the plan year", () => {
    expect(daysByQuarter(action(1, { start: "2027-03-31", end: "2027-04-01" }), 2027)).toEqual([1, 1, 0, 0]);
    expect(daysByQuarter(action(1, { start: "2027-12-20", end: "2028-01-20" }), 2027)).toEqual([0, 0, 0, 12]);
    expect(daysByQuarter(action(1, { start: null, end: "2027-05-05" }), 2027)).toEqual([0, 1, 0, 0]);
    expect(daysByQuarter(action(1, { start: "2027-05-05", end: "2027-05-01" }), 2027)).toEqual([0, 1, 0, 0]);
    expect(daysByQuarter(action(1), 2027)).toEqual([0, 0, 0, 0]);
  });
  it("spreads each action over its days, and keeps undated actions apart, to the cent", () => {
    const split = byQuarter(
      [
        action(1, { start: "2027-01-01", end: "2027-12-31", plannedBudget: 100_001, actualSpend: 3 }),
        action(2, { start: "2027-02-01", end: "2027-02-28", plannedBudget: 5_000 }),
        action(3, { plannedBudget: 700, actualSpend: 100 }),
        action(4, { start: "2026-03-01", end: "2026-04-01", plannedBudget: 900 }),
      ],
      2027,
    );
    expect(split.quarters.map((q) => q.planned)).toEqual([24_658 + 5_000, 24_932, 25_206, 25_205]);
    expect(split.quarters.reduce((a, q) => a + q.planned, 0) + split.unscheduled.planned).toBe(100_001 + 5_000 + 700 + 900);
    expect(split.quarters.reduce((a, q) => a + q.actual, 0)).toBe(3);
    expect(split.unscheduled).toEqual({ planned: 1_600, actual: 100 });
  });
});

describe("byChannel and byLever", () => {
  it("groups amounts, largest first, with the unassigned ones together", () => {
    const actions = [
      action(1, { channel: "email", lever: "promotion", plannedBudget: 1_000 }),
      action(2, { channel: "events", lever: "promotion", plannedBudget: 5_000, actualSpend: 6_000 }),
      action(3, { channel: "email", lever: null, plannedBudget: 500 }),
      action(4, { channel: null, lever: "product", plannedBudget: 2_000 }),
      action(5, { channel: "seo" }),
    ];
    expect(byChannel(actions)).toEqual([
      { key: "events", planned: 5_000, actual: 6_000 },
      { key: null, planned: 2_000, actual: 0 },
      { key: "email", planned: 1_500, actual: 0 },
    ]);
    expect(byLever(actions).map((g) => [g.key, g.planned])).toEqual([
      ["promotion", 6_000],
      ["product", 2_000],
      [null, 500],
    ]);
  });
});
