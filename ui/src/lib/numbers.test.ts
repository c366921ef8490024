import { describe, expect, it } from "vitest";
import { formatFigure, formatMoney, moneyInput, parseFigure, parseMoney, withUnit } from "./numbers";

const cents = (text: string) => {
  const r = parseMoney(text);
  return r.ok ? r.value : r.error.key;
};
const figure = (text: string, lang: "fr" | "en" = "fr") => {
  const r = parseFigure(text, lang);
  return r.ok ? r.value : r.error.key;
};

describe("parseMoney", () => {
  it("reads whole amounts and decimals with a comma or a point", () => {
    expect(cents("1250")).toBe(125_000);
    expect(cents("12,5")).toBe(1250);
    expect(cents("12.50")).toBe(1250);
    expect(cents("0,07")).toBe(7);
  });
  it("never drifts like floating point does", () => {
    expect(cents("19,99")).toBe(1999);
    expect(cents("0.29")).toBe(29);
    expect(cents("1.15")).toBe(115);
    expect(cents("4.35")).toBe(435);
    expect(cents("99999999999,99")).toBe(9_999_999_999_999);
  });
  it("accepts spaces and grouping separators between thousands", () => {
    expect(cents("1 250,50")).toBe(125_050);
    expect(cents("1\u202f250")).toBe(125_000);
    expect(cents("1\u00a0000 000")).toBe(100_000_000);
    expect(cents("1,250.50")).toBe(125_050);
    expect(cents("1.250,50")).toBe(125_050);
    expect(cents("1,250")).toBe(125_000);
    expect(cents("1.234.567")).toBe(123_456_700);
  });
  it("reads an amount whose decimals are still being typed", () => {
    expect(cents("12,")).toBe(1200);
    expect(figure("1.")).toBe(1);
  });
  it("leaves out one currency sign or code before or after the amount", () => {
    expect(cents("1 500 €")).toBe(150_000);
    expect(cents("1 500€")).toBe(150_000);
    expect(cents("€6,000")).toBe(600_000);
    expect(cents("€ 1 250,50")).toBe(125_050);
    expect(cents("$12.5")).toBe(1250);
    expect(cents("1500 EUR")).toBe(150_000);
    expect(cents("1500 eur")).toBe(150_000);
    expect(cents("£ 80")).toBe(8000);
    expect(cents("-5 €")).toBe("validation.money.negative");
    expect(cents("€")).toBe("validation.money.format");
    expect(cents("€12€")).toBe("validation.money.format");
    expect(cents("12 € 50")).toBe("validation.money.format");
    expect(cents("12 km")).toBe("validation.money.format");
  });
  it("treats empty text as no amount", () => {
    expect(cents("")).toBeNull();
    expect(cents("   ")).toBeNull();
  });
  it("refuses negative amounts, letters, three decimals and sums over the limit", () => {
    expect(cents("-5")).toBe("validation.money.negative");
    expect(cents("abc")).toBe("validation.money.format");
    expect(cents("1,2,3")).toBe("validation.money.format");
    expect(cents("12,,")).toBe("validation.money.format");
    expect(cents("0,125")).toBe("validation.money.decimals");
    expect(cents("12,345,6")).toBe("validation.money.format");
    expect(cents("100000000000,01")).toBe("validation.money.tooLarge");
    expect(cents("99999999999999999999")).toBe("validation.money.tooLarge");
  });
});

describe("moneyInput and formatMoney", () => {
  it("writes cents back as the text of an input, grouped", () => {
    expect(moneyInput(null, "fr")).toBe("");
    expect(moneyInput(125_050, "fr")).toBe("1 250,50");
    expect(moneyInput(125_050, "en")).toBe("1,250.50");
    expect(moneyInput(6_000_000, "fr")).toBe("60 000");
    expect(moneyInput(7, "fr")).toBe("0,07");
  });
  it("round-trips every input text it writes", () => {
    for (const c of [0, 1, 99, 100, 1999, 125_050, 6_000_000, 9_999_999_999_999]) {
      for (const lang of ["fr", "en"] as const) expect(cents(moneyInput(c, lang))).toBe(c);
    }
  });
  it("formats amounts for reading, with or without cents", () => {
    expect(formatMoney(125_050, "EUR", "fr").replace(/\s/g, " ")).toBe("1 250,50 €");
    expect(formatMoney(125_000, "EUR", "en")).toBe("€1,250");
    expect(formatMoney(125_050, "EUR", "en", true)).toBe("€1,251");
  });
});

describe("parseFigure", () => {
  it("reads French figures with a decimal comma or point and spaced thousands", () => {
    expect(figure("1,5")).toBe(1.5);
    expect(figure("1.5")).toBe(1.5);
    expect(figure("3 800 000")).toBe(3_800_000);
    expect(figure("-2,25")).toBe(-2.25);
    expect(figure(",5")).toBe(0.5);
    expect(figure("")).toBeNull();
  });
  it("reads English figures with comma thousands", () => {
    expect(figure("3,800,000", "en")).toBe(3_800_000);
    expect(figure("1,234.5", "en")).toBe(1234.5);
    expect(figure("1.25", "en")).toBe(1.25);
    expect(figure("1,23", "en")).toBe("validation.number.format");
  });
  it("refuses text and figures beyond 10^15", () => {
    expect(figure("12 %")).toBe("validation.number.format");
    expect(figure("2e5")).toBe("validation.number.format");
    expect(figure("10000000000000000")).toBe("validation.number.range");
  });
  it("round-trips the figures it formats", () => {
    for (const x of [0, 1.1, 3_800_000, 4_100_000.25, -12.5, 0.001]) {
      for (const lang of ["fr", "en"] as const) expect(figure(formatFigure(x, lang), lang)).toBe(x);
    }
  });
});

describe("withUnit", () => {
  it("writes amounts in euros as formatMoney does: the sign first in English", () => {
    expect(withUnit(561_600, "€", "en")).toBe("€561,600");
    expect(withUnit(561_600, "€", "en")).toBe(formatMoney(56_160_000, "EUR", "en"));
    expect(withUnit(-20, "$", "en")).toBe("-$20");
    expect(withUnit(561_600, "€", "fr").replace(/\s/g, " ")).toBe("561 600 €");
  });
  it("glues short units and spaces long ones, as the core's quantity does", () => {
    expect(withUnit(20, "%", "en")).toBe("20%");
    expect(withUnit(20, "%", "fr")).toBe("20\u00a0%");
    expect(withUnit(210, "revendeurs", "fr")).toBe("210 revendeurs");
    expect(withUnit(1.25, "pts", "en", true)).toBe("1.25 pts");
  });
});
