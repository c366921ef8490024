// What to show when a command fails. The message from Rust is precise but in English and
// technical; a file that could not be read or written also gets a sentence in the interface
// language that says why and what to do (a read-only folder, a full disk...).
import { AppError } from "../api/invoke";
import { t } from "../i18n/index.svelte";

/** The text to show for a failure. */
export function errorText(e: unknown): string {
  if (!(e instanceof AppError)) return String(e);
  if (e.kind === "io" && e.cause && e.cause !== "other") return t("error.io", { why: t(`error.io.${e.cause}`), detail: e.message });
  return e.message;
}
