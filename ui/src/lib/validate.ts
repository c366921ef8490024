// Field checks the UI runs as the user types, mirroring the store's rules (lengths, ranges, links;
// the limits are generated from Rust in bindings/limits.ts) so nothing invalid is sent, plus the
// date rules of the plan year. Each error is a catalogue key with its parameters, shown next to
// the field; errors are keyed by a field path such as "action.7.start" (items by id, so a key
// survives reordering).
import type { Action } from "../bindings/Action";
import { lever, pestelFactor, porterForce, swotQuadrant } from "../bindings/labels";
import {
  DATE_YEAR_MAX,
  MAX_ACTIONS,
  MAX_FIGURE,
  MAX_KPIS,
  MAX_LIST,
  MAX_LONG_TEXT,
  MAX_MONEY,
  MAX_OBJECTIVES,
  MAX_SHORT_TEXT,
  PLAN_YEAR_MAX,
  PLAN_YEAR_MIN,
} from "../bindings/limits";
import type { Budget } from "../bindings/Budget";
import type { Company } from "../bindings/Company";
import type { Diagnostic } from "../bindings/Diagnostic";
import type { Kpi } from "../bindings/Kpi";
import type { MarketingMix } from "../bindings/MarketingMix";
import type { Objective } from "../bindings/Objective";
import type { Plan } from "../bindings/Plan";
import type { PlanSection } from "../bindings/PlanSection";
import type { Positioning } from "../bindings/Positioning";
import type { Review } from "../bindings/Review";
import type { Targets } from "../bindings/Targets";
import type { MessageKey } from "../i18n/en";
import { dayNumber } from "./dates";

export type FieldError = { key: MessageKey; params?: Record<string, number> };
export type Errors = Record<string, FieldError>;
export type CompanyErrors = Partial<Record<"name" | "sector" | "country" | "planYear", FieldError>>;


// Control characters (Unicode Cc) other than tab, line feed and carriage return, as the store refuses.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

/** The problem of a text, if any: too long (in characters, as the store counts) or invisible characters. */
export function textError(text: string, max: number): FieldError | undefined {
  // A string never has more characters than UTF-16 units, so the exact count is needed only near the limit.
  if (text.length > max && [...text].length > max) return { key: "validation.tooLong", params: { max } };
  if (CONTROL.test(text)) return { key: "validation.control" };
  return undefined;
}

/** The problem of an amount in cents, if any. */
export function moneyError(cents: number | null): FieldError | undefined {
  if (cents === null) return undefined;
  if (!Number.isSafeInteger(cents)) return { key: "validation.money.format" };
  if (cents < 0) return { key: "validation.money.negative" };
  if (cents > MAX_MONEY) return { key: "validation.money.tooLarge" };
  return undefined;
}

/** The problem of a figure (baseline, target, measured value), if any. */
export function figureError(value: number | null): FieldError | undefined {
  if (value === null) return undefined;
  if (!Number.isFinite(value) || Math.abs(value) > MAX_FIGURE) return { key: "validation.number.range" };
  return undefined;
}

