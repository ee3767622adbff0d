/**
 * Two organisations for the isolation proofs, written with the raw handle (past row-level security), with a row in
 * every organisation-owned table: members (one user in both), a member invite, an audit event, an open assessment with
 * a question, a candidate who started, answered and raised a proctoring event, a review and a decision.
 */
import { createHash, randomUUID } from "node:crypto";
import { type Database, getDb } from "@/db/client";
import {
  answerReviews,
  assessmentAnswers,
  assessmentAttempts,
  assessmentQuestions,
  assessments,
  auditEvents,
  candidateDecisions,
  organisationBilling,
  organisationUsage,
  candidateInvites,
  organisationInvites,
  organisationMembers,
  organisations,
  proctoringEvents,
  type User,
} from "@/db/schema";
import { createTestUser } from "./context";

export const hashOf = (token: string) => createHash("sha256").update(token).digest("hex");

export type SeededOrganisation = { id: string; owner: User; tokenHash: string; candidateTokenHash: string; candidateInviteId: string };

/** One organisation with an owner, a reviewer (`shared`, when given), a pending invite and an audit event of its owner. */
async function seedOrganisation(shared: User): Promise<SeededOrganisation> {
  const raw = await getDb();
  const owner = await createTestUser();
  const id = randomUUID();
  const tokenHash = hashOf(randomUUID());
  await raw.insert(organisations).values({ id, name: "Team", slug: `rls-${randomUUID().slice(0, 8)}` });
  await raw.insert(organisationMembers).values([
    { orgId: id, userId: owner.id, role: "owner" },
    { orgId: id, userId: shared.id, role: "reviewer" },
  ]);
  await raw.insert(organisationInvites).values({
    orgId: id,
    email: `invitee-${randomUUID()}@example.test`,
    role: "reviewer",
    tokenHash,
    invitedByUserId: owner.id,
    expiresAt: new Date(Date.now() + 86_400_000),
  });
  await raw.insert(auditEvents).values({ actorUserId: owner.id, orgId: id, action: "test.seed", targetType: "organisation", targetId: id });
  const candidate = await seedCandidate(raw, id, owner);
  return { id, owner, tokenHash, ...candidate };
}

/** An open assessment with a question, and a candidate who started, answered and raised one proctoring event. */
async function seedCandidate(raw: Database, orgId: string, owner: User) {
  const candidateTokenHash = hashOf(randomUUID());
  const [assessment] = await raw
    .insert(assessments)
    .values({ orgId, title: "Backend", roleTitle: "Engineer", status: "open", deadlineDays: 7, createdByUserId: owner.id })
    .returning();
  const [question] = await raw
    .insert(assessmentQuestions)
    .values({ orgId, assessmentId: assessment!.id, position: 1, text: "Tell me about a launch.", kind: "behavioural", source: "custom" })
    .returning();
  const [invite] = await raw
    .insert(candidateInvites)
    .values({
      orgId,
      assessmentId: assessment!.id,
      candidateName: "Candidate",
      candidateEmail: `candidate-${randomUUID()}@example.test`,
      tokenHash: candidateTokenHash,
      status: "in_progress",
      deadlineAt: new Date(Date.now() + 86_400_000),
    })
    .returning();
  const [attempt] = await raw
    .insert(assessmentAttempts)
    .values({ orgId, assessmentId: assessment!.id, inviteId: invite!.id, deviceHash: hashOf(randomUUID()), consentVersion: "v1" })
    .returning();
  const [answer] = await raw
    .insert(assessmentAnswers)
    .values({ orgId, inviteId: invite!.id, attemptId: attempt!.id, questionId: question!.id, position: 1, answerText: "I led the launch.", mode: "typed" })
    .returning();
  await raw.insert(answerReviews).values({ orgId, answerId: answer!.id, reviewerUserId: owner.id, rating: 4, note: "Clear ownership." });
  await raw.insert(candidateDecisions).values({ orgId, inviteId: invite!.id, decision: "advance", decidedByUserId: owner.id });
  await raw.insert(proctoringEvents).values({ orgId, inviteId: invite!.id, attemptId: attempt!.id, position: 1, kind: "tab_switch", atMs: 1200 });
  await raw.insert(organisationBilling).values({ orgId, stripeCustomerId: `cus_${randomUUID()}`, plan: "team", status: "active", quantity: 3 });
  await raw.insert(organisationUsage).values({ orgId, metric: "assessment_invites", periodStart: "2026-12-01", used: 2 });
  return { candidateTokenHash, candidateInviteId: invite!.id };
}

/** Organisations A and B, and one user who belongs to both. */
export async function seedTwo() {
  const shared = await createTestUser();
  const a = await seedOrganisation(shared);
  const b = await seedOrganisation(shared);
  return { a, b, shared };
}
