import { describe, expect, it } from "vitest";
import { AppError } from "../api/invoke";
import { i18n } from "../i18n/index.svelte";
import { errorText } from "./errors";

const io = (cause: AppError["cause"]) =>
  new AppError({ kind: "io", message: "cannot write /media/usb/plan.pdf: Read-only file system (os error 30)", field: null, cause });

describe("errorText", () => {
  it("says why a file could not be written, in the interface language, with the detail", () => {
    i18n.lang = "fr";
    expect(errorText(io("readOnly"))).toBe(
      "Ce dossier est en lecture seule (clé USB verrouillée, image disque…). Choisissez un autre dossier. Détail : cannot write /media/usb/plan.pdf: Read-only file system (os error 30)",
    );
    i18n.lang = "en";
    expect(errorText(io("diskFull"))).toMatch(/^The disk is full\. .* Details: cannot write/);
  });
  it("shows the message alone when there is nothing more to say", () => {
    expect(errorText(io("other"))).toBe("cannot write /media/usb/plan.pdf: Read-only file system (os error 30)");
    expect(errorText(new AppError({ kind: "invalid", message: "year: must be 2000 to 2100", field: "year", cause: null }))).toBe(
      "year: must be 2000 to 2100",
    );
    expect(errorText("plain")).toBe("plain");
  });
});
