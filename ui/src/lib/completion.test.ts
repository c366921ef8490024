import { describe, expect, it } from "vitest";
import { stepCompletion, smart } from "./completion";
import { action, blankPlan, kpi, objective } from "./fixtures";

describe("stepCompletion", () => {
  it("marks a blank plan as started on the company and empty elsewhere, except a review with nothing to review", () => {
    const plan = blankPlan();
    expect(stepCompletion(plan, "company")).toBe("started");
    for (const step of ["diagnostic", "review", "targets", "positioning", "objectives", "mix", "actions", "budget", "kpis"] as const) {
      expect(stepCompletion(plan, step)).toBe("empty");
    }
  });
  it("completes the company with sector, size and market", () => {
    const plan = blankPlan();
    plan.company.sector = "Boulangerie";
    plan.company.size = "tpe";
    plan.company.marketType = "b2c";
    expect(stepCompletion(plan, "company")).toBe("done");
  });
  it("needs every SWOT quadrant and every Porter rating for the diagnostic", () => {
    const plan = blankPlan();
    const d = plan.diagnostic;
    d.swot.strengths.push("Savoir-faire");
    expect(stepCompletion(plan, "diagnostic")).toBe("started");
    Object.assign(d.market, { size: "2 M€", maturity: "mature" });
    d.competitors.push({ id: 1, name: "Fournil", offer: "", positioning: "", priceLevel: null, differentiators: "" });
    d.offer.description = "Pain au levain";
    d.audience = "Voisins";
    d.swot.weaknesses.push("Petit local");
    d.swot.opportunities.push("Nouveau quartier");
    d.swot.threats.push("Prix du blé");
    d.pestel.economic = "Inflation";
    for (const f of ["rivalry", "newEntrants", "substitutes", "buyerPower"] as const) d.porter[f].rating = 3;
    expect(stepCompletion(plan, "diagnostic")).toBe("started");
    d.porter.supplierPower.rating = 4;
    expect(stepCompletion(plan, "diagnostic")).toBe("done");
  });
  it("asks for a decision on each reviewed action and the lessons learned", () => {
    const plan = blankPlan();
    plan.review.previousYear = 2026;
    plan.review.actions.push({ actionId: 1, title: "Salon", decision: null, note: "" });
    plan.review.lessons = "Moins de dépliants";
    expect(stepCompletion(plan, "review")).toBe("started");
    plan.review.actions[0]!.decision = "keep";
    expect(stepCompletion(plan, "review")).toBe("done");
  });
  it("needs SMART objectives and a North Star", () => {
    const plan = blankPlan();
    plan.objectives.push(objective(1, { metric: "CA", target: 10, deadline: "2027-06-30" }));
    expect(stepCompletion(plan, "objectives")).toBe("started");
    plan.objectives[0]!.northStar = true;
    expect(stepCompletion(plan, "objectives")).toBe("done");
    plan.objectives.push(objective(2));
    expect(stepCompletion(plan, "objectives")).toBe("started");
  });
  it("needs owned, dated actions, an envelope with budgeted actions, and targeted, linked KPIs", () => {
    const plan = blankPlan();
    plan.actions.push(action(1, { owner: "Léa", start: "2027-02-01", end: null }));
    expect(stepCompletion(plan, "actions")).toBe("started");
    plan.actions[0]!.end = "2027-03-01";
    expect(stepCompletion(plan, "actions")).toBe("done");
    plan.budget.envelope = 500_000;
    expect(stepCompletion(plan, "budget")).toBe("started");
    plan.actions[0]!.plannedBudget = 100_000;
    expect(stepCompletion(plan, "budget")).toBe("done");
    plan.kpis.push(kpi(1, { target: 10 }));
    expect(stepCompletion(plan, "kpis")).toBe("started");
    plan.kpis[0]!.objectiveId = 1;
    expect(stepCompletion(plan, "kpis")).toBe("done");
  });
  it("needs the four Ps for the mix, and the statement and a table for the positioning", () => {
    const plan = blankPlan();
    plan.mix.people = "Vendeuses formées";
    expect(stepCompletion(plan, "mix")).toBe("started");
    Object.assign(plan.mix, { product: "a", price: "b", place: "c", promotion: "d" });
    expect(stepCompletion(plan, "mix")).toBe("done");
    Object.assign(plan.positioning, { valueProposition: "a", brandPromise: "b", statement: "c", priceLevel: "premium" });
    expect(stepCompletion(plan, "positioning")).toBe("started");
    plan.positioning.differentiation.push({ criterion: "Prix", us: "", competitors: [] });
    expect(stepCompletion(plan, "positioning")).toBe("done");
  });
  it("needs a named segment with a priority and a persona in a segment", () => {
    const plan = blankPlan();
    plan.targets.segments.push({ id: 1, name: "Voisins", criteria: "", size: "", attractiveness: null, priority: "primary" });
    expect(stepCompletion(plan, "targets")).toBe("started");
    plan.targets.personas.push({ id: 1, name: "Léa", segmentId: 1, role: "", goals: "", pains: "", channels: "", buyingHabits: "" });
    expect(stepCompletion(plan, "targets")).toBe("done");
  });
});

describe("smart", () => {
  it("reads Specific, Measurable and Dated from the fields", () => {
    expect(smart({ title: "Ventes", metric: "", target: null, deadline: null })).toEqual({ specific: false, measurable: false, dated: false });
    expect(smart({ title: "Ventes +12 %", metric: "CA", target: 12, deadline: "2027-06-30" })).toEqual({
      specific: true,
      measurable: true,
      dated: true,
    });
  });
});
