import { describe, expect, it } from "vitest";
import { fileName, fileStem } from "./files";

describe("file names", () => {
  it("builds a stem from the company's letters and digits", () => {
    expect(fileStem("Biscuiterie Caradec & fils", 2027)).toBe("Biscuiterie-Caradec-fils-2027");
    expect(fileStem("Crêperie d’Anne", 2027, "feuille-de-route")).toBe("Crêperie-d-Anne-feuille-de-route-2027");
    expect(fileStem("***", 2028)).toBe("plan-2028");
  });
  it("shows the last part of a path", () => {
    expect(fileName("/home/anne/Documents/plan.pdf")).toBe("plan.pdf");
    expect(fileName("C:\\Users\\anne\\logo.png")).toBe("logo.png");
    expect(fileName("plan.json")).toBe("plan.json");
  });
});
