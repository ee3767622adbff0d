/**
 * The invite lifecycle through the services, with a controllable clock: invite, the one-pending rule, expiry,
 * resend voiding the old link, revoke, decline, and acceptance (explicit, email-matched, idempotent).
 */
import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { auditEvents, organisationInvites, organisationMembers } from "@/db/schema";
import { acceptInvite, declineInvite, describeInvite, viewInvite } from "@/lib/orgs/invites/invite-acceptance";
import { ALREADY_PENDING, createInvite, listInvites, resendInvite, revokeInvite } from "@/lib/orgs/invites/invite-service";
import { hashInviteToken } from "@/lib/orgs/invites/token";
import { contextFor, createTestUser } from "@/tests/helpers/context";
import { expectAppError } from "@/tests/helpers/expect-app-error";
import { memberContextFor, organisationWithEveryRole } from "@/tests/helpers/organisations";

const DAY = 24 * 60 * 60 * 1000;
const start = new Date("2026-05-04T09:00:00Z");
const at = (days: number) => () => new Date(start.getTime() + days * DAY);
const tokenOf = (link: string) => link.split("/invite/")[1]!;
const freshEmail = () => `invitee-${randomUUID()}@example.test`;

async function team() {
  return organisationWithEveryRole({ now: at(0) });
}

async function inviteRow(id: string) {
  const [row] = await (await getDb()).select().from(organisationInvites).where(eq(organisationInvites.id, id));
  return row!;
}

async function auditFor(inviteId: string, action: string) {
  return (await getDb()).select().from(auditEvents).where(and(eq(auditEvents.targetId, inviteId), eq(auditEvents.action, action)));
}

async function membersOf(orgId: string, userId: string) {
  return (await getDb())
    .select()
    .from(organisationMembers)
    .where(and(eq(organisationMembers.orgId, orgId), eq(organisationMembers.userId, userId)));
}

describe("inviting", () => {
  it("stores a lower-cased email and only the SHA-256 of the link's token, and audits without the email", async () => {
    const { ownerCtx, organisation } = await team();
    const email = freshEmail();
    const sent = await createInvite(ownerCtx, { email: email.toLowerCase(), role: "manager" });
    const row = await inviteRow(sent.invite.id);
    expect(row).toMatchObject({ orgId: organisation.id, email, role: "manager", status: "pending", invitedByUserId: ownerCtx.principal.user.id });
    expect(row.tokenHash).toBe(hashInviteToken(tokenOf(sent.link)));
    expect(row.tokenHash).not.toContain(tokenOf(sent.link));
    expect(row.expiresAt.toISOString()).toBe(at(7)().toISOString());
    const [event] = await auditFor(sent.invite.id, "organisation.invite");
    expect(event).toMatchObject({ orgId: organisation.id, targetType: "organisation_invite", newValues: { role: "manager", status: "pending" } });
    expect(JSON.stringify(event)).not.toContain(email);
  });

  it("refuses a second invite while one is pending (409 offering a resend), and replaces an expired one", async () => {
    const { organisation, owner, ownerCtx } = await team();
    const email = freshEmail();
    const first = await createInvite(ownerCtx, { email, role: "reviewer" });
    const refusal = await expectAppError(createInvite(ownerCtx, { email, role: "manager" }), "conflict", 409);
    expect(refusal.message).toBe(ALREADY_PENDING);

    const later = memberContextFor(owner, organisation, "owner", { now: at(8) });
    const second = await createInvite(later, { email, role: "manager" });
    expect(second.invite.id).not.toBe(first.invite.id);
    expect(await inviteRow(first.invite.id)).toMatchObject({ status: "revoked" });
    expect(await auditFor(first.invite.id, "invite.revoke")).toHaveLength(1);
    await expectAppError(acceptInvite(contextFor(await createTestUser({ email }), { now: at(8) }), tokenOf(first.link)), "gone", 410);
  });

  it("refuses to invite someone who is already a member, whatever the case of the address", async () => {
    const { ownerCtx, reviewer } = await team();
    await expectAppError(createInvite(ownerCtx, { email: reviewer.email.toLowerCase(), role: "manager" }), "conflict", 409);
  });

  it("lets a manager invite reviewers only, and a reviewer nobody", async () => {
    const { managerCtx, reviewerCtx } = await team();
    await expect(createInvite(managerCtx, { email: freshEmail(), role: "reviewer" })).resolves.toMatchObject({ emailSent: true });
    await expectAppError(createInvite(managerCtx, { email: freshEmail(), role: "manager" }), "forbidden", 403);
    await expectAppError(createInvite(managerCtx, { email: freshEmail(), role: "owner" }), "forbidden", 403);
    await expectAppError(createInvite(reviewerCtx, { email: freshEmail(), role: "reviewer" }), "forbidden", 403);
  });

  it("lists pending invites with what the viewer may manage, expired ones marked", async () => {
    const { organisation, owner, ownerCtx, manager } = await team();
    const toManager = await createInvite(ownerCtx, { email: freshEmail(), role: "manager" });
    const toReviewer = await createInvite(ownerCtx, { email: freshEmail(), role: "reviewer" });
    const revoked = await createInvite(ownerCtx, { email: freshEmail(), role: "reviewer" });
    await revokeInvite(ownerCtx, revoked.invite.id);
    const list = await listInvites(memberContextFor(manager, organisation, "manager", { now: at(8) }));
    expect(list.map((invite) => [invite.id, invite.manageable, invite.state]).sort()).toEqual(
      [
        [toManager.invite.id, false, "expired"],
        [toReviewer.invite.id, true, "expired"],
      ].sort(),
    );
    expect(list[0]!.invitedBy).toBe(owner.displayName ?? owner.email);
  });
});

