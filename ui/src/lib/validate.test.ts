import { describe, expect, it } from "vitest";
import type { Company } from "../bindings/Company";
import { action, blankPlan, kpi, objective } from "./fixtures";
import {
  actionsErrors,
  companyErrors,
  dateFromYearError,
  dateInYearError,
  diagnosticErrors,
  endDateError,
  figureError,
  kpisErrors,
  moneyError,
  objectivesErrors,
  sectionErrors,
  targetsErrors,
  textError,
} from "./validate";

const company = (over: Partial<Company> = {}): Company => ({
  name: "Boulangerie Morel",
  sector: "",
  size: null,
  marketType: null,
  country: "France",
  currency: "EUR",
  planYear: 2027,
  language: "fr",
  ...over,
});

describe("companyErrors", () => {
  it("accepts a complete profile", () => {
    expect(companyErrors(company())).toEqual({});
  });
  it("requires a name", () => {
    expect(companyErrors(company({ name: "   " })).name?.key).toBe("validation.required");
  });
  it("refuses a year outside 2000-2100 or an empty year field", () => {
    expect(companyErrors(company({ planYear: 1999 })).planYear?.key).toBe("validation.year");
    expect(companyErrors(company({ planYear: null as unknown as number })).planYear?.key).toBe("validation.year");
  });
  it("refuses a name over 1000 characters", () => {
    expect(companyErrors(company({ name: "a".repeat(1001) })).name).toEqual({
      key: "validation.tooLong",
      params: { max: 1000 },
    });
  });
});

describe("field checks", () => {
  it("counts characters as the store does and refuses invisible control characters", () => {
    expect(textError("é".repeat(1000), 1000)).toBeUndefined();
    expect(textError("😀".repeat(1000), 1000)).toBeUndefined();
    expect(textError("a".repeat(1001), 1000)?.key).toBe("validation.tooLong");
    expect(textError("line\nnext\ttab", 1000)).toBeUndefined();
    expect(textError("bell\u0007", 1000)?.key).toBe("validation.control");
  });
  it("keeps money whole, non-negative and under the limit", () => {
    expect(moneyError(null)).toBeUndefined();
    expect(moneyError(0)).toBeUndefined();
    expect(moneyError(-1)?.key).toBe("validation.money.negative");
    expect(moneyError(1.5)?.key).toBe("validation.money.format");
    expect(moneyError(10_000_000_000_001)?.key).toBe("validation.money.tooLarge");
  });
  it("keeps figures finite and within 10^15", () => {
    expect(figureError(-3.5)).toBeUndefined();
    expect(figureError(Number.NaN)?.key).toBe("validation.number.range");
    expect(figureError(2e15)?.key).toBe("validation.number.range");
  });
  it("places dates in the plan year, from it, or after a start", () => {
    expect(dateInYearError("2027-01-01", 2027)).toBeUndefined();
    expect(dateInYearError("2026-12-31", 2027)).toEqual({ key: "validation.date.inYear", params: { year: 2027 } });
    expect(dateInYearError("2027-02-30", 2027)?.key).toBe("validation.date.invalid");
    expect(dateFromYearError("2029-06-30", 2027)).toBeUndefined();
    expect(dateFromYearError("2026-06-30", 2027)?.key).toBe("validation.date.fromYear");
    expect(endDateError("2027-03-01", "2027-03-02", 2027)?.key).toBe("validation.date.beforeStart");
    expect(endDateError("2028-01-15", "2027-12-01", 2027)).toBeUndefined();
    expect(endDateError("2029-01-01", null, 2027)).toEqual({ key: "validation.date.endTooLate", params: { year: 2028 } });
    expect(endDateError("2026-12-01", null, 2027)?.key).toBe("validation.date.fromYear");
  });
});

