// How far the plan has come, from the KPIs' measured values: each KPI's progress from its starting
// point to its target, whether it is on pace for its deadline, and each objective's progress.
import type { Kpi } from "../bindings/Kpi";
import type { Measurement } from "../bindings/Measurement";
import type { Objective } from "../bindings/Objective";
import { dayNumber, yearStart } from "./dates";

export type KpiStatus = "noTarget" | "noData" | "reached" | "onTrack" | "behind";

/** How far behind the calendar a KPI may be and still count as on track (10 percentage points). */
export const PACE_TOLERANCE = 0.1;

/** The measurements in date order, oldest first. */
export function byDate(measurements: readonly Measurement[]): Measurement[] {
  return [...measurements].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** The latest measurement, or null. */
export function latest(kpi: Kpi): Measurement | null {
  return byDate(kpi.measurements).at(-1) ?? null;
}

/**
 * The value progress counts from: the baseline, except for a figure counted from 1 January
 * (revenue to date, press articles this year), whose first measurement is under half its
 * baseline (last year's total): that one counts from zero.
 */
export function startingPoint(kpi: Kpi): number {
  const first = byDate(kpi.measurements)[0];
  const { baseline, target } = kpi;
  if (baseline === null) return 0;
  if (target !== null && target > baseline && first !== undefined && first.value < baseline / 2) return 0;
  return baseline;
}

/** How much of the way from the starting point to the target the latest measurement has gone, 0 to 1. */
export function kpiProgress(kpi: Kpi): number | null {
  const last = latest(kpi);
  if (kpi.target === null || last === null) return null;
  const start = startingPoint(kpi);
  const span = kpi.target - start;
  if (span === 0) return last.value === kpi.target ? 1 : 0;
  return Math.min(1, Math.max(0, (last.value - start) / span));
}

/**
 * Whether a KPI keeps pace: its progress against the share of the period gone by at its latest
 * measurement, the period running from 1 January of the plan year to the deadline (else 31 December).
 */
export function kpiStatus(kpi: Kpi, deadline: string | null, year: number): KpiStatus {
  if (kpi.target === null) return "noTarget";
  const last = latest(kpi);
  const progress = kpiProgress(kpi);
  if (last === null || progress === null) return "noData";
  if (progress >= 1) return "reached";
  const from = yearStart(year);
  const deadlineDay = deadline === null ? null : dayNumber(deadline);
  const to = (deadlineDay !== null && deadlineDay >= from ? deadlineDay : yearStart(year + 1) - 1) + 1;
  const at = (dayNumber(last.date) ?? from) + 1;
  const elapsed = Math.min(1, Math.max(0, (at - from) / (to - from)));
  return progress + PACE_TOLERANCE >= elapsed ? "onTrack" : "behind";
}

const mean = (values: number[]): number | null =>
  values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length;

/**
 * An objective's progress: the mean progress of its measured KPIs, or else of its sub-objectives';
 * null when nothing is measured yet.
 */
export function objectiveProgress(objective: Objective, objectives: readonly Objective[], kpis: readonly Kpi[]): number | null {
  const own = kpis
    .filter((k) => k.objectiveId === objective.id)
    .map(kpiProgress)
    .filter((p): p is number => p !== null);
  if (own.length > 0) return mean(own);
  if (objective.parentId !== null) return null;
  const children = objectives
    .filter((o) => o.parentId === objective.id)
    .map((o) => objectiveProgress(o, objectives, kpis))
    .filter((p): p is number => p !== null);
  return mean(children);
}