describe("resending and revoking", () => {
  it("resends with a new token and expiry; the old link then matches nothing (404)", async () => {
    const { organisation, owner, ownerCtx } = await team();
    const email = freshEmail();
    const first = await createInvite(ownerCtx, { email, role: "reviewer" });
    const resent = await resendInvite(memberContextFor(owner, organisation, "owner", { now: at(6) }), first.invite.id);
    expect(resent.invite.id).toBe(first.invite.id);
    expect(resent.link).not.toBe(first.link);
    expect(await inviteRow(first.invite.id)).toMatchObject({ tokenHash: hashInviteToken(tokenOf(resent.link)), expiresAt: at(13)() });
    const invitee = contextFor(await createTestUser({ email }), { now: at(10) });
    await expectAppError(acceptInvite(invitee, tokenOf(first.link)), "not_found", 404);
    await expect(acceptInvite(invitee, tokenOf(resent.link))).resolves.toMatchObject({ membership: { role: "reviewer" } });
    expect(await auditFor(first.invite.id, "invite.resend")).toHaveLength(1);
  });

  it("revokes: the link then says gone (410), and a second revoke or resend is gone too", async () => {
    const { ownerCtx } = await team();
    const email = freshEmail();
    const sent = await createInvite(ownerCtx, { email, role: "reviewer" });
    expect(await revokeInvite(ownerCtx, sent.invite.id)).toMatchObject({ id: sent.invite.id, state: "revoked" });
    await expectAppError(acceptInvite(contextFor(await createTestUser({ email }), { now: at(1) }), tokenOf(sent.link)), "gone", 410);
    await expectAppError(revokeInvite(ownerCtx, sent.invite.id), "gone", 410);
    await expectAppError(resendInvite(ownerCtx, sent.invite.id), "gone", 410);
    const [event] = await auditFor(sent.invite.id, "invite.revoke");
    expect(event).toMatchObject({ oldValues: { status: "pending" }, newValues: { role: "reviewer", status: "revoked" } });
  });

  it("refuses a manager the invites of managers (403) and another organisation's invite ids (404)", async () => {
    const { ownerCtx, managerCtx } = await team();
    const toManager = await createInvite(ownerCtx, { email: freshEmail(), role: "manager" });
    await expectAppError(revokeInvite(managerCtx, toManager.invite.id), "forbidden", 403);
    await expectAppError(resendInvite(managerCtx, toManager.invite.id), "forbidden", 403);
    const elsewhere = await team();
    await expectAppError(revokeInvite(elsewhere.ownerCtx, toManager.invite.id), "not_found", 404);
    await expectAppError(resendInvite(elsewhere.ownerCtx, toManager.invite.id), "not_found", 404);
    await expectAppError(revokeInvite(ownerCtx, "not-a-uuid"), "not_found", 404);
    expect(await inviteRow(toManager.invite.id)).toMatchObject({ status: "pending" });
  });
});

