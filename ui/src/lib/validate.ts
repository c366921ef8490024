// Field checks the UI runs as the user types, mirroring the store's rules so nothing invalid is
// sent. Each error is a catalogue key with its parameters, shown next to the field.
import type { Company } from "../bindings/Company";
import type { MessageKey } from "../i18n/en";

export type FieldError = { key: MessageKey; params?: Record<string, number> };
export type CompanyErrors = Partial<Record<"name" | "sector" | "country" | "planYear", FieldError>>;

/** Longest one-line text, as in the Rust validation (MAX_SHORT_TEXT). */
export const MAX_SHORT_TEXT = 1000;

const tooLong = (text: string): FieldError | undefined =>
  [...text].length > MAX_SHORT_TEXT ? { key: "validation.tooLong", params: { max: MAX_SHORT_TEXT } } : undefined;

/** The problems of a company profile, by field. */
export function companyErrors(company: Company): CompanyErrors {
  const errors: CompanyErrors = {};
  if (company.name.trim() === "") errors.name = { key: "validation.required" };
  else {
    const long = tooLong(company.name);
    if (long) errors.name = long;
  }
  const sector = tooLong(company.sector);
  if (sector) errors.sector = sector;
  const country = tooLong(company.country);
  if (country) errors.country = country;
  const year = company.planYear;
  if (typeof year !== "number" || !Number.isInteger(year) || year < 2000 || year > 2100) {
    errors.planYear = { key: "validation.year" };
  }
  return errors;
}
