import { describe, expect, it } from "vitest";
import { FIRST_RUN_DELAY_MS, JITTER_SHARE, startScheduler } from "./scheduler";

/** A hand-driven timer queue: tests fire timers themselves, so nothing waits on the wall clock. */
function manualTimers() {
  const pending: { run: () => void; ms: number; cleared: boolean; unrefed: boolean }[] = [];
  return {
    pending,
    setTimer(run: () => void, ms: number) {
      const timer = { run, ms, cleared: false, unrefed: false, unref: () => (timer.unrefed = true) };
      pending.push(timer);
      return timer;
    },
    clearTimer(timer: unknown) {
      (timer as { cleared: boolean }).cleared = true;
    },
  };
}

describe("startScheduler", () => {
  it("schedules each job a minute out plus jitter, on unref'd timers", () => {
    const timers = manualTimers();
    const jobs = [{ name: "a", intervalMs: 1000 }, { name: "b", intervalMs: 10_000 }];
    startScheduler({ jobs, runJob: async () => undefined, random: () => 0.5, ...timers });
    expect(timers.pending.map((timer) => timer.ms)).toEqual([FIRST_RUN_DELAY_MS + 1000 * JITTER_SHARE * 0.5, FIRST_RUN_DELAY_MS + 10_000 * JITTER_SHARE * 0.5]);
    expect(timers.pending.every((timer) => timer.unrefed)).toBe(true);
  });

  it("schedules the next run only when the previous one has finished", async () => {
    const timers = manualTimers();
    let finish!: () => void;
    const runs: string[] = [];
    const runJob = (name: string) => {
      runs.push(name);
      return new Promise<void>((resolve) => (finish = resolve));
    };
    startScheduler({ jobs: [{ name: "a", intervalMs: 1000 }], runJob, random: () => 0, ...timers });
    timers.pending[0]!.run();
    expect(runs).toEqual(["a"]);
    expect(timers.pending).toHaveLength(1);
    finish();
    await flushPromises();
    expect(timers.pending).toHaveLength(2);
    expect(timers.pending[1]!.ms).toBe(1000);
  });

  it("keeps the chain going when a run rejects, and stop() clears pending timers", async () => {
    const timers = manualTimers();
    const scheduler = startScheduler({ jobs: [{ name: "a", intervalMs: 1000 }], runJob: () => Promise.reject(new Error("x")), random: () => 0, ...timers });
    timers.pending[0]!.run();
    await flushPromises();
    expect(timers.pending).toHaveLength(2);
    scheduler.stop();
    expect(timers.pending[1]!.cleared).toBe(true);
  });
});

/** Lets the promise callbacks queued by a settled run execute. */
async function flushPromises() {
  for (let i = 0; i < 5; i += 1) await Promise.resolve();
}
