/// <reference types="vite/client" />
// The page never reads its own clock: today's date comes from the core (lib/clock.svelte.ts), so
// tests and owners who set BOUSSOLE_TODAY see every screen as of that date.
import { describe, expect, it } from "vitest";

const SOURCES: Record<string, string> = import.meta.glob(["../**/*.ts", "../**/*.svelte", "!../**/*.test.ts"], {
  query: "?raw",
  import: "default",
  eager: true,
});

describe("the page's clock", () => {
  it("is never read: no new Date() without a date, no Date.now()", () => {
    expect(Object.keys(SOURCES).length).toBeGreaterThan(40);
    const found = Object.entries(SOURCES).flatMap(([file, text]) =>
      text
        .split("\n")
        .map((line, i) => `${file}:${i + 1}: ${line.trim()}`)
        .filter((line) => /new Date\(\s*\)|Date\.now\(/.test(line)),
    );
    expect(found).toEqual([]);
  });
});
