// Plans and items for the unit tests: a blank plan as the store creates one, and items with
// every field set to "nothing yet", to be overridden field by field.
import type { Action } from "../bindings/Action";
import type { Kpi } from "../bindings/Kpi";
import type { Objective } from "../bindings/Objective";
import type { Plan } from "../bindings/Plan";

const force = () => ({ rating: null, note: "" });

/** An empty plan, as `Plan::blank` makes it. */
export function blankPlan(year = 2027): Plan {
  return {
    id: null,
    previousId: null,
    company: {
      name: "Boulangerie Morel",
      sector: "",
      size: null,
      marketType: null,
      country: "France",
      currency: "EUR",
      planYear: year,
      language: "fr",
    },
    diagnostic: {
      market: { size: "", growth: "", maturity: null, outlook: "" },
      competitors: [],
      offer: { description: "", strengths: [], weaknesses: [] },
      audience: "",
      swot: { strengths: [], weaknesses: [], opportunities: [], threats: [] },
      pestel: { political: "", economic: "", social: "", technological: "", environmental: "", legal: "" },
      porter: { rivalry: force(), newEntrants: force(), substitutes: force(), buyerPower: force(), supplierPower: force() },
      toReview: false,
    },
    review: { previousYear: null, actions: [], objectives: [], budgetPlanned: null, budgetSpent: null, lessons: "" },
    targets: { segments: [], personas: [] },
    positioning: { valueProposition: "", brandPromise: "", statement: "", priceLevel: null, differentiation: [] },
    objectives: [],
    mix: { product: "", price: "", place: "", promotion: "", people: "", process: "", physicalEvidence: "" },
    actions: [],
    budget: { envelope: null, notes: "" },
    kpis: [],
    notes: "",
    dismissals: [],
    start: { example: false, trade: null, visitedSteps: [], exampleFigures: [] },
    adjustments: [],
    yearEnd: { actions: [], objectives: [], lessons: "" },
  };
}

export function action(id: number, over: Partial<Action> = {}): Action {
  return {
    id,
    title: `Action ${id}`,
    description: "",
    objectiveIds: [],
    lever: null,
    channel: null,
    owner: "",
    start: null,
    end: null,
    milestones: [],
    segmentIds: [],
    personaIds: [],
    plannedBudget: null,
    actualSpend: null,
    status: "planned",
    correctionNote: "",
    ...over,
  };
}

export function objective(id: number, over: Partial<Objective> = {}): Objective {
  return {
    id,
    title: `Objective ${id}`,
    category: "business",
    metric: "",
    baseline: null,
    target: null,
    unit: "",
    deadline: null,
    parentId: null,
    keyResults: [],
    northStar: false,
    draft: false,
    monthlyProfile: null,
    ...over,
  };
}

export function kpi(id: number, over: Partial<Kpi> = {}): Kpi {
  return {
    id,
    name: `KPI ${id}`,
    objectiveId: null,
    baseline: null,
    target: null,
    unit: "",
    frequency: null,
    counts: "level",
    tool: "",
    measurements: [],
    ...over,
  };
}