const iso = (year: number, month: number, day: number) =>
  `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;

/** A date that must fall in the plan year. */
export function dateInYearError(date: string | null, year: number): FieldError | undefined {
  if (date === null) return undefined;
  if (dayNumber(date) === null) return { key: "validation.date.invalid" };
  if (date < iso(year, 1, 1) || date > iso(year, 12, 31)) return { key: "validation.date.inYear", params: { year } };
  return undefined;
}

/** A date that may fall in the plan year or later (a deadline, a measurement). */
export function dateFromYearError(date: string | null, year: number): FieldError | undefined {
  if (date === null) return undefined;
  if (dayNumber(date) === null) return { key: "validation.date.invalid" };
  if (date < iso(year, 1, 1) || date > iso(DATE_YEAR_MAX, 12, 31)) {
    return { key: "validation.date.fromYear", params: { year } };
  }
  return undefined;
}

/** The end of something that starts on `start`: not before it, and at the latest at the end of next year. */
export function endDateError(end: string | null, start: string | null, year: number): FieldError | undefined {
  if (end === null) return undefined;
  if (dayNumber(end) === null) return { key: "validation.date.invalid" };
  if (start !== null && dayNumber(start) !== null && end < start) return { key: "validation.date.beforeStart" };
  if (end < iso(year, 1, 1)) return { key: "validation.date.fromYear", params: { year } };
  if (end > iso(year + 1, 12, 31)) return { key: "validation.date.endTooLate", params: { year: year + 1 } };
  return undefined;
}

/** Collects errors by field path. */
class Collector {
  errors: Errors = {};

  add(path: string, error: FieldError | undefined): void {
    if (error && !(path in this.errors)) this.errors[path] = error;
  }
  short(path: string, text: string): void {
    this.add(path, textError(text, MAX_SHORT_TEXT));
  }
  long(path: string, text: string): void {
    this.add(path, textError(text, MAX_LONG_TEXT));
  }
  count(path: string, items: readonly unknown[], max: number): void {
    if (items.length > max) this.add(path, { key: "validation.tooMany", params: { max } });
  }
  lines(path: string, items: readonly string[]): void {
    this.count(path, items, MAX_LIST);
    items.forEach((item, i) => this.short(`${path}.${i}`, item));
  }
  money(path: string, cents: number | null): void {
    this.add(path, moneyError(cents));
  }
  figure(path: string, value: number | null): void {
    this.add(path, figureError(value));
  }
  link(path: string, id: number | null, known: ReadonlySet<number>): void {
    if (id !== null && !known.has(id)) this.add(path, { key: "validation.link" });
  }
  unique(path: string, items: readonly { id: number }[]): void {
    const seen = new Set<number>();
    for (const item of items) {
      if (seen.has(item.id)) this.add(`${path}.${item.id}`, { key: "validation.duplicateId" });
      seen.add(item.id);
    }
  }
}

/** The problems of a company profile, by field. */
export function companyErrors(company: Company): CompanyErrors {
  const errors: CompanyErrors = {};
  if (company.name.trim() === "") errors.name = { key: "validation.required" };
  else {
    const long = textError(company.name, MAX_SHORT_TEXT);
    if (long) errors.name = long;
  }
  const sector = textError(company.sector, MAX_SHORT_TEXT);
  if (sector) errors.sector = sector;
  const country = textError(company.country, MAX_SHORT_TEXT);
  if (country) errors.country = country;
  const year = company.planYear;
  if (typeof year !== "number" || !Number.isInteger(year) || year < PLAN_YEAR_MIN || year > PLAN_YEAR_MAX) {
    errors.planYear = { key: "validation.year", params: { min: PLAN_YEAR_MIN, max: PLAN_YEAR_MAX } };
  }
  return errors;
}

/** Porter's five forces, in the model's order. */
export const FORCES = porterForce.values;
/** The six PESTEL factors, in the model's order. */
export const PESTEL = pestelFactor.values;
/** The four SWOT quadrants, in the model's order. */
export const SWOT = swotQuadrant.values;
/** The seven levers of the marketing mix. */
export const MIX = lever.values;

/** The problems of the diagnostic step. */
export function diagnosticErrors(d: Diagnostic): Errors {
  const c = new Collector();
  c.short("market.size", d.market.size);
  c.long("market.growth", d.market.growth);
  c.long("market.outlook", d.market.outlook);
  c.count("competitors", d.competitors, MAX_LIST);
  c.unique("competitor", d.competitors);
  for (const comp of d.competitors) {
    c.short(`competitor.${comp.id}.name`, comp.name);
    c.long(`competitor.${comp.id}.offer`, comp.offer);
    c.long(`competitor.${comp.id}.positioning`, comp.positioning);
    c.long(`competitor.${comp.id}.differentiators`, comp.differentiators);
  }
  c.long("offer.description", d.offer.description);
  c.lines("offer.strengths", d.offer.strengths);
  c.lines("offer.weaknesses", d.offer.weaknesses);
  c.long("audience", d.audience);
  for (const quadrant of SWOT) c.lines(`swot.${quadrant}`, d.swot[quadrant]);
  for (const factor of PESTEL) c.long(`pestel.${factor}`, d.pestel[factor]);
  for (const force of FORCES) {
    const { rating, note } = d.porter[force];
    if (rating !== null && (!Number.isInteger(rating) || rating < 1 || rating > 5)) {
      c.add(`porter.${force}.rating`, { key: "validation.rating" });
    }
    c.long(`porter.${force}.note`, note);
  }
  return c.errors;
}

/** The problems of last year's review. */
export function reviewErrors(r: Review): Errors {
  const c = new Collector();
  c.count("review.actions", r.actions, MAX_ACTIONS);
  r.actions.forEach((a, i) => {
    c.short(`review.action.${i}.title`, a.title);
    c.long(`review.action.${i}.note`, a.note);
  });
  c.count("review.objectives", r.objectives, MAX_OBJECTIVES);
  r.objectives.forEach((o, i) => {
    c.short(`review.objective.${i}.title`, o.title);
    c.figure(`review.objective.${i}.target`, o.target);
    c.figure(`review.objective.${i}.measured`, o.measured);
    c.short(`review.objective.${i}.unit`, o.unit);
    c.long(`review.objective.${i}.comment`, o.comment);
  });
  c.money("review.budgetPlanned", r.budgetPlanned);
  c.money("review.budgetSpent", r.budgetSpent);
  c.long("review.lessons", r.lessons);
  return c.errors;
}

/** The problems of the targets step. */
export function targetsErrors(t: Targets): Errors {
  const c = new Collector();
  c.count("segments", t.segments, MAX_LIST);
  c.unique("segment", t.segments);
  for (const s of t.segments) {
    c.short(`segment.${s.id}.name`, s.name);
    c.long(`segment.${s.id}.criteria`, s.criteria);
    c.short(`segment.${s.id}.size`, s.size);
  }
  const segments = new Set(t.segments.map((s) => s.id));
  c.count("personas", t.personas, MAX_LIST);
  c.unique("persona", t.personas);
  for (const p of t.personas) {
    c.short(`persona.${p.id}.name`, p.name);
    c.link(`persona.${p.id}.segment`, p.segmentId, segments);
    c.short(`persona.${p.id}.role`, p.role);
    c.long(`persona.${p.id}.goals`, p.goals);
    c.long(`persona.${p.id}.pains`, p.pains);
    c.long(`persona.${p.id}.channelsNote`, p.channelsNote);
    c.long(`persona.${p.id}.buyingHabits`, p.buyingHabits);
  }
  return c.errors;
}

/** The problems of the positioning step; cells must point at competitors of the diagnostic. */
export function positioningErrors(p: Positioning, competitorIds: ReadonlySet<number>): Errors {
  const c = new Collector();
  c.long("positioning.valueProposition", p.valueProposition);
  c.long("positioning.brandPromise", p.brandPromise);
  c.long("positioning.statement", p.statement);
  c.count("differentiation", p.differentiation, MAX_LIST);
  p.differentiation.forEach((row, i) => {
    c.short(`row.${i}.criterion`, row.criterion);
    c.short(`row.${i}.us`, row.us);
    for (const cell of row.competitors) {
      c.link(`row.${i}.competitor.${cell.competitorId}`, cell.competitorId, competitorIds);
      c.short(`row.${i}.competitor.${cell.competitorId}`, cell.value);
    }
  });
  return c.errors;
}

/** The problems of the objectives step. */
export function objectivesErrors(objectives: readonly Objective[], year: number): Errors {
  const c = new Collector();
  c.count("objectives", objectives, MAX_OBJECTIVES);
  c.unique("objective", objectives);
  const byId = new Map(objectives.map((o) => [o.id, o]));
  let northStars = 0;
  for (const o of objectives) {
    const f = `objective.${o.id}`;
    c.short(`${f}.title`, o.title);
    c.short(`${f}.metric`, o.metric);
    c.short(`${f}.unit`, o.unit);
    c.figure(`${f}.baseline`, o.baseline);
    c.figure(`${f}.target`, o.target);
    c.add(`${f}.deadline`, dateFromYearError(o.deadline, year));
    if (o.parentId !== null) {
      const parent = byId.get(o.parentId);
      if (o.parentId === o.id || parent === undefined || parent.parentId !== null) {
        c.add(`${f}.parent`, { key: "validation.objective.parent" });
      }
    }
    c.count(`${f}.keyResults`, o.keyResults, MAX_LIST);
    o.keyResults.forEach((kr, i) => {
      c.short(`${f}.kr.${i}.title`, kr.title);
      c.figure(`${f}.kr.${i}.target`, kr.target);
      c.short(`${f}.kr.${i}.unit`, kr.unit);
    });
    if (o.northStar && ++northStars > 1) c.add(`${f}.northStar`, { key: "validation.objective.northStar" });
  }
  return c.errors;
}

/** The problems of the marketing mix. */
export function mixErrors(m: MarketingMix): Errors {
  const c = new Collector();
  for (const lever of MIX) c.long(`mix.${lever}`, m[lever]);
  return c.errors;
}

/** The problems of the actions step; links must point at existing objectives. */
export function actionsErrors(actions: readonly Action[], objectiveIds: ReadonlySet<number>, year: number): Errors {
  const c = new Collector();
  c.count("actions", actions, MAX_ACTIONS);
  c.unique("action", actions);
  for (const a of actions) {
    const f = `action.${a.id}`;
    c.short(`${f}.title`, a.title);
    c.long(`${f}.description`, a.description);
    a.objectiveIds.forEach((id) => c.link(`${f}.objectives`, id, objectiveIds));
    c.short(`${f}.owner`, a.owner);
    c.add(`${f}.start`, dateInYearError(a.start, year));
    c.add(`${f}.end`, endDateError(a.end, a.start, year));
    c.count(`${f}.milestones`, a.milestones, MAX_LIST);
    a.milestones.forEach((m, i) => {
      c.short(`${f}.milestone.${i}.title`, m.title);
      c.add(`${f}.milestone.${i}.date`, dateFromYearError(m.date, year));
    });
    c.money(`${f}.plannedBudget`, a.plannedBudget);
    c.money(`${f}.actualSpend`, a.actualSpend);
    c.long(`${f}.correctionNote`, a.correctionNote);
  }
  return c.errors;
}

/** The problems of the budget step. */
export function budgetErrors(b: Budget): Errors {
  const c = new Collector();
  c.money("budget.envelope", b.envelope);
  c.long("budget.notes", b.notes);
  return c.errors;
}

/** The problems of the KPIs step; links must point at existing objectives. */
export function kpisErrors(kpis: readonly Kpi[], objectiveIds: ReadonlySet<number>, year: number): Errors {
  const c = new Collector();
  c.count("kpis", kpis, MAX_KPIS);
  c.unique("kpi", kpis);
  for (const k of kpis) {
    const f = `kpi.${k.id}`;
    c.short(`${f}.name`, k.name);
    c.link(`${f}.objective`, k.objectiveId, objectiveIds);
    c.figure(`${f}.baseline`, k.baseline);
    c.figure(`${f}.target`, k.target);
    c.short(`${f}.unit`, k.unit);
    c.short(`${f}.tool`, k.tool);
    c.count(`${f}.measurements`, k.measurements, MAX_LIST);
    k.measurements.forEach((m, i) => {
      c.add(`${f}.measurement.${i}.date`, dateFromYearError(m.date, year));
      c.figure(`${f}.measurement.${i}.value`, m.value);
    });
  }
  return c.errors;
}

/** A section the wizard edits and saves whole (one action, or an action list, is a narrower save of "actions"). */
export type SectionKey = Exclude<PlanSection["section"], "action" | "actionList">;

/** The problems of one section of a plan, checked against the rest of the plan. */
export function sectionErrors(plan: Plan, section: SectionKey): Errors {
  const year = plan.company.planYear;
  const objectiveIds = () => new Set(plan.objectives.map((o) => o.id));
  switch (section) {
    case "company":
      return companyErrors(plan.company) as Errors;
    case "diagnostic":
      return diagnosticErrors(plan.diagnostic);
    case "review":
      return reviewErrors(plan.review);
    case "targets":
      return targetsErrors(plan.targets);
    case "positioning":
      return positioningErrors(plan.positioning, new Set(plan.diagnostic.competitors.map((c) => c.id)));
    case "objectives":
      return objectivesErrors(plan.objectives, year);
    case "mix":
      return mixErrors(plan.mix);
    case "actions":
      return actionsErrors(plan.actions, objectiveIds(), year);
    case "budget":
      return budgetErrors(plan.budget);
    case "kpis":
      return kpisErrors(plan.kpis, objectiveIds(), year);
    case "notes":
    case "dismissals":
    case "start":
    case "adjustments":
    case "yearEnd":
      return {};
  }
}
