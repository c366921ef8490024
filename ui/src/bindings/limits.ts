// Generated from src-tauri/core/src/plan/validate.rs by its freshness test: do not edit.
// `BOUSSOLE_UPDATE_GENERATED=1 cargo test -p boussole-core` rewrites it.

/** Longest name, title or other one-line text, in characters. */
export const MAX_SHORT_TEXT = 1000;

/** Longest paragraph text, in characters. */
export const MAX_LONG_TEXT = 50000;

/** Longest internal notes, in characters. */
export const MAX_NOTES = 1000000;

/** Most actions in one plan. */
export const MAX_ACTIONS = 2000;

/** Most objectives in one plan. */
export const MAX_OBJECTIVES = 300;

/** Most KPIs in one plan. */
export const MAX_KPIS = 500;

/** Most items in any other list (competitors, SWOT entries, milestones, measurements...). */
export const MAX_LIST = 1000;

/** Largest amount of money, in cents (one hundred billion). */
export const MAX_MONEY = 10000000000000;

/** Largest absolute figure for a baseline, target or measurement. */
export const MAX_FIGURE = 1000000000000000;

/** Years a plan may be written for: the first. */
export const PLAN_YEAR_MIN = 2000;
/** Years a plan may be written for: the last. */
export const PLAN_YEAR_MAX = 2100;

/** Years any date in a plan may fall in: the first. */
export const DATE_YEAR_MIN = 1900;
/** Years any date in a plan may fall in: the last. */
export const DATE_YEAR_MAX = 2200;
