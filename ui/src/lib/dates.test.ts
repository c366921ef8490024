import { describe, expect, it } from "vitest";
import { dayNumber, daysInYear, formatDate, isoOfDay, monthNames, quarterBounds, yearPosition } from "./dates";

describe("dates", () => {
  it("knows real dates from look-alikes", () => {
    expect(dayNumber("2028-02-29")).not.toBeNull();
    expect(dayNumber("2027-02-29")).toBeNull();
    expect(dayNumber("2027-13-01")).toBeNull();
    expect(dayNumber("27-01-01")).toBeNull();
  });
  it("counts days without time zones", () => {
    expect(dayNumber("1970-01-02")).toBe(1);
    expect(isoOfDay(dayNumber("2027-03-14") ?? 0)).toBe("2027-03-14");
    expect(daysInYear(2027)).toBe(365);
    expect(daysInYear(2028)).toBe(366);
  });
  it("places a date in the plan year", () => {
    expect(yearPosition("2027-01-01", 2027)).toBe(0);
    expect(yearPosition("2027-12-31", 2027, true)).toBe(1);
    expect(yearPosition("2026-06-01", 2027)).toBe(0);
    expect(yearPosition("2028-06-01", 2027)).toBe(1);
    expect(quarterBounds(2027).map(isoOfDay)).toEqual(["2027-01-01", "2027-04-01", "2027-07-01", "2027-10-01", "2028-01-01"]);
  });
  it("writes dates and months in the user's language", () => {
    expect(formatDate("2027-03-14", "fr")).toBe("14 mars 2027");
    expect(formatDate("2027-03-14", "en")).toBe("14 Mar 2027");
    expect(monthNames("en")[0]).toBe("Jan");
    expect(monthNames("fr")[1]).toBe("Févr.");
    expect(monthNames("fr")).toHaveLength(12);
  });
});
