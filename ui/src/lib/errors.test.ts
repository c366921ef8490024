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
  it("says what kind of failure any other error is, in the interface language, with the detail", () => {
    i18n.lang = "fr";
    expect(errorText(io("other"))).toBe(
      "Un fichier n’a pas pu être lu ou écrit. Détail : cannot write /media/usb/plan.pdf: Read-only file system (os error 30)",
    );
    const bad = new AppError({ kind: "badFile", message: "not a plan file: expected value at line 1 column 1", field: null, cause: null });
    expect(errorText(bad)).toBe(
      "Ce fichier n’est pas un plan Boussole lisible, ou il est abîmé. Détail : not a plan file: expected value at line 1 column 1",
    );
    i18n.lang = "en";
    const gone = new AppError({ kind: "notFound", message: "plan 7 was not found", field: null, cause: null });
    expect(errorText(gone)).toBe("This no longer exists: it may have been deleted meanwhile. Details: plan 7 was not found");
    expect(errorText("plain")).toBe("plain");
  });
});
