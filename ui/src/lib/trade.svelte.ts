// The plan being edited as its trade sees it: the trade's examples that replace the generic
// guidance examples and field hints, and the figures it brought that the owner has not confirmed
// yet ("example figures"). The wizard sets the plan; fields read `hint` and `isExample`.
import { tradeHints } from "../api/plans";
import type { Language } from "../bindings/Language";
import type { Plan } from "../bindings/Plan";
import { t } from "../i18n/index.svelte";
import type { MessageKey } from "../i18n/en";
import type { Autosaver } from "./autosave.svelte";

/** The generic text each of a trade's hint keys replaces (the core's `trades::HINT_KEYS`). */
export const HINT_MESSAGES: Record<string, MessageKey> = {
  "guide.company": "guide.company.example",
  "guide.diagnostic": "guide.diagnostic.example",
  "guide.review": "guide.review.example",
  "guide.targets": "guide.targets.example",
  "guide.positioning": "guide.positioning.example",
  "guide.objectives": "guide.objectives.example",
  "guide.mix": "guide.mix.example",
  "guide.actions": "guide.actions.example",
  "guide.budget": "guide.budget.example",
  "guide.kpis": "guide.kpis.example",
  "company.sector": "company.sector.placeholder",
  "diagnostic.marketSize": "diag.market.size.help",
  "diagnostic.marketGrowth": "diag.market.growth.placeholder",
  "swot.strengths": "swot.strengths.placeholder",
  "swot.weaknesses": "swot.weaknesses.placeholder",
  "swot.opportunities": "swot.opportunities.placeholder",
  "swot.threats": "swot.threats.placeholder",
  "positioning.criterion": "positioning.criterion.placeholder",
  "objectives.title": "objectives.title.placeholder",
  "objectives.metric": "objectives.metric.placeholder",
  "actions.title": "actions.title.placeholder",
  "kpis.name": "kpis.name.placeholder",
  "kpis.tool": "kpis.tool.placeholder",
  "budget.envelope": "budget.envelope.help",
};

const BY_MESSAGE = new Map<MessageKey, string>(Object.entries(HINT_MESSAGES).map(([hint, message]) => [message, hint]));

export const trade = $state<{
  plan: Plan | null;
  saver: Autosaver | null;
  /** The trade's hints in the interface language, by hint key; empty for a plan with no trade. */
  hints: Record<string, string>;
}>({ plan: null, saver: null, hints: {} });

/** The wizard's plan and saver, or none when the wizard closes. */
export function setTradePlan(plan: Plan | null, saver: Autosaver | null): void {
  trade.plan = plan;
  trade.saver = saver;
  if (plan === null) trade.hints = {};
}

/** Loads the hints of a plan's trade in a language; a plan with no trade keeps the generic ones. */
export async function loadHints(id: string | null, language: Language): Promise<void> {
  if (id === null) {
    trade.hints = {};
    return;
  }
  try {
    trade.hints = await tradeHints(id, language);
  } catch {
    // A trade this build does not know (a plan file from a newer version): generic hints.
    trade.hints = {};
  }
}

/** The text of a guidance example or field hint: the trade's when the plan has one, else `t(key)`. */
export function hint(key: MessageKey): string {
  const own = BY_MESSAGE.get(key);
  return (own !== undefined && trade.hints[own]) || t(key);
}

/** Whether the figure at `place` ("objective:2.target") is still an example to confirm. */
export function isExample(place: string): boolean {
  return trade.plan?.start.exampleFigures.includes(place) ?? false;
}

/** Confirms an example figure as the owner's: it leaves the list, and the plan's start is saved. */
export function confirmExample(place: string): void {
  const plan = trade.plan;
  if (!plan || !trade.saver) return;
  plan.start.exampleFigures = plan.start.exampleFigures.filter((p) => p !== place);
  trade.saver.schedule({ section: "start", value: $state.snapshot(plan.start) });
}
