/**
 * Fixed-grid histogram for running medians. Adding is O(1) and memory is bounded by the grid, whatever the answer's
 * length, which is what lets the live aggregator stay O(1) per frame; the median costs O(steps) when asked for.
 */
export type Histogram = {
  /** Rounds `value` to the grid (clamped to the range) and counts it; non-finite values are ignored. */
  add(value: number): void;
  count(): number;
  /** The lower median on the grid, or null when nothing was added. */
  median(): number | null;
};

/**
 * Creates a histogram over [min, max] with `stepsPerUnit` grid points per unit (1000 → resolution 0.001).
 * Values round to the nearest grid point, so a median reads as a clean number (0.12, not 0.1205).
 */
export function createHistogram(min: number, max: number, stepsPerUnit: number): Histogram {
  const size = Math.round((max - min) * stepsPerUnit) + 1;
  const counts = new Uint32Array(size);
  let total = 0;

  return {
    add(value) {
      if (!Number.isFinite(value)) return;
      const index = Math.round((value - min) * stepsPerUnit);
      counts[Math.min(size - 1, Math.max(0, index))]! += 1;
      total += 1;
    },
    count: () => total,
    median() {
      if (total === 0) return null;
      // Lower median (the ⌈n/2⌉-th value): always an observed grid value, never an average of two.
      const rank = Math.ceil(total / 2);
      let seen = 0;
      for (let i = 0; i < size; i++) {
        seen += counts[i]!;
        if (seen >= rank) return min + i / stepsPerUnit;
      }
      return max;
    },
  };
}
