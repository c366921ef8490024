// Amounts of money and plain figures as people type and read them. Money is kept in integer cents
// and parsed from the text digit by digit, so 19,99 is 1999 cents and never 1998.9999.
import type { Language } from "../bindings/Language";
import { MAX_FIGURE, MAX_MONEY } from "../bindings/limits";
import type { Money } from "../bindings/Money";
import type { FieldError } from "./validate";

export type Parsed<T> = { ok: true; value: T | null } | { ok: false; error: FieldError };

const locale = (lang: Language) => (lang === "fr" ? "fr-FR" : "en-GB");

// Building an Intl formatter is slow next to using one; long tables format hundreds of amounts.
const formatters = new Map<string, Intl.NumberFormat>();
function numberFormat(lang: Language, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${lang}|${JSON.stringify(options)}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale(lang), options);
    formatters.set(key, format);
  }
  return format;
}

/** Removes the spaces people put between thousands (normal, no-break and narrow no-break). */
const unspaced = (text: string) => text.replace(/[\s\u00a0\u202f']/g, "");

/** Checks that "1.234.567" style groups are a first group of 1-3 digits, then groups of 3. */
function ungroup(integer: string, separator: string): string | null {
  const groups = integer.split(separator);
  const [first, ...rest] = groups;
  if (first === undefined || !/^\d{1,3}$/.test(first) || rest.some((g) => !/^\d{3}$/.test(g))) return null;
  return groups.join("");
}

/**
 * Splits an unsigned number written with "," or "." into its integer and decimal digits, or null
 * when it is not a number. `single` decides whether a lone separator is a decimal point.
 */
function split(typed: string, single: (sep: string, after: string, before: string) => boolean): [string, string] | null {
  // "12," is a number being typed: it reads as 12 until its decimals come.
  const body = typed.replace(/(\d)[.,]$/, "$1");
  if (!/^\d[\d.,]*$/.test(body) || /[.,]$/.test(body)) return null;
  const seps = body.match(/[.,]/g) ?? [];
  if (seps.length === 0) return [body, ""];
  const last = body.search(/[.,][^.,]*$/);
  const lastSep = body.charAt(last);
  const before = body.slice(0, last);
  const after = body.slice(last + 1);
  const kinds = new Set(seps);
  let decimal: boolean;
  if (kinds.size > 1) {
    // "1.234,56" or "1,234.56": the last separator is the decimal point, used once.
    if (seps.filter((s) => s === lastSep).length > 1) return null;
    decimal = true;
  } else if (seps.length > 1) {
    decimal = false;
  } else {
    decimal = single(lastSep, after, before);
  }
  if (!decimal) {
    const digits = ungroup(body, lastSep);
    return digits === null ? null : [digits, ""];
  }
  const groupSep = [...kinds].find((s) => s !== lastSep);
  const integer = groupSep ? ungroup(before, groupSep) : before;
  return integer === null ? null : [integer, after];
}

/** A currency sign or code people write before or after an amount: "1 500 €", "€1,500", "1500 EUR". */
const CURRENCY = /^(?:[€$£]|EUR|USD|GBP|CHF|CAD)|(?:[€$£]|EUR|USD|GBP|CHF|CAD)$/i;

/**
 * Reads an amount typed in currency units ("1 250", "1250,5", "1,250.50", "1 500 €") as cents;
 * empty text is no amount. One currency sign or code before or after is left out. At most two
 * decimals; a lone separator followed by three digits groups thousands.
 */
export function parseMoney(text: string): Parsed<Money> {
  let body = unspaced(text);
  if (body === "") return { ok: true, value: null };
  const negative = /^[-−]/.test(body);
  body = body.replace(/^[-−]/, "");
  const sign = body.replace(CURRENCY, "");
  // A sign alone is no amount yet; "€ 12 €" is not an amount.
  if (sign !== body && sign !== "") body = sign;
  if (negative) body = `-${body}`;
  if (/^[-−]/.test(body)) return { ok: false, error: { key: "validation.money.negative" } };
  const parts = split(body, (_sep, after, before) => after.length !== 3 || before === "0");
  if (parts === null) return { ok: false, error: { key: "validation.money.format" } };
  const [integer, decimals] = parts;
  if (decimals.length > 2) return { ok: false, error: { key: "validation.money.decimals" } };
  const digits = (integer.replace(/^0+/, "") || "0") + decimals.padEnd(2, "0");
  // Beyond 15 digits the amount is far over the limit, and Number() would no longer be exact.
  if (digits.length > 15 || Number(digits) > MAX_MONEY) {
    return { ok: false, error: { key: "validation.money.tooLarge" } };
  }
  return { ok: true, value: Number(digits) };
}

/** Cents as the text of an input: "1 250", "1 250,50" (French) or "1,250.50" (English). */
export function moneyInput(cents: Money | null, lang: Language): string {
  if (cents === null) return "";
  const sign = cents < 0 ? "-" : "";
  const abs = Math.abs(cents);
  const units = String(Math.floor(abs / 100)).replace(/\B(?=(\d{3})+$)/g, lang === "fr" ? " " : ",");
  const rest = abs % 100;
  if (rest === 0) return `${sign}${units}`;
  return `${sign}${units}${lang === "fr" ? "," : "."}${String(rest).padStart(2, "0")}`;
}

/** Cents as people read an amount: "1 250,50 €", "€1,250.50"; `whole` rounds to units. */
export function formatMoney(cents: Money, currency: string, lang: Language, whole = false): string {
  const fraction = whole || cents % 100 === 0 ? 0 : 2;
  try {
    // Display only: cents / 100 is the nearest double to an amount with two decimals, which
    // Intl rounds back to those same two decimals.
    return numberFormat(lang, {
      style: "currency",
      currency,
      minimumFractionDigits: fraction,
      maximumFractionDigits: fraction,
    }).format(cents / 100);
  } catch {
    return `${formatFigure(cents / 100, lang)} ${currency}`;
  }
}

/**
 * Reads a figure such as a target or a measured value. In French "," and "." are both decimal
 * points when used once, and spaces group thousands; in English "," only groups thousands.
 */
export function parseFigure(text: string, lang: Language): Parsed<number> {
  let body = unspaced(text);
  if (body === "") return { ok: true, value: null };
  const negative = /^[-−]/.test(body);
  body = body.replace(/^[-−+]/, "");
  if (/^[.,]\d/.test(body)) body = `0${body}`;
  const parts =
    lang === "en"
      ? /,/.test(body) && !/\./.test(body)
        ? split(body, () => false)
        : split(body, (sep) => sep === ".")
      : split(body, () => true);
  if (parts === null) return { ok: false, error: { key: "validation.number.format" } };
  const value = Number(`${negative ? "-" : ""}${parts[0]}.${parts[1] || "0"}`);
  if (!Number.isFinite(value) || Math.abs(value) > MAX_FIGURE) {
    return { ok: false, error: { key: "validation.number.range" } };
  }
  return { ok: true, value: Object.is(value, -0) ? 0 : value };
}

/** A figure as people read it: "3 800 000", "1,1" (French) or "3,800,000", "1.1" (English). */
export function formatFigure(value: number, lang: Language): string {
  return numberFormat(lang, { maximumFractionDigits: 20 }).format(value);
}

/** A figure worked out by the core (an expected value), as the PDF prints it: two decimals at most. */
export function formatResult(value: number, lang: Language): string {
  return numberFormat(lang, { maximumFractionDigits: 2 }).format(value);
}

/**
 * A figure with its unit, by the core's rule (`labels::quantity`): "20 %", "20%", "€4,100,000",
 * "4 100 000 €", "210 revendeurs"; `computed` rounds as the PDF. A unit of one or two characters
 * stays glued to its figure; the euro, dollar and pound signs go first in English, as amounts do.
 */
export function withUnit(value: number, unit: string, lang: Language, computed = false): string {
  const text = computed ? formatResult(value, lang) : formatFigure(value, lang);
  const u = unit.trim();
  if (u === "") return text;
  const glue = [...u].length <= 2 ? "\u00a0" : " ";
  if (lang === "fr") return `${text}${glue}${u}`;
  if (u === "%") return `${text}%`;
  if (u === "€" || u === "$" || u === "£") return text.startsWith("-") ? `-${u}${text.slice(1)}` : `${u}${text}`;
  return `${text} ${u}`;
}

/** A share as a whole percentage: 0.374 is "37 %" (French) or "37%" (English). */
export function formatPercent(share: number, lang: Language): string {
  return numberFormat(lang, { style: "percent", maximumFractionDigits: 0 }).format(share);
}
