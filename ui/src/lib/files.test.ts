import { describe, expect, it } from "vitest";
import { fileName } from "./files";

describe("file names", () => {
  it("shows the last part of a path", () => {
    expect(fileName("/home/anne/Documents/plan.pdf")).toBe("plan.pdf");
    expect(fileName("C:\\Users\\anne\\logo.png")).toBe("logo.png");
    expect(fileName("plan.json")).toBe("plan.json");
  });
});
