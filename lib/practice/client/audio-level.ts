/**
 * The microphone level meter's arithmetic: samples to a 0–1 reading on a decibel scale, and the fall-back that keeps
 * a short sound on screen long enough to see. Pure, for the level-meter hook and its tests.
 */

/** The quietest level the meter shows (dBFS); anything below reads 0. A quiet room is about −60 to −50. */
export const METER_FLOOR_DB = -60;
/** From this reading up, the meter says it can hear the microphone: about −42 dBFS, well above a quiet room. */
export const HEARD_LEVEL = 0.3;
/** How fast the needle falls back after a sound, per millisecond: from full scale to 0 in about two-thirds of a second. */
const FALL_PER_MS = 1 / 650;

/** The root-mean-square of the samples (−1…1), mapped from METER_FLOOR_DB…0 dBFS onto 0…1. */
export function levelFromSamples(samples: ArrayLike<number>): number {
  if (samples.length === 0) return 0;
  let sum = 0;
  for (let i = 0; i < samples.length; i += 1) {
    const v = samples[i] ?? 0;
    sum += v * v;
  }
  const rms = Math.sqrt(sum / samples.length);
  if (!(rms > 0)) return 0;
  const db = 20 * Math.log10(rms);
  return Math.min(1, Math.max(0, (db - METER_FLOOR_DB) / -METER_FLOOR_DB));
}

/** Rises at once to a louder reading, falls back gradually from a quieter one. */
export function smoothLevel(previous: number, next: number, elapsedMs: number): number {
  if (next >= previous) return next;
  return Math.max(next, previous - Math.max(0, elapsedMs) * FALL_PER_MS);
}
