import { describe, expect, it } from "vitest";
import type { Company } from "../bindings/Company";
import { companyErrors } from "./validate";

const company = (over: Partial<Company> = {}): Company => ({
  name: "Boulangerie Morel",
  sector: "",
  size: null,
  marketType: null,
  country: "France",
  currency: "EUR",
  planYear: 2027,
  language: "fr",
  ...over,
});

describe("companyErrors", () => {
  it("accepts a complete profile", () => {
    expect(companyErrors(company())).toEqual({});
  });
  it("requires a name", () => {
    expect(companyErrors(company({ name: "   " })).name?.key).toBe("validation.required");
  });
  it("refuses a year outside 2000-2100 or an empty year field", () => {
    expect(companyErrors(company({ planYear: 1999 })).planYear?.key).toBe("validation.year");
    expect(companyErrors(company({ planYear: null as unknown as number })).planYear?.key).toBe("validation.year");
  });
  it("refuses a name over 1000 characters", () => {
    expect(companyErrors(company({ name: "a".repeat(1001) })).name).toEqual({
      key: "validation.tooLong",
      params: { max: 1000 },
    });
  });
});
