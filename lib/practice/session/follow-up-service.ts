/**
 * Follow-up questions on the server: after an answer that leaves a gap, the interviewer asks one follow-up (written by
 * the AI when configured, else by the offline template; the rubric decides whether there is a gap to ask about), and
 * the candidate answers it or skips it. Answering scores the original answer and the follow-up answer together and
 * replaces the answer's scores and feedback with the pair's; the original scores are kept on the follow-up.
 *
 * Every step locks the session row and re-checks that it still takes answers before writing, like answering does.
 */
import "server-only";
import { randomUUID } from "node:crypto";
import { findPracticeAnswerAt, type FollowUpWrite, writePracticeAnswerFollowUp } from "@/db/queries/follow-ups";
import type { PracticeAnswer, PracticeSession } from "@/db/schema";
import { AiUnavailableError } from "@/lib/ai/openai-client";
import { writeFollowUpWithAi } from "@/lib/ai/follow-up-writer";
import { AppError } from "@/lib/api/app-error";
import type { UserContext } from "@/lib/context/request-context";
import { log } from "@/lib/observability/logger";
import { findGaps } from "@/lib/practice/follow-up/gaps";
import { FOLLOW_UP_VERSION, type FollowUpRecord, followUpRecordSchema } from "@/lib/practice/follow-up/record";
import { type FollowUpDraft, templateFollowUp } from "@/lib/practice/follow-up/templates";
import { scoreStarAnswer } from "@/lib/scoring/star-rubric";
import { loadOwnSession, ownerOf } from "./access";
import { parseStored, type StoredQuestion } from "./records";
import { assertAcceptsAnswers } from "./session-service";
import { type PracticeAnswerView, questionAt, toAnswerView } from "./views";

/** The session, the question and its stored answer, checked: the start of every follow-up step. */
export type FollowUpScene = { session: PracticeSession; question: StoredQuestion; row: PracticeAnswer; followUp: FollowUpRecord | null };

/**
 * Loads and checks what a follow-up step needs: 404 for a session that is not the caller's, 422 for a position it
 * does not have, 409 when follow-ups are off, the session no longer takes answers, or the question has no answer yet.
 */
export async function loadFollowUpScene(ctx: UserContext, sessionId: string, position: unknown): Promise<FollowUpScene> {
  const session = await loadOwnSession(ctx, sessionId);
  const question = questionAt(session, position);
  if (!session.followUps) {
    throw new AppError("conflict", "Follow-up questions are turned off for this session.");
  }
  assertAcceptsAnswers(session, ctx.now());
  const row = await findPracticeAnswerAt(ctx.db, ownerOf(ctx), sessionId, question.position);
  if (!row || !row.answerText) throw new AppError("conflict", "Answer this question before its follow-up.");
  return { session, question, row, followUp: parseStored(followUpRecordSchema, row.followUp) };
}

/** 409 unless the follow-up is waiting for an answer. */
export function assertFollowUpOpen(followUp: FollowUpRecord | null): FollowUpRecord {
  if (!followUp) throw new AppError("conflict", "This question has no follow-up to answer.");
  if (followUp.status !== "asked") throw new AppError("conflict", `This follow-up has already been ${followUp.status}.`);
  return followUp;
}

/**
 * Writes a follow-up step under the session's row lock, only if the stored follow-up is still the one the step read
 * (`expectedId`; null: none yet) and the answer is still the one it was about. Null when something changed meanwhile.
 */
export async function writeFollowUpStep(
  ctx: UserContext,
  scene: FollowUpScene,
  expectedId: string | null,
  write: FollowUpWrite,
): Promise<PracticeAnswer | null> {
  return ctx.db.transaction(async (tx) => {
    const session = await loadOwnSession(ctx, scene.session.id, { lock: true, db: tx });
    assertAcceptsAnswers(session, ctx.now());
    const current = await findPracticeAnswerAt(tx, ownerOf(ctx), session.id, scene.question.position);
    if (!current || current.answerText !== scene.row.answerText) return null;
    return writePracticeAnswerFollowUp(tx, ownerOf(ctx), session.id, scene.question.position, expectedId, write);
  });
}

/** The AI's follow-up about one of the gaps, or the template's about the first when the AI is off or fails. */
async function draftFollowUp(ctx: UserContext, question: string, answer: string): Promise<(FollowUpDraft & { engine: "ai" | "template" }) | null> {
  const star = scoreStarAnswer(answer, question);
  const gaps = findGaps(star);
  const [first] = gaps;
  if (!first) return null;
  const ai = ctx.services.ai;
  if (ai) {
    try {
      return { ...(await writeFollowUpWithAi(ai, { question, answer, gaps }, { signal: ctx.signal })), engine: "ai" };
    } catch (error) {
      if (ctx.signal?.aborted) throw error;
      // The reason only: the prompt and reply hold the candidate's words.
      log.warn("practice.follow_up.ai_fallback", { reason: error instanceof AiUnavailableError ? error.reason : "internal_error" });
    }
  }
  return { ...templateFollowUp(first, star, answer), engine: "template" };
}

/**
 * Asks the follow-up for the answer at `position`, once: a second call returns the stored one (whatever became of
 * it). The answer view's `followUp` is null when the answer leaves no gap worth a follow-up.
 */
export async function askFollowUp(ctx: UserContext, sessionId: string, position: unknown): Promise<PracticeAnswerView> {
  const scene = await loadFollowUpScene(ctx, sessionId, position);
  if (scene.followUp) return toAnswerView(scene.row);
  const draft = await draftFollowUp(ctx, scene.question.text, scene.row.answerText ?? "");
  if (!draft) return toAnswerView(scene.row);
  const record: FollowUpRecord = {
    version: FOLLOW_UP_VERSION,
    id: randomUUID(),
    engine: draft.engine,
    target: draft.target,
    question: draft.question,
    status: "asked",
    askedAt: ctx.now().toISOString(),
    answer: null,
    original: null,
    closed: null,
  };
  const written = await writeFollowUpStep(ctx, scene, null, { followUp: record });
  if (written) return toAnswerView(written);
  // Another request asked first, or the question was answered again meanwhile: show what is stored now.
  return toAnswerView((await loadFollowUpScene(ctx, sessionId, position)).row);
}

/** Skips the waiting follow-up: it stays on the answer as skipped, and the scores stay the original answer's. */
export async function skipFollowUp(ctx: UserContext, sessionId: string, position: unknown): Promise<PracticeAnswerView> {
  const scene = await loadFollowUpScene(ctx, sessionId, position);
  const followUp = assertFollowUpOpen(scene.followUp);
  const written = await writeFollowUpStep(ctx, scene, followUp.id, { followUp: { ...followUp, status: "skipped" } });
  if (!written) throw new AppError("conflict", "This follow-up changed while you were skipping it. Reload the page to see it.");
  return toAnswerView(written);
}
