import { afterEach, describe, expect, it } from "vitest";
import { i18n } from "../i18n/index.svelte";
import { countKey } from "./plural";

describe("countKey", () => {
  afterEach(() => {
    i18n.lang = "fr";
  });
  it("keeps 0 and 1 singular in French, only 1 in English", () => {
    i18n.lang = "fr";
    expect([0, 1, 2].map((n) => countKey("actions.count", n))).toEqual(["actions.count.one", "actions.count.one", "actions.count.other"]);
    i18n.lang = "en";
    expect([0, 1, 2].map((n) => countKey("actions.count", n))).toEqual(["actions.count.other", "actions.count.one", "actions.count.other"]);
  });
});
