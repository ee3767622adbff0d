/** What the progress chart and its table take, and the dimension names both show. */
import type { ProgressPoint, ProgressSeries } from "@/lib/practice/progress/progress-series";
import type { RubricDimension } from "@/lib/practice/session/records";
import type { Jsonified } from "@/lib/practice/stream/events";

/** The series as the server gives it, or as it arrives through JSON (dates as strings). */
export type ChartSeriesProps = {
  series: Omit<ProgressSeries, "points"> & { points: (ProgressPoint | Jsonified<ProgressPoint>)[] };
};

export const DIMENSION_NAMES: Record<RubricDimension, string> = {
  structure: "Structure",
  relevance: "Relevance",
  specificity: "Specificity",
  impact: "Impact",
};
