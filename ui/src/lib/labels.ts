// The words for the model's closed lists (channels, levers, statuses, steps, grids, PDF sections,
// checklist severities...) and their values in the order forms offer them, read from the
// catalogue generated from Rust (bindings/labels.ts): the screen says what the PDF and the CSV say.
import { LABELS } from "../bindings/labels";
import type { Language } from "../bindings/Language";
import { i18n } from "../i18n/index.svelte";

/** The name of a labelled list, e.g. "channel". */
export type LabelList = keyof typeof LABELS;
/** The values of a labelled list, e.g. `Channel` for "channel". */
export type LabelValue<L extends LabelList> = (typeof LABELS)[L]["values"][number];

/** The label of a value, in the interface language unless another is given. */
export function label<L extends LabelList>(list: L, value: LabelValue<L>, lang: Language = i18n.lang): string {
  const labels: Record<string, string> = LABELS[list][lang];
  return labels[value] ?? value;
}

/** A list's values, in the order forms offer them. */
export function options<L extends LabelList>(list: L): readonly LabelValue<L>[] {
  return LABELS[list].values;
}
