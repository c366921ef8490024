// The ten steps of the wizard, in order, with their catalogue keys.
import type { Step } from "../bindings/Step";
import type { MessageKey } from "../i18n/en";

export const STEPS: readonly Step[] = [
  "company",
  "diagnostic",
  "review",
  "targets",
  "positioning",
  "objectives",
  "mix",
  "actions",
  "budget",
  "kpis",
];

export const stepTitle = (step: Step): MessageKey => `step.${step}` as MessageKey;
export const stepIntro = (step: Step): MessageKey => `step.${step}.intro` as MessageKey;
