// Messages that change with a count: "1 action", "2 actions"; in French 0 and 1 are singular.
import { i18n } from "../i18n/index.svelte";

/** The catalogue key of a counted message, `base.one` or `base.other`, for `n` in the current language. */
export function countKey<B extends string>(base: B, n: number): `${B}.one` | `${B}.other` {
  const rule = new Intl.PluralRules(i18n.lang === "fr" ? "fr-FR" : "en-GB").select(n);
  return rule === "one" ? `${base}.one` : `${base}.other`;
}
