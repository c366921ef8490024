// Calendar dates as the plan stores them ("YYYY-MM-DD", no time, no time zone) and where they
// fall in the plan year. All arithmetic is on UTC days, so no time zone can shift a date.
import type { Language } from "../bindings/Language";
import { clock } from "./clock.svelte";

const DAY_MS = 86_400_000;
const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970-01-01 of a "YYYY-MM-DD" date, or null when it is not a real date. */
export function dayNumber(iso: string): number | null {
  const m = ISO.exec(iso);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const ms = Date.UTC(y, mo - 1, d);
  const date = new Date(ms);
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
  return Math.round(ms / DAY_MS);
}

/** The "YYYY-MM-DD" text of a day number. */
export function isoOfDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** The first day of a year, as a day number. */
export const yearStart = (year: number): number => Math.round(Date.UTC(year, 0, 1) / DAY_MS);

/** How many days a year has. */
export const daysInYear = (year: number): number => yearStart(year + 1) - yearStart(year);

/** First day of each quarter of a year, plus the first day of the next year (five bounds). */
export function quarterBounds(year: number): number[] {
  return [0, 3, 6, 9, 12].map((month) => Math.round(Date.UTC(year, month, 1) / DAY_MS));
}

/** Where a date falls in a year, from 0 (1 January, start of day) to 1 (end of 31 December). */
export function yearPosition(iso: string, year: number, endOfDay = false): number | null {
  const day = dayNumber(iso);
  if (day === null) return null;
  const position = (day - yearStart(year) + (endOfDay ? 1 : 0)) / daysInYear(year);
  return Math.min(1, Math.max(0, position));
}

const locale = (lang: Language) => (lang === "fr" ? "fr-FR" : "en-GB");

// Building an Intl formatter is slow next to using one; long tables format hundreds of dates.
const formatters = new Map<string, Intl.DateTimeFormat>();
function dateFormat(lang: Language, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${lang}|${JSON.stringify(options)}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale(lang), { ...options, timeZone: "UTC" });
    formatters.set(key, format);
  }
  return format;
}

/** A date as people read it: "14 mars 2027", "14 Mar 2027". */
export function formatDate(iso: string, lang: Language): string {
  const day = dayNumber(iso);
  if (day === null) return iso;
  return dateFormat(lang, { day: "numeric", month: "short", year: "numeric" }).format(new Date(day * DAY_MS));
}

/** A short day and month: "14 mars", "14 Mar". */
export function formatDayMonth(iso: string, lang: Language): string {
  const day = dayNumber(iso);
  if (day === null) return iso;
  return dateFormat(lang, { day: "numeric", month: "short" }).format(new Date(day * DAY_MS));
}

/** A month and its year in a sentence: "mai 2027", "May 2027". */
export function formatMonth(iso: string, lang: Language): string {
  const day = dayNumber(iso);
  if (day === null) return iso;
  return dateFormat(lang, { month: "long", year: "numeric" }).format(new Date(day * DAY_MS));
}

/** The twelve month names, short and capitalised ("Janv.", "Jan"). */
export function monthNames(lang: Language): string[] {
  const format = dateFormat(lang, { month: "short" });
  return Array.from({ length: 12 }, (_, m) => {
    const name = format.format(new Date(Date.UTC(2001, m, 1)));
    return name.charAt(0).toLocaleUpperCase(locale(lang)) + name.slice(1);
  });
}

/** Today as "YYYY-MM-DD", as the core's clock gives it (never the page's own clock). */
export function today(): string {
  return clock.today;
}
