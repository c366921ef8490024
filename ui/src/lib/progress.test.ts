import { describe, expect, it } from "vitest";
import { kpi, objective } from "./fixtures";
import { kpiProgress, kpiStatus, latest, objectiveProgress, startingPoint } from "./progress";

const m = (date: string, value: number) => ({ date, value });

describe("kpiProgress", () => {
  it("measures the way from the baseline to the target with the latest value, whatever the entry order", () => {
    const resellers = kpi(1, { baseline: 180, target: 210, measurements: [m("2027-03-31", 191), m("2027-01-31", 181)] });
    expect(latest(resellers)?.value).toBe(191);
    expect(kpiProgress(resellers)).toBeCloseTo(11 / 30);
  });
  it("counts a figure to date from zero when it starts far under last year's total", () => {
    const revenue = kpi(1, { baseline: 3_800_000, target: 4_100_000, measurements: [m("2027-01-31", 196_000), m("2027-03-31", 655_000)] });
    expect(startingPoint(revenue)).toBe(0);
    expect(kpiProgress(revenue)).toBeCloseTo(655_000 / 4_100_000);
  });
  it("works for targets that go down and stays between 0 and 1", () => {
    const abandon = kpi(1, { baseline: 70, target: 65, measurements: [m("2027-02-01", 68)] });
    expect(kpiProgress(abandon)).toBeCloseTo(0.4);
    expect(kpiProgress(kpi(2, { baseline: 180, target: 210, measurements: [m("2027-02-01", 175)] }))).toBe(0);
    expect(kpiProgress(kpi(3, { baseline: 0, target: 10, measurements: [m("2027-02-01", 12)] }))).toBe(1);
    expect(kpiProgress(kpi(4, { target: 10 }))).toBeNull();
    expect(kpiProgress(kpi(5, { measurements: [m("2027-02-01", 1)] }))).toBeNull();
  });
});

describe("kpiStatus", () => {
  const resellers = (value: number, date = "2027-03-31") => kpi(1, { baseline: 180, target: 210, measurements: [m(date, value)] });
  it("compares progress with the share of the year gone by, with ten points of slack", () => {
    expect(kpiStatus(resellers(185), null, 2027)).toBe("onTrack");
    expect(kpiStatus(resellers(181), null, 2027)).toBe("behind");
    expect(kpiStatus(resellers(210), null, 2027)).toBe("reached");
  });
  it("uses the objective's deadline as the end of the period", () => {
    expect(kpiStatus(resellers(185), "2027-04-30", 2027)).toBe("behind");
  });
  it("says when there is no target or no measurement yet", () => {
    expect(kpiStatus(kpi(1), null, 2027)).toBe("noTarget");
    expect(kpiStatus(kpi(1, { target: 5 }), null, 2027)).toBe("noData");
  });
});

describe("objectiveProgress", () => {
  it("averages its measured KPIs, else its sub-objectives", () => {
    const objectives = [objective(1), objective(2, { parentId: 1 }), objective(3, { parentId: 1 }), objective(4)];
    const kpis = [
      kpi(1, { objectiveId: 2, baseline: 0, target: 10, measurements: [m("2027-02-01", 5)] }),
      kpi(2, { objectiveId: 2, baseline: 0, target: 10, measurements: [m("2027-02-01", 10)] }),
      kpi(3, { objectiveId: 3, baseline: 0, target: 10, measurements: [m("2027-02-01", 0)] }),
      kpi(4, { objectiveId: 4, target: 10 }),
    ];
    expect(objectiveProgress(objectives[1]!, objectives, kpis)).toBeCloseTo(0.75);
    expect(objectiveProgress(objectives[0]!, objectives, kpis)).toBeCloseTo(0.375);
    expect(objectiveProgress(objectives[3]!, objectives, kpis)).toBeNull();
  });
});