describe("answering an invite", () => {
  it("shows the holder the organisation, role and inviter, and accepts once: a repeat is a no-op", async () => {
    const { organisation, owner, ownerCtx } = await team();
    const email = freshEmail();
    const sent = await createInvite(ownerCtx, { email, role: "manager" });
    const user = await createTestUser({ email: email.toUpperCase() });
    const invitee = contextFor(user, { now: at(1) });
    expect(await describeInvite(invitee, tokenOf(sent.link))).toEqual({
      organisation: { name: organisation.name, slug: organisation.slug },
      role: "manager",
      invitedBy: owner.displayName ?? owner.email,
      state: "pending",
      expiresAt: at(7)().toISOString(),
      emailMatches: true,
      alreadyMember: false,
    });
    const expected = { membership: { organisation: { id: organisation.id, name: organisation.name, slug: organisation.slug }, role: "manager" } };
    expect(await acceptInvite(invitee, tokenOf(sent.link))).toEqual(expected);
    expect(await acceptInvite(invitee, tokenOf(sent.link))).toEqual(expected);
    expect(await membersOf(organisation.id, user.id)).toHaveLength(1);
    expect(await inviteRow(sent.invite.id)).toMatchObject({ status: "accepted", respondedAt: at(1)() });
    const events = await auditFor(sent.invite.id, "invite.accept");
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ actorUserId: user.id, orgId: organisation.id, newValues: { role: "manager", status: "accepted" } });
    expect(await describeInvite(invitee, tokenOf(sent.link))).toMatchObject({ state: "accepted", alreadyMember: true });
  });

  it("refuses a signed-in user with another email (403) and changes nothing", async () => {
    const { organisation, ownerCtx } = await team();
    const sent = await createInvite(ownerCtx, { email: freshEmail(), role: "reviewer" });
    const stranger = contextFor(await createTestUser(), { now: at(1) });
    expect(await describeInvite(stranger, tokenOf(sent.link))).toMatchObject({ emailMatches: false, state: "pending" });
    await expectAppError(acceptInvite(stranger, tokenOf(sent.link)), "forbidden", 403);
    await expectAppError(declineInvite(stranger, tokenOf(sent.link)), "forbidden", 403);
    expect(await inviteRow(sent.invite.id)).toMatchObject({ status: "pending", respondedAt: null });
    expect(await membersOf(organisation.id, stranger.principal.user.id)).toHaveLength(0);
  });

  it("answers 410 for an expired invite, and 404 for a token that matches nothing", async () => {
    const { organisation, ownerCtx } = await team();
    const email = freshEmail();
    const sent = await createInvite(ownerCtx, { email, role: "reviewer" });
    const user = await createTestUser({ email });
    const late = contextFor(user, { now: at(7) });
    expect(await describeInvite(late, tokenOf(sent.link))).toMatchObject({ state: "expired" });
    await expectAppError(viewInvite(late, tokenOf(sent.link)), "gone", 410);
    await expectAppError(acceptInvite(late, tokenOf(sent.link)), "gone", 410);
    await expectAppError(declineInvite(late, tokenOf(sent.link)), "gone", 410);
    expect(await membersOf(organisation.id, user.id)).toHaveLength(0);
    await expectAppError(acceptInvite(late, "A".repeat(43)), "not_found", 404);
    await expectAppError(describeInvite(late, "nonsense"), "not_found", 404);
  });

  it("declines (a repeat is a no-op), and the invite cannot be accepted afterwards", async () => {
    const { organisation, ownerCtx } = await team();
    const email = freshEmail();
    const sent = await createInvite(ownerCtx, { email, role: "reviewer" });
    const invitee = contextFor(await createTestUser({ email }), { now: at(1) });
    expect(await declineInvite(invitee, tokenOf(sent.link))).toEqual({ state: "declined" });
    expect(await declineInvite(invitee, tokenOf(sent.link))).toEqual({ state: "declined" });
    await expectAppError(acceptInvite(invitee, tokenOf(sent.link)), "gone", 410);
    await expectAppError(viewInvite(invitee, tokenOf(sent.link)), "gone", 410);
    expect(await membersOf(organisation.id, invitee.principal.user.id)).toHaveLength(0);
    const events = await auditFor(sent.invite.id, "invite.decline");
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ orgId: organisation.id, newValues: { role: "reviewer", status: "declined" } });
  });

  it("makes exactly one membership from 20 concurrent accepts of one invite", async () => {
    const { organisation, ownerCtx } = await team();
    const email = freshEmail();
    const sent = await createInvite(ownerCtx, { email, role: "reviewer" });
    const user = await createTestUser({ email });
    const results = await Promise.allSettled(Array.from({ length: 20 }, () => acceptInvite(contextFor(user, { now: at(1) }), tokenOf(sent.link))));
    expect(results.filter((result) => result.status === "rejected")).toEqual([]);
    expect(await membersOf(organisation.id, user.id)).toHaveLength(1);
    expect(await inviteRow(sent.invite.id)).toMatchObject({ status: "accepted" });
    expect(await auditFor(sent.invite.id, "invite.accept")).toHaveLength(1);
  });
});
