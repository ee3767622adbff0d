import { describe, expect, it } from "vitest";
import { HEARD_LEVEL, levelFromSamples, smoothLevel } from "./audio-level";

const tone = (amplitude: number, length = 1024) => Float32Array.from({ length }, (_, i) => amplitude * Math.sin(i / 3));

describe("levelFromSamples", () => {
  it("reads silence and an empty buffer as 0", () => {
    expect(levelFromSamples(new Float32Array(512))).toBe(0);
    expect(levelFromSamples([])).toBe(0);
  });

  it("reads a full-scale square wave as 1 and a quiet room's hiss as below the heard level", () => {
    expect(levelFromSamples(Float32Array.from({ length: 512 }, (_, i) => (i % 2 ? 1 : -1)))).toBe(1);
    expect(levelFromSamples(tone(0.001))).toBeLessThan(HEARD_LEVEL);
  });

  it("reads speech-like levels and Chromium's fake-microphone beep as heard", () => {
    expect(levelFromSamples(tone(0.05))).toBeGreaterThan(HEARD_LEVEL);
    expect(levelFromSamples(tone(0.5))).toBeGreaterThan(0.8);
  });

  it("is monotonic in loudness", () => {
    expect(levelFromSamples(tone(0.02))).toBeLessThan(levelFromSamples(tone(0.2)));
  });
});

describe("smoothLevel", () => {
  it("rises at once and falls back gradually", () => {
    expect(smoothLevel(0.1, 0.9, 16)).toBe(0.9);
    const after100ms = smoothLevel(0.9, 0, 100);
    expect(after100ms).toBeGreaterThan(0.7);
    expect(after100ms).toBeLessThan(0.9);
    expect(smoothLevel(0.9, 0, 2_000)).toBe(0);
  });

  it("never falls below the new reading, and ignores a negative elapsed time", () => {
    expect(smoothLevel(0.9, 0.5, 5_000)).toBe(0.5);
    expect(smoothLevel(0.9, 0.1, -50)).toBe(0.9);
  });
});
