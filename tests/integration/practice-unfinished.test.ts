import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { upsertUserByAuthProviderId } from "@/db/queries/users";
import {
  ABANDONED_SESSION_GRACE_MS,
  answerQuestion,
  finishSession,
  listUnfinishedSessions,
  saveSession,
  SESSION_TIME_LIMIT_MS,
  startSession,
} from "@/lib/practice/session";
import { answerBody, STRONG_ANSWER } from "@/lib/practice/session/answers.fixture";
import { createMemoryRateLimiter } from "@/lib/ratelimit/memory-limiter";

const newUser = () => upsertUserByAuthProviderId({ authProviderId: `user_${randomUUID()}`, email: "unfinished@example.test" });

describe("unfinished sessions on the dashboard", () => {
  it("lists the owner's in-progress and finished-unsaved sessions the cleanup has not reached, newest first", async () => {
    const user = await newUser();
    const other = await newUser();
    const options = { ai: null, limiter: createMemoryRateLimiter() };
    const now = new Date();
    const minutesAgo = (m: number) => ({ ...options, now: new Date(now.getTime() - m * 60_000) });

    const abandoned = await startSession(user.id, { type: "behavioural", count: 3 }, minutesAgo((SESSION_TIME_LIMIT_MS + ABANDONED_SESSION_GRACE_MS) / 60_000 + 1));
    const finished = await startSession(user.id, { type: "mixed", count: 3 }, minutesAgo(30));
    await answerQuestion(user.id, finished.id, 1, answerBody(STRONG_ANSWER), minutesAgo(29));
    await finishSession(user.id, finished.id, minutesAgo(28));
    const saved = await startSession(user.id, { type: "behavioural", count: 3 }, minutesAgo(20));
    await answerQuestion(user.id, saved.id, 1, answerBody(STRONG_ANSWER), minutesAgo(19));
    await finishSession(user.id, saved.id, minutesAgo(18));
    await saveSession(user.id, saved.id);
    const inProgress = await startSession(user.id, { type: "role_specific", count: 4 }, minutesAgo(5));
    await startSession(other.id, { type: "behavioural", count: 3 }, minutesAgo(1));

    const listed = await listUnfinishedSessions(user.id, now);
    expect(listed.map((s) => [s.id, s.status])).toEqual([
      [inProgress.id, "in_progress"],
      [finished.id, "completed"],
    ]);
    expect(listed.map((s) => s.id)).not.toContain(abandoned.id);
    expect(listed[0]).toMatchObject({ interviewType: "role_specific", questionCount: 4, expiresAt: inProgress.expiresAt });
  });
});
