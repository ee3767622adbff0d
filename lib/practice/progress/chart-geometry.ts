/**
 * The pure geometry of the progress chart: scales, tick positions and SVG paths for one line per rubric dimension.
 * Kept apart from the component so the maths is unit-tested without rendering anything.
 */
import { RUBRIC_DIMENSIONS, type AnswerScores, type RubricDimension } from "@/lib/practice/session/records";

export type ChartLayout = {
  width: number;
  height: number;
  padding: { top: number; right: number; bottom: number; left: number };
};

/**
 * The viewBox the chart is drawn in. It scales with its column (about 0.65× on a 375 px phone, about 1× in the
 * desktop half-width column), so it is kept small enough that 14-unit labels stay legible at both; the left padding
 * leaves room for "100".
 */
export const DEFAULT_CHART_LAYOUT: ChartLayout = {
  width: 480,
  height: 260,
  padding: { top: 16, right: 28, bottom: 36, left: 40 },
};

/** The y axis always runs 0–100 (scores are bounded), so lines are comparable from one visit to the next. */
export const Y_TICKS = [0, 25, 50, 75, 100] as const;

export type ChartPoint = { x: number; y: number; value: number; index: number };
export type ChartSeries = { dimension: RubricDimension; path: string; points: ChartPoint[] };
export type ChartGeometry = {
  series: ChartSeries[];
  /** Whether each point gets a marker: past MAX_MARKED_POINTS they would overlap into a smear (the lines keep their dashes). */
  markers: boolean;
  xTicks: { x: number; index: number }[];
  yTicks: { y: number; value: number }[];
  plot: { left: number; right: number; top: number; bottom: number };
};

/** The most points drawn with a marker each; weekly series of a long history have more. */
export const MAX_MARKED_POINTS = 60;

/** Rounds to 2 decimals so paths are short and stable in snapshots. */
function round(value: number): number {
  return Math.round(value * 100) / 100;
}

function clampScore(value: number): number {
  return Math.min(100, Math.max(0, value));
}

/**
 * The x position of the `index`-th of `count` sessions. Sessions are spaced evenly by order rather than by time:
 * several sessions on one day would otherwise sit on top of each other. A single session sits in the middle.
 */
export function xForIndex(index: number, count: number, layout: ChartLayout = DEFAULT_CHART_LAYOUT): number {
  const left = layout.padding.left;
  const right = layout.width - layout.padding.right;
  if (count <= 1) return round((left + right) / 2);
  return round(left + ((right - left) * index) / (count - 1));
}

/** The y position of a 0–100 score (SVG y grows downwards, so 100 is at the top). Out-of-range values are clamped. */
export function yForScore(score: number, layout: ChartLayout = DEFAULT_CHART_LAYOUT): number {
  const top = layout.padding.top;
  const bottom = layout.height - layout.padding.bottom;
  return round(bottom - ((bottom - top) * clampScore(score)) / 100);
}

/** An SVG path through the points in order: "M x y L x y …"; empty for no points. */
export function linePath(points: { x: number; y: number }[]): string {
  return points.map((p, i) => `${i === 0 ? "M" : "L"}${p.x} ${p.y}`).join(" ");
}

/**
 * Which sessions get a date label on the x axis: at most `maxLabels`, always the first and the last, evenly spread,
 * so labels never overlap however many sessions there are.
 */
export function xTickIndices(count: number, maxLabels: number): number[] {
  if (count <= 0) return [];
  const limit = Math.max(1, Math.floor(maxLabels));
  if (count <= limit) return Array.from({ length: count }, (_, i) => i);
  if (limit === 1) return [count - 1];
  const indices = new Set<number>();
  for (let i = 0; i < limit; i += 1) indices.add(Math.round(((count - 1) * i) / (limit - 1)));
  return [...indices].sort((a, b) => a - b);
}

/** Everything the chart draws, for sessions given oldest first. */
export function buildChartGeometry(
  sessions: AnswerScores[],
  layout: ChartLayout = DEFAULT_CHART_LAYOUT,
  maxLabels = 6,
): ChartGeometry {
  const count = sessions.length;
  const series = RUBRIC_DIMENSIONS.map((dimension) => {
    const points = sessions.map((scores, index) => ({
      x: xForIndex(index, count, layout),
      y: yForScore(scores[dimension], layout),
      value: scores[dimension],
      index,
    }));
    return { dimension, path: linePath(points), points };
  });
  return {
    series,
    markers: count <= MAX_MARKED_POINTS,
    xTicks: xTickIndices(count, maxLabels).map((index) => ({ index, x: xForIndex(index, count, layout) })),
    yTicks: Y_TICKS.map((value) => ({ value, y: yForScore(value, layout) })),
    plot: {
      left: layout.padding.left,
      right: layout.width - layout.padding.right,
      top: layout.padding.top,
      bottom: layout.height - layout.padding.bottom,
    },
  };
}
