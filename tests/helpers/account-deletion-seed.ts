/**
 * A signed-in user who has left data in every table that can hold a user's data, written through the product's own
 * services wherever one exists (sign-in, profile, practice, organisations, invites, the assessment builder, candidate
 * invites, reviews). Rows no service writes yet (sign-in history, privacy settings, a candidate's attempt and answer)
 * are inserted as an administrator would.
 */
import { randomUUID } from "node:crypto";
import { getDb } from "@/db/client";
import { recordAuditEvent } from "@/db/queries/audit";
import { recordConsent } from "@/db/queries/consents";
import { accountSettings, assessmentAnswers, type Organisation, signInEvents, type User, userBilling, userUsage } from "@/db/schema";
import { parseInput } from "@/lib/api/validation";
import { createAssessment, changeAssessmentStatus } from "@/lib/assessments/builder-service";
import { inviteCandidates } from "@/lib/assessments/invites/invite-service";
import { addQuestion } from "@/lib/assessments/question-service";
import { decideCandidate, rateAnswer } from "@/lib/assessments/review/review-service";
import { signInLocally } from "@/lib/auth/sign-in-service";
import { createContext, type UserContext } from "@/lib/context/request-context";
import { createInvite } from "@/lib/orgs/invites/invite-service";
import { createOrganisation } from "@/lib/orgs/organisation-service";
import { answerInputSchema, answerQuestion, finishSession, saveSession, startSession } from "@/lib/practice/session";
import { answerBody, STRONG_ANSWER } from "@/lib/practice/session/answers.fixture";
import { updateProfile } from "@/lib/profile/profile-service";
import { seedAttempt } from "./assessments";
import { contextFor, createTestUser } from "./context";
import { memberContextFor, seedOrganisation } from "./organisations";

/** Local sign-in through the service, as the sign-in form does; returns the user and the cookie the browser keeps. */
export async function signInAs(email: string, displayName: string): Promise<{ user: User; cookie: string }> {
  const { user, session } = await signInLocally(createContext({ kind: "anonymous" }), { email, displayName, acceptTerms: "on" });
  return { user, cookie: `__session=${session.token}; __client_uat=${session.issuedAt}` };
}

export type FullAccount = {
  user: User;
  cookie: string;
  ctx: UserContext;
  /** Created by the user, who is its only member: deleted with the account. */
  ownOrganisation: Pick<Organisation, "id" | "slug">;
  /** Another owner's organisation where the user is a manager who built an assessment and reviewed a candidate. */
  sharedOrganisation: Organisation;
  otherOwner: User;
  assessmentId: string;
  candidateInviteId: string;
};

/** A user with data everywhere; `label` makes the email and display name unique to the test. */
export async function seedFullAccount(label: string): Promise<FullAccount> {
  const unique = randomUUID().slice(0, 8);
  const { user, cookie } = await signInAs(`${label}-${unique}@example.test`, `Quill ${label} ${unique}`);
  const ctx = contextFor(user, { ipHash: `ip-${unique}` });
  const raw = await getDb();

  await updateProfile(ctx, { cvText: "Led the billing rewrite.", targetRole: "Staff engineer", goals: "Practise system design." });
  const session = await startSession(ctx, { type: "behavioural", count: 3 });
  await answerQuestion(ctx, session.id, 1, parseInput(answerInputSchema, answerBody(STRONG_ANSWER)));
  await finishSession(ctx, session.id);
  await saveSession(ctx, session.id);
  await startSession(ctx, { type: "behavioural", count: 3 }); // left unfinished
  await recordConsent(ctx.db, user.id, { kind: "ai_processing", version: "2026-12", granted: true, ipHash: ctx.ipHash });
  await raw.insert(signInEvents).values({ userId: user.id, sessionId: `sess_${unique}`, method: "local", device: "Desktop", browser: "Firefox", ipHash: ctx.ipHash });
  await raw.insert(accountSettings).values({ userId: user.id, practiceRetention: "90d" });
  // Billing rows are written by the Stripe webhook (system role); the billing work's own tests drive that path.
  await raw.insert(userBilling).values({ userId: user.id, stripeCustomerId: `cus_${unique}`, plan: "candidate_pro", status: "active" });
  await raw.insert(userUsage).values({ userId: user.id, metric: "practice_sessions", periodStart: "2026-12-01", used: 3 });

  // An organisation of their own, with a pending invite (its email, naming them as inviter, lands in the outbox).
  const own = await createOrganisation(ctx, { name: `Solo studio ${unique}` });
  await createInvite(memberContextFor(user, own, "owner", { ipHash: ctx.ipHash }), { email: `friend-${unique}@example.test`, role: "reviewer" });

  // Someone else's organisation, where the user is a manager who builds, invites, rates and decides.
  const otherOwner = await createTestUser({ email: `owner-${unique}@example.test`, displayName: `Other Owner ${unique}` });
  const shared = await seedOrganisation([{ user: otherOwner, role: "owner" }, { user, role: "manager" }], { name: `Shared team ${unique}` });
  const managerCtx = memberContextFor(user, shared, "manager", { ipHash: ctx.ipHash });
  const assessment = await createAssessment(managerCtx, { title: "Support screen", roleTitle: "Support engineer" });
  const question = await addQuestion(managerCtx, assessment.id, { source: "custom", text: "Tell me about a hard customer escalation?", kind: "behavioural" });
  await changeAssessmentStatus(managerCtx, assessment.id, { status: "open" });
  const [candidate] = await inviteCandidates(managerCtx, assessment.id, { name: "Cara Candidate", email: `cand-${unique}@example.test` });
  const inviteId = candidate!.invite.id;
  const attempt = await seedAttempt({ id: inviteId, orgId: shared.id, assessmentId: assessment.id }, { status: "submitted" });
  const [answer] = await raw
    .insert(assessmentAnswers)
    .values({ orgId: shared.id, inviteId, attemptId: attempt.id, questionId: question.id, position: 1, answerText: "I listened first.", mode: "typed" })
    .returning();
  const target = { assessmentId: assessment.id, inviteId };
  await rateAnswer(managerCtx, { ...target, answerId: answer!.id }, { rating: 4, note: "Calm and specific." });
  await decideCandidate(managerCtx, target, { decision: "advance" });

  // The other owner invites the user's email elsewhere, and records events that name the user (as a future feature might).
  const elsewhere = await seedOrganisation([{ user: otherOwner, role: "owner" }]);
  await createInvite(memberContextFor(otherOwner, elsewhere, "owner"), { email: user.email, role: "reviewer" });
  await recordAuditEvent(memberContextFor(otherOwner, shared, "owner").db, {
    actorUserId: otherOwner.id,
    orgId: shared.id,
    action: "organisation.note",
    targetType: "user",
    targetId: user.id,
    newValues: { invited: user.email, name: user.displayName, member: { userId: user.id, role: "manager" } },
  });

  return { user, cookie, ctx, ownOrganisation: own, sharedOrganisation: shared, otherOwner, assessmentId: assessment.id, candidateInviteId: inviteId };
}
