// The budget figures: planned and actual totals of the actions, split by quarter, channel and
// lever. Everything is in integer cents and every split adds up exactly to its total.
import type { Action } from "../bindings/Action";
import type { Channel } from "../bindings/Channel";
import type { Lever } from "../bindings/Lever";
import type { Money } from "../bindings/Money";
import { dayNumber, quarterBounds } from "./dates";

/** Planned budget and actual spend, in cents. */
export type Pair = { planned: Money; actual: Money };

const zero = (): Pair => ({ planned: 0, actual: 0 });

/**
 * What an action counts for: a cancelled action will not spend its planned budget, so it counts
 * only for what it already spent.
 */
export function counted(action: Action): Pair {
  return {
    planned: action.status === "cancelled" ? 0 : (action.plannedBudget ?? 0),
    actual: action.actualSpend ?? 0,
  };
}

/** Planned and actual totals of a list of actions. */
export function totals(actions: readonly Action[]): Pair {
  const sum = zero();
  for (const a of actions) {
    const { planned, actual } = counted(a);
    sum.planned += planned;
    sum.actual += actual;
  }
  return sum;
}

/**
 * Splits `total` cents in proportion to `weights` (whole numbers), as whole cents that add up to
 * `total` exactly: each share is rounded down, then the cents left go to the largest remainders.
 */
export function apportion(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  if (sum <= 0) return weights.map(() => 0);
  // total (at most 10^13 cents) times a day count stays far below 2^53: exact integer arithmetic.
  const shares = weights.map((w) => Math.floor((total * w) / sum));
  const left = total - shares.reduce((a, b) => a + b, 0);
  const order = weights
    .map((w, i) => ({ i, rest: (total * w) % sum }))
    .sort((a, b) => b.rest - a.rest || a.i - b.i);
  for (let k = 0; k < left; k++) {
    const slot = order[k % order.length];
    if (slot) shares[slot.i] = (shares[slot.i] ?? 0) + 1;
  }
  return shares;
}

/**
 * How many days of an action fall in each quarter of the plan year. An action with one date only
 * lasts that day; an end before the start counts as the start day.
 */
export function daysByQuarter(action: Action, year: number): number[] {
  const start = action.start === null ? null : dayNumber(action.start);
  const end = action.end === null ? null : dayNumber(action.end);
  const first = start ?? end;
  if (first === null) return [0, 0, 0, 0];
  const last = end !== null && end >= first ? end : first;
  const bounds = quarterBounds(year);
  return [0, 1, 2, 3].map((q) => {
    const from = Math.max(first, bounds[q] ?? 0);
    const to = Math.min(last + 1, bounds[q + 1] ?? 0);
    return Math.max(0, to - from);
  });
}

/** Planned and actual spend by quarter, each action spread over its days in the plan year. */
export type QuarterSplit = { quarters: Pair[]; unscheduled: Pair };

/**
 * Spreads each action's amounts over the quarters in proportion to its days in each; actions
 * without dates, or with no day in the plan year, are "unscheduled".
 */
export function byQuarter(actions: readonly Action[], year: number): QuarterSplit {
  const quarters = [zero(), zero(), zero(), zero()];
  const unscheduled = zero();
  for (const a of actions) {
    const { planned, actual } = counted(a);
    const days = daysByQuarter(a, year);
    if (days.every((d) => d === 0)) {
      unscheduled.planned += planned;
      unscheduled.actual += actual;
      continue;
    }
    const p = apportion(planned, days);
    const r = apportion(actual, days);
    quarters.forEach((q, i) => {
      q.planned += p[i] ?? 0;
      q.actual += r[i] ?? 0;
    });
  }
  return { quarters, unscheduled };
}

/** Totals grouped by a key, largest planned first; `null` gathers the actions without one. */
export type Group<K> = { key: K | null } & Pair;

function groupBy<K extends string>(actions: readonly Action[], keyOf: (a: Action) => K | null): Group<K>[] {
  const groups = new Map<K | null, Group<K>>();
  for (const a of actions) {
    const key = keyOf(a);
    const group = groups.get(key) ?? { key, planned: 0, actual: 0 };
    const { planned, actual } = counted(a);
    group.planned += planned;
    group.actual += actual;
    groups.set(key, group);
  }
  return [...groups.values()]
    .filter((g) => g.planned > 0 || g.actual > 0)
    .sort((a, b) => b.planned - a.planned || b.actual - a.actual || (a.key === null ? 1 : b.key === null ? -1 : 0));
}

/** Totals by channel. */
export const byChannel = (actions: readonly Action[]): Group<Channel>[] => groupBy(actions, (a) => a.channel);

/** Totals by lever of the marketing mix. */
export const byLever = (actions: readonly Action[]): Group<Lever>[] => groupBy(actions, (a) => a.lever);

/** How much the planned total exceeds the envelope (0 when it fits or there is no envelope). */
export function overEnvelope(envelope: Money | null, planned: Money): Money {
  return envelope === null ? 0 : Math.max(0, planned - envelope);
}
