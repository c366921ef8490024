// How complete each step of a plan is, for the marks in the side list and the summary. A step is
// "done" when it holds what a reader of the plan needs from it, "started" when something is there.
import type { Plan } from "../bindings/Plan";
import type { Step } from "../bindings/Step";
import { FORCES, MIX, PESTEL, SWOT } from "./validate";

export type Completion = "empty" | "started" | "done";

const filled = (text: string) => text.trim() !== "";

/** "done" when every check holds, "started" when any value is there, else "empty". */
function mark(checks: boolean[], anything: boolean): Completion {
  if (checks.every(Boolean)) return "done";
  return anything ? "started" : "empty";
}

function company(p: Plan): Completion {
  const c = p.company;
  // A new plan always has a name: the step counts as started from the first moment.
  return mark([filled(c.name), filled(c.sector), c.size !== null, c.marketType !== null, filled(c.country)], true);
}

function diagnostic(p: Plan): Completion {
  const d = p.diagnostic;
  const checks = [
    filled(d.market.size),
    d.market.maturity !== null,
    d.competitors.some((c) => filled(c.name)),
    filled(d.offer.description),
    filled(d.audience),
    ...SWOT.map((q) => d.swot[q].length > 0),
    PESTEL.some((f) => filled(d.pestel[f])),
    FORCES.every((f) => d.porter[f].rating !== null),
  ];
  const anything =
    filled(d.market.size) ||
    filled(d.market.growth) ||
    filled(d.market.outlook) ||
    d.market.maturity !== null ||
    d.competitors.length > 0 ||
    filled(d.offer.description) ||
    d.offer.strengths.length + d.offer.weaknesses.length > 0 ||
    filled(d.audience) ||
    SWOT.some((q) => d.swot[q].length > 0) ||
    PESTEL.some((f) => filled(d.pestel[f])) ||
    FORCES.some((f) => d.porter[f].rating !== null || filled(d.porter[f].note));
  return mark(checks, anything);
}

function review(p: Plan): Completion {
  const r = p.review;
  const checks = [filled(r.lessons), r.actions.every((a) => a.decision !== null), r.objectives.every((o) => o.measured !== null)];
  const anything = filled(r.lessons) || r.actions.some((a) => a.decision !== null || filled(a.note));
  return mark(checks, anything);
}

function targets(p: Plan): Completion {
  const { segments, personas } = p.targets;
  const checks = [
    segments.some((s) => filled(s.name) && s.priority !== null),
    personas.some((x) => filled(x.name) && x.segmentId !== null),
  ];
  return mark(checks, segments.length + personas.length > 0);
}

function positioning(p: Plan): Completion {
  const x = p.positioning;
  const checks = [filled(x.valueProposition), filled(x.brandPromise), filled(x.statement), x.priceLevel !== null, x.differentiation.length > 0];
  const anything =
    filled(x.valueProposition) || filled(x.brandPromise) || filled(x.statement) || x.priceLevel !== null || x.differentiation.length > 0;
  return mark(checks, anything);
}

/** Whether an objective is Specific (a title and a metric), Measurable (a target) and Dated (a deadline). */
export function smart(o: { title: string; metric: string; target: number | null; deadline: string | null }) {
  return { specific: filled(o.title) && filled(o.metric), measurable: o.target !== null, dated: o.deadline !== null };
}

function objectives(p: Plan): Completion {
  const os = p.objectives;
  const checks = [
    os.length > 0,
    os.every((o) => {
      const s = smart(o);
      return s.specific && s.measurable && s.dated;
    }),
    os.some((o) => o.northStar),
  ];
  return mark(checks, os.length > 0);
}

function mix(p: Plan): Completion {
  const checks = (["product", "price", "place", "promotion"] as const).map((l) => filled(p.mix[l]));
  return mark(checks, MIX.some((l) => filled(p.mix[l])));
}

function actions(p: Plan): Completion {
  const as = p.actions;
  const checks = [as.length > 0, as.every((a) => filled(a.title) && filled(a.owner) && a.start !== null && a.end !== null)];
  return mark(checks, as.length > 0);
}

function budget(p: Plan): Completion {
  const checks = [p.budget.envelope !== null, p.actions.some((a) => a.plannedBudget !== null)];
  return mark(checks, p.budget.envelope !== null || filled(p.budget.notes));
}

function kpis(p: Plan): Completion {
  const ks = p.kpis;
  const checks = [ks.length > 0, ks.every((k) => filled(k.name) && k.target !== null && k.objectiveId !== null)];
  return mark(checks, ks.length > 0);
}

const RULES: Record<Step, (p: Plan) => Completion> = {
  company,
  diagnostic,
  review,
  targets,
  positioning,
  objectives,
  mix,
  actions,
  budget,
  kpis,
};

/** How complete a step of the plan is. */
export const stepCompletion = (plan: Plan, step: Step): Completion => RULES[step](plan);
