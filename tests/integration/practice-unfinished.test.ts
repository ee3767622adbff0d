import { describe, expect, it } from "vitest";
import type { User } from "@/db/schema";
import { parseInput } from "@/lib/api/validation";
import {
  ABANDONED_SESSION_GRACE_MS,
  answerInputSchema,
  answerQuestion,
  finishSession,
  listUnfinishedSessions,
  saveSession,
  SESSION_TIME_LIMIT_MS,
  startSession,
} from "@/lib/practice/session";
import { answerBody, STRONG_ANSWER } from "@/lib/practice/session/answers.fixture";
import { contextFor, createTestUser } from "@/tests/helpers/context";

const answer = parseInput(answerInputSchema, answerBody(STRONG_ANSWER));

describe("unfinished sessions on the dashboard", () => {
  it("lists the owner's in-progress and finished-unsaved sessions the cleanup has not reached, newest first", async () => {
    const user = await createTestUser();
    const other = await createTestUser();
    // Offline engines; the allowances are charged by the routes, so no limiter is needed here.
    const services = { ai: null };
    const now = new Date();
    const minutesAgo = (m: number, who: User = user) =>
      contextFor(who, { services, now: () => new Date(now.getTime() - m * 60_000) });

    const abandoned = await startSession(minutesAgo((SESSION_TIME_LIMIT_MS + ABANDONED_SESSION_GRACE_MS) / 60_000 + 1), { type: "behavioural", count: 3 });
    const finished = await startSession(minutesAgo(30), { type: "mixed", count: 3 });
    await answerQuestion(minutesAgo(29), finished.id, 1, answer);
    await finishSession(minutesAgo(28), finished.id);
    const saved = await startSession(minutesAgo(20), { type: "behavioural", count: 3 });
    await answerQuestion(minutesAgo(19), saved.id, 1, answer);
    await finishSession(minutesAgo(18), saved.id);
    await saveSession(minutesAgo(0), saved.id);
    const inProgress = await startSession(minutesAgo(5), { type: "role_specific", count: 4 });
    await startSession(minutesAgo(1, other), { type: "behavioural", count: 3 });

    const listed = await listUnfinishedSessions(minutesAgo(0));
    expect(listed.map((s) => [s.id, s.status])).toEqual([
      [inProgress.id, "in_progress"],
      [finished.id, "completed"],
    ]);
    expect(listed.map((s) => s.id)).not.toContain(abandoned.id);
    expect(listed[0]).toMatchObject({ interviewType: "role_specific", questionCount: 4, expiresAt: inProgress.expiresAt });
  });
});
