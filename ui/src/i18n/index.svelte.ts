// The interface language and the translate function. Reading `i18n.lang` inside `t` makes every
// call in a template re-render when the language changes.
import type { Language } from "../bindings/Language";
import { en, type MessageKey } from "./en";
import { fr } from "./fr";

const catalogues: Record<Language, Record<MessageKey, string>> = { fr, en };

export const i18n = $state({ lang: "fr" as Language });

/** The text of `key` in the current language, with `{name}` placeholders filled in. */
export function t(key: MessageKey, params: Record<string, string | number> = {}): string {
  const text = catalogues[i18n.lang][key];
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/** A date and time as people read them in the current language. */
export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(i18n.lang === "fr" ? "fr-FR" : "en-GB", {
    dateStyle: "medium",
    timeStyle: "short",
  }).format(date);
}
