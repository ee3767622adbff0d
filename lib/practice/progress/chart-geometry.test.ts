import { describe, expect, it } from "vitest";
import {
  buildChartGeometry,
  type ChartLayout,
  linePath,
  MAX_MARKED_POINTS,
  xForIndex,
  xTickIndices,
  yForScore,
} from "./chart-geometry";

// A round layout: the plot spans x 10–110 and y 10–110, so positions are easy to read.
const LAYOUT: ChartLayout = { width: 120, height: 120, padding: { top: 10, right: 10, bottom: 10, left: 10 } };

const scores = (structure: number, relevance: number, specificity: number, impact: number) => ({
  structure,
  relevance,
  specificity,
  impact,
});

describe("yForScore", () => {
  it("puts 0 at the bottom of the plot and 100 at the top", () => {
    expect(yForScore(0, LAYOUT)).toBe(110);
    expect(yForScore(100, LAYOUT)).toBe(10);
    expect(yForScore(50, LAYOUT)).toBe(60);
  });

  it("clamps scores outside 0–100", () => {
    expect(yForScore(-20, LAYOUT)).toBe(110);
    expect(yForScore(140, LAYOUT)).toBe(10);
  });
});

describe("xForIndex", () => {
  it("spaces sessions evenly from the left edge to the right edge", () => {
    expect([0, 1, 2].map((i) => xForIndex(i, 3, LAYOUT))).toEqual([10, 60, 110]);
  });

  it("centres a single session", () => {
    expect(xForIndex(0, 1, LAYOUT)).toBe(60);
  });

  it("rounds positions to two decimals", () => {
    expect(xForIndex(1, 4, LAYOUT)).toBe(43.33);
  });
});

describe("linePath", () => {
  it("moves to the first point and draws lines to the rest", () => {
    expect(linePath([{ x: 1, y: 2 }, { x: 3, y: 4 }, { x: 5, y: 6 }])).toBe("M1 2 L3 4 L5 6");
  });

  it("returns an empty path for no points", () => {
    expect(linePath([])).toBe("");
  });
});

describe("xTickIndices", () => {
  it("labels every session when they fit", () => {
    expect(xTickIndices(4, 6)).toEqual([0, 1, 2, 3]);
  });

  it("keeps the first and last and spreads the rest when there are too many", () => {
    expect(xTickIndices(11, 3)).toEqual([0, 5, 10]);
    expect(xTickIndices(20, 6)).toHaveLength(6);
    expect(xTickIndices(20, 6).at(0)).toBe(0);
    expect(xTickIndices(20, 6).at(-1)).toBe(19);
  });

  it("returns nothing for no sessions", () => {
    expect(xTickIndices(0, 6)).toEqual([]);
  });
});

describe("buildChartGeometry", () => {
  it("draws one line per rubric dimension through every session", () => {
    const geometry = buildChartGeometry([scores(0, 50, 100, 25), scores(100, 50, 0, 75)], LAYOUT);
    expect(geometry.series.map((s) => s.dimension)).toEqual(["structure", "relevance", "specificity", "impact"]);
    expect(geometry.series[0]?.path).toBe("M10 110 L110 10");
    expect(geometry.series[1]?.path).toBe("M10 60 L110 60");
    expect(geometry.series[3]?.points.map((p) => p.value)).toEqual([25, 75]);
  });

  it("has one point per line, centred, for a single session", () => {
    const geometry = buildChartGeometry([scores(40, 60, 80, 20)], LAYOUT);
    for (const series of geometry.series) {
      expect(series.points).toHaveLength(1);
      expect(series.points[0]?.x).toBe(60);
    }
    expect(geometry.series[0]?.path).toBe("M60 70");
  });

  it("has empty lines and no date labels for no sessions, but keeps the 0–100 axis", () => {
    const geometry = buildChartGeometry([], LAYOUT);
    expect(geometry.series.every((s) => s.points.length === 0 && s.path === "")).toBe(true);
    expect(geometry.xTicks).toEqual([]);
    expect(geometry.yTicks.map((t) => t.value)).toEqual([0, 25, 50, 75, 100]);
    expect(geometry.yTicks.map((t) => t.y)).toEqual([110, 85, 60, 35, 10]);
  });

  it("marks each point up to MAX_MARKED_POINTS and draws bare lines beyond, as a weekly series of years would smear", () => {
    const many = (count: number) => Array.from({ length: count }, () => scores(50, 50, 50, 50));
    expect(buildChartGeometry(many(MAX_MARKED_POINTS), LAYOUT).markers).toBe(true);
    expect(buildChartGeometry(many(MAX_MARKED_POINTS + 1), LAYOUT).markers).toBe(false);
  });

  it("reports the plot area from the layout", () => {
    expect(buildChartGeometry([], LAYOUT).plot).toEqual({ left: 10, right: 110, top: 10, bottom: 110 });
  });
});