describe("section checks", () => {
  it("finds nothing to say about a blank plan", () => {
    const plan = blankPlan();
    for (const section of ["company", "diagnostic", "review", "targets", "positioning", "objectives", "mix", "actions", "budget", "kpis"] as const) {
      expect(sectionErrors(plan, section)).toEqual({});
    }
  });
  it("names the field of an over-long SWOT entry and an out-of-range Porter rating", () => {
    const plan = blankPlan();
    plan.diagnostic.swot.threats = ["ok", "x".repeat(1001)];
    plan.diagnostic.porter.rivalry.rating = 6;
    expect(Object.keys(diagnosticErrors(plan.diagnostic))).toEqual(["swot.threats.1", "porter.rivalry.rating"]);
  });
  it("checks action dates against the plan year and money against zero", () => {
    const errors = actionsErrors(
      [action(4, { start: "2026-12-01", end: "2027-01-10", plannedBudget: -100, milestones: [{ title: "", date: "2026-05-01", done: false }] })],
      new Set(),
      2027,
    );
    expect(errors["action.4.start"]?.key).toBe("validation.date.inYear");
    expect(errors["action.4.end"]).toBeUndefined();
    expect(errors["action.4.plannedBudget"]?.key).toBe("validation.money.negative");
    expect(errors["action.4.milestone.0.date"]?.key).toBe("validation.date.fromYear");
  });
  it("refuses links to missing objectives, segments and competitors", () => {
    expect(actionsErrors([action(1, { objectiveIds: [9] })], new Set([1]), 2027)["action.1.objectives"]?.key).toBe("validation.link");
    expect(kpisErrors([kpi(1, { objectiveId: 2 })], new Set([1]), 2027)["kpi.1.objective"]?.key).toBe("validation.link");
    const plan = blankPlan();
    plan.targets.personas.push({ id: 1, name: "", segmentId: 3, role: "", goals: "", pains: "", channels: [], channelsNote: "", buyingHabits: "" });
    expect(targetsErrors(plan.targets)["persona.1.segment"]?.key).toBe("validation.link");
    plan.positioning.differentiation.push({ criterion: "Prix", us: "", competitors: [{ competitorId: 5, value: "" }] });
    expect(sectionErrors(plan, "positioning")["row.0.competitor.5"]?.key).toBe("validation.link");
  });
  it("keeps sub-objectives two levels deep and a single North Star", () => {
    const errors = objectivesErrors(
      [
        objective(1, { northStar: true }),
        objective(2, { parentId: 1, northStar: true }),
        objective(3, { parentId: 2 }),
        objective(4, { parentId: 4 }),
        objective(5, { deadline: "2026-12-31" }),
      ],
      2027,
    );
    expect(errors["objective.2.parent"]).toBeUndefined();
    expect(errors["objective.2.northStar"]?.key).toBe("validation.objective.northStar");
    expect(errors["objective.3.parent"]?.key).toBe("validation.objective.parent");
    expect(errors["objective.4.parent"]?.key).toBe("validation.objective.parent");
    expect(errors["objective.5.deadline"]?.key).toBe("validation.date.fromYear");
  });
  it("checks KPI measurements, review figures and the budget envelope", () => {
    const errors = kpisErrors([kpi(2, { measurements: [{ date: "2026-01-31", value: 3 }, { date: "2027-01-31", value: Infinity }] })], new Set(), 2027);
    expect(Object.keys(errors)).toEqual(["kpi.2.measurement.0.date", "kpi.2.measurement.1.value"]);
    const plan = blankPlan();
    plan.review.budgetSpent = -1;
    plan.budget.envelope = 10_000_000_000_001;
    expect(Object.keys(sectionErrors(plan, "review"))).toEqual(["review.budgetSpent"]);
    expect(Object.keys(sectionErrors(plan, "budget"))).toEqual(["budget.envelope"]);
  });
  it("refuses repeated ids", () => {
    expect(actionsErrors([action(3), action(3)], new Set(), 2027)["action.3"]?.key).toBe("validation.duplicateId");
  });
});
