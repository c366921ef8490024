import { describe, expect, it } from "vitest";
import { AppError } from "../api/invoke";
import type { ErrorKind } from "../bindings/ErrorKind";
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

describe("errorText for each kind of failure", () => {
  // Every kind Rust can send (the Record makes the compiler list them all), with the sentence the
  // owner must read first, in each language.
  const sentences: Record<ErrorKind, { fr: string; en: string }> = {
    invalid: { fr: "Une valeur ne respecte pas les règles du plan.", en: "A value breaks one of the plan’s rules." },
    notFound: {
      fr: "Cet élément n’existe plus : il a peut-être été supprimé entre-temps.",
      en: "This no longer exists: it may have been deleted meanwhile.",
    },
    badFile: {
      fr: "Ce fichier n’est pas un plan Boussole lisible, ou il est abîmé.",
      en: "This file is not a Boussole plan that can be read, or it is damaged.",
    },
    badImage: {
      fr: "Cette image n’a pas pu être lue : choisissez un fichier PNG ou JPEG.",
      en: "This image could not be read: choose a PNG or JPEG file.",
    },
    tooNew: {
      fr: "Ceci vient d’une version plus récente de Boussole : mettez Boussole à jour pour l’ouvrir.",
      en: "This comes from a newer version of Boussole: update Boussole to open it.",
    },
    storage: {
      fr: "La bibliothèque de plans n’a pas pu être lue ou écrite.",
      en: "The plan library could not be read or written.",
    },
    io: { fr: "Un fichier n’a pas pu être lu ou écrit.", en: "A file could not be read or written." },
    readOnly: {
      fr: "Cette bibliothèque est en lecture seule : ses plans peuvent être lus et exportés, pas modifiés.",
      en: "This library is read-only: its plans can be read and exported, not changed.",
    },
    unavailable: {
      fr: "Aucun programme de cet ordinateur n’a pu l’ouvrir (lecteur de PDF absent ?). Ouvrez le fichier depuis son dossier.",
      en: "No program on this computer could open it (no PDF viewer?). Open the file from its folder.",
    },
    internal: {
      fr: "Boussole a rencontré un problème qui ne vient pas de vous. Redémarrez Boussole ; si cela revient, signalez-le avec le détail ci-dessous.",
      en: "Boussole ran into a problem that is not your doing. Restart Boussole; if it happens again, report it with the details below.",
    },
  };
  for (const [kind, sentence] of Object.entries(sentences) as [ErrorKind, { fr: string; en: string }][]) {
    it(`explains ${kind} in the owner's language, then the detail`, () => {
      const error = new AppError({ kind, message: "the detail", field: null, cause: null });
      i18n.lang = "fr";
      expect(errorText(error)).toBe(`${sentence.fr} Détail : the detail`);
      i18n.lang = "en";
      expect(errorText(error)).toBe(`${sentence.en} Details: the detail`);
    });
  }
  it("gives each kind its own sentence", () => {
    const all = Object.values(sentences).map((s) => s.en);
    expect(new Set(all).size).toBe(all.length);
  });
});
