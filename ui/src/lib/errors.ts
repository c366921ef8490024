// What to show when a command fails. The message from Rust is precise but in English and
// technical, so it comes second, as the detail, after a sentence in the interface language that
// says what happened: for a file that could not be read or written, why and what to do (a
// read-only folder, a full disk...); otherwise what kind of failure it is.
import { AppError } from "../api/invoke";
import { t } from "../i18n/index.svelte";

/** The text to show for a failure. */
export function errorText(e: unknown): string {
  if (!(e instanceof AppError)) return String(e);
  const why = e.kind === "io" && e.cause && e.cause !== "other" ? t(`error.io.${e.cause}`) : t(`error.kind.${e.kind}`);
  return t("error.detail", { why, detail: e.message });
}
