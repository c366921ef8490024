import { describe, expect, it } from "vitest";
import { LABELS } from "../bindings/labels";
import { en } from "../i18n/en";
import { i18n } from "../i18n/index.svelte";
import { label, options } from "./labels";

describe("labels", () => {
  it("reads the generated catalogue in the interface language or the one asked for", () => {
    i18n.lang = "fr";
    expect(label("channel", "inStore")).toBe("En boutique");
    expect(label("actionStatus", "done", "en")).toBe("Done");
    i18n.lang = "en";
    expect(label("lever", "physicalEvidence")).toBe("Physical evidence");
    i18n.lang = "fr";
  });

  it("offers the model's values in its order", () => {
    expect(options("step")[0]).toBe("company");
    expect(options("actionStatus")).toEqual(["planned", "inProgress", "done", "cancelled"]);
  });

  it("leaves no second wording of a labelled value in the interface's own catalogue", () => {
    const prefixes = ["channel.", "status.", "frequency.", "priceLevel.", "maturity.", "category.", "level.", "priority."];
    for (const key of Object.keys(en)) {
      expect(prefixes.some((p) => key.startsWith(p)), key).toBe(false);
    }
    for (const lever of LABELS.lever.values) expect(Object.keys(en)).not.toContain(`mix.${lever}`);
  });
});
