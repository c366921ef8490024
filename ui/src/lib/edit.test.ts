import { describe, expect, it } from "vitest";
import { duplicateAction, move, nextId, removeAt, removeById, removeCompetitor, removeObjective, removePersona, removeSegment, toggleNorthStar } from "./edit";
import { action, blankPlan, kpi, objective } from "./fixtures";

describe("list edits", () => {
  it("gives a new item the largest id plus one", () => {
    expect(nextId([])).toBe(1);
    expect(nextId([{ id: 4 }, { id: 2 }])).toBe(5);
  });
  it("moves items up and down within bounds", () => {
    const list = ["a", "b", "c"];
    expect(move(list, 0, -1)).toBe(false);
    expect(move(list, 0, 1)).toBe(true);
    expect(list).toEqual(["b", "a", "c"]);
    expect(move(list, 2, 1)).toBe(false);
  });
  it("removes an item and puts it back where it was", () => {
    const list = ["a", "b", "c"];
    const undo = removeAt(list, 1);
    expect(list).toEqual(["a", "c"]);
    undo();
    expect(list).toEqual(["a", "b", "c"]);
  });
  it("duplicates an action right after it, with a new id, not started", () => {
    const actions = [
      action(1, { status: "done", actualSpend: 500, milestones: [{ title: "Devis", date: null, done: true }] }),
      action(7),
    ];
    const copy = duplicateAction(actions, 0, (t) => `${t} (copie)`);
    expect(actions.map((a) => a.id)).toEqual([1, 8, 7]);
    expect(copy).toMatchObject({ title: "Action 1 (copie)", status: "planned", actualSpend: null });
    expect(copy?.milestones[0]?.done).toBe(false);
    expect(actions[0]?.milestones[0]?.done).toBe(true);
  });
  it("gives a restored item a new id when its own was taken meanwhile", () => {
    const actions = [action(1), action(2)];
    const undo = removeById(actions, 2);
    actions.push(action(nextId(actions)));
    undo();
    expect(actions.map((a) => a.id)).toEqual([1, 3, 2]);
  });
  it("keeps a single North Star", () => {
    const objectives = [objective(1, { northStar: true }), objective(2)];
    toggleNorthStar(objectives, 2);
    expect(objectives.map((o) => o.northStar)).toEqual([false, true]);
    toggleNorthStar(objectives, 2);
    expect(objectives.map((o) => o.northStar)).toEqual([false, false]);
  });
});

describe("removals with their links", () => {
  it("removes an objective from actions, KPIs and sub-objectives, and undo restores every link", () => {
    const plan = {
      objectives: [objective(1), objective(2, { parentId: 1 })],
      actions: [action(1, { objectiveIds: [2, 1] })],
      kpis: [kpi(1, { objectiveId: 1 })],
    };
    const undo = removeObjective(plan, 1);
    expect(plan.objectives).toEqual([objective(2)]);
    expect(plan.actions[0]?.objectiveIds).toEqual([2]);
    expect(plan.kpis[0]?.objectiveId).toBeNull();
    undo();
    expect(plan.objectives.map((o) => [o.id, o.parentId])).toEqual([
      [1, null],
      [2, 1],
    ]);
    expect(plan.actions[0]?.objectiveIds).toEqual([2, 1]);
    expect(plan.kpis[0]?.objectiveId).toBe(1);
  });
  it("removes a competitor's column of the differentiation table, and undo puts it back", () => {
    const plan = blankPlan();
    const competitor = (id: number) => ({ id, name: `C${id}`, offer: "", positioning: "", priceLevel: null, differentiators: "" });
    plan.diagnostic.competitors.push(competitor(1), competitor(2));
    plan.positioning.differentiation.push({
      criterion: "Prix",
      us: "32 €",
      competitors: [
        { competitorId: 1, value: "16 €" },
        { competitorId: 2, value: "38 €" },
      ],
    });
    const undo = removeCompetitor(plan, 1);
    expect(plan.diagnostic.competitors.map((c) => c.id)).toEqual([2]);
    expect(plan.positioning.differentiation[0]?.competitors).toEqual([{ competitorId: 2, value: "38 €" }]);
    undo();
    expect(plan.diagnostic.competitors.map((c) => c.id)).toEqual([1, 2]);
    expect(plan.positioning.differentiation[0]?.competitors.map((c) => c.competitorId)).toEqual([1, 2]);
  });
  it("leaves personas without a segment when it goes, and relinks them on undo", () => {
    const plan = blankPlan();
    plan.targets.segments.push({ id: 1, name: "Voisins", criteria: "", size: "", attractiveness: null, priority: null });
    plan.targets.personas.push({ id: 1, name: "Léa", segmentId: 1, role: "", goals: "", pains: "", channels: [], channelsNote: "", buyingHabits: "" });
    plan.actions.push(action(1, { segmentIds: [1], personaIds: [1] }));
    const undo = removeSegment(plan, 1);
    expect(plan.targets.personas[0]?.segmentId).toBeNull();
    expect(plan.actions[0]?.segmentIds).toEqual([]);
    undo();
    expect(plan.targets.personas[0]?.segmentId).toBe(1);
    expect(plan.actions[0]?.segmentIds).toEqual([1]);
  });
  it("takes a persona out of the actions aimed at it, and puts it back on undo", () => {
    const plan = blankPlan();
    plan.targets.personas.push({ id: 1, name: "Léa", segmentId: null, role: "", goals: "", pains: "", channels: [], channelsNote: "", buyingHabits: "" });
    plan.targets.personas.push({ id: 2, name: "Marc", segmentId: null, role: "", goals: "", pains: "", channels: [], channelsNote: "", buyingHabits: "" });
    plan.actions.push(action(1, { personaIds: [2, 1] }));
    const undo = removePersona(plan, 1);
    expect(plan.targets.personas.map((p) => p.name)).toEqual(["Marc"]);
    expect(plan.actions[0]?.personaIds).toEqual([2]);
    undo();
    expect(plan.targets.personas.map((p) => p.id)).toEqual([1, 2]);
    expect(plan.actions[0]?.personaIds).toEqual([2, 1]);
  });
});
