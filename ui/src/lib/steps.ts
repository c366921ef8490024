// The ten steps of the wizard, in order (the model's order, from the generated catalogue), with
// their titles (the catalogue's labels) and intro keys.
import type { Step } from "../bindings/Step";
import type { MessageKey } from "../i18n/en";
import { label, options } from "./labels";

export const STEPS: readonly Step[] = options("step");

/** A step's title in the interface language. */
export const stepTitle = (step: Step): string => label("step", step);
export const stepIntro = (step: Step): MessageKey => `step.${step}.intro` as MessageKey;
