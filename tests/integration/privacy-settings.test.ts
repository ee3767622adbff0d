/**
 * Consents, sign-in history and the privacy settings page's data, through the services as the app calls them: local
 * sign-in records the terms, privacy notice and (where AI is configured) AI processing once, and a sign-in every
 * time; withdrawals are new records, audited, that a later sign-in leaves standing; the page shows only the user's own.
 */
import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { listConsents } from "@/db/queries/consents";
import { listSignInEvents } from "@/db/queries/sign-in-events";
import { scopedDb } from "@/db/scoped";
import type { User } from "@/db/schema";
import type { AiClient } from "@/lib/ai/openai-client";
import { signInLocally } from "@/lib/auth/sign-in-service";
import { createContext } from "@/lib/context/request-context";
import { CONSENT_QUESTIONS } from "@/lib/privacy/consent-kinds";
import { acceptCurrentTerms, changeConsent, recordDeviceConsent } from "@/lib/privacy/consents/consent-service";
import { choosePracticeRetention, loadPrivacySettings } from "@/lib/privacy/consents/privacy-settings";
import { recordSignIn } from "@/lib/privacy/sign-ins/record-sign-in";
import { contextFor, createTestUser } from "@/tests/helpers/context";

// Sign-in only checks whether AI is configured; nothing here calls it.
const configuredAi = {} as AiClient;

async function signIn(email: string, ai: AiClient | null = configuredAi): Promise<User> {
  const ctx = createContext({ kind: "anonymous" }, { ipHash: "hash-of-ip", services: { ai } });
  const { user } = await signInLocally(ctx, { email, displayName: "Ada", acceptTerms: "on" });
  return user;
}

const kindsOf = (rows: { kind: string; granted: boolean }[]) => rows.map((row) => `${row.kind}:${row.granted}`).sort();

describe("consents recorded at sign-in", () => {
  it("records terms, privacy notice and AI processing with their versions and the IP hash, once", async () => {
    const email = `consent-${randomUUID()}@example.test`;
    const user = await signIn(email);
    await signIn(email);
    const rows = await listConsents(contextFor(user).db, user.id);
    expect(kindsOf(rows)).toEqual(["ai_processing:true", "privacy_notice:true", "terms:true"]);
    expect(rows.find((row) => row.kind === "terms")).toMatchObject({ version: CONSENT_QUESTIONS.terms.version, ipHash: "hash-of-ip" });
  });

  it("leaves AI processing unasked where no AI is configured", async () => {
    const user = await signIn(`no-ai-${randomUUID()}@example.test`, null);
    expect(kindsOf(await listConsents(contextFor(user).db, user.id))).toEqual(["privacy_notice:true", "terms:true"]);
  });

  it("keeps a withdrawal of AI processing standing through later sign-ins", async () => {
    const email = `withdrawn-${randomUUID()}@example.test`;
    const user = await signIn(email);
    await changeConsent(contextFor(user), "ai_processing", false);
    await signIn(email);
    const settings = await loadPrivacySettings(contextFor(user));
    expect(settings.consents.find((consent) => consent.kind === "ai_processing")).toMatchObject({ state: "withdrawn", on: false });
  });

  it("records each sign-in with its method and session, newest first", async () => {
    const email = `history-${randomUUID()}@example.test`;
    const user = await signIn(email);
    await signIn(email);
    const events = await listSignInEvents(contextFor(user).db, user.id, 50);
    expect(events).toHaveLength(2);
    expect(events.every((event) => event.method === "local" && event.ipHash === "hash-of-ip" && event.sessionId)).toBe(true);
    expect(events[0]!.createdAt.getTime()).toBeGreaterThanOrEqual(events[1]!.createdAt.getTime());
  });
});

describe("sign-in history records", () => {
  it("stores device and browser in words, never the user agent, and one row per session", async () => {
    const user = await createTestUser();
    const db = scopedDb(getDb, { role: "app", userId: user.id });
    const sessionId = `sess_${randomUUID()}`;
    const userAgent = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 Version/17.5 Mobile/15E148 Safari/604.1";
    const record = { userId: user.id, sessionId, method: "clerk" as const, userAgent, ipHash: null };
    expect(await Promise.all([recordSignIn(db, record), recordSignIn(db, record)])).toContain(true);
    const events = await listSignInEvents(db, user.id, 50);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ device: "iPhone", browser: "Safari", sessionId });
    const raw = await getDb();
    const stored = await raw.execute(sql`select * from sign_in_events where user_id = ${user.id}`);
    expect(JSON.stringify(stored)).not.toContain("Mozilla");
  });
});

describe("privacy settings", () => {
  it("withdraws and allows again as new records, each audited, and lists the history", async () => {
    const user = await createTestUser();
    const ctx = contextFor(user, { ipHash: "ip" });
    await changeConsent(ctx, "camera", true);
    await changeConsent(ctx, "camera", false);
    const settings = await loadPrivacySettings(ctx);
    expect(settings.consents.find((consent) => consent.kind === "camera")).toMatchObject({ state: "withdrawn", version: "1" });
    expect(settings.consentHistory.map((row) => row.granted)).toEqual([false, true]);
    expect(settings.auditEvents.map((event) => event.description).slice(0, 2)).toEqual(["Withdrew consent", "Gave consent"]);
    expect(settings.auditEvents[0]?.detail).toBe(CONSENT_QUESTIONS.camera.label);
  });

  it("records a device consent once while it stands, and again after a withdrawal", async () => {
    const ctx = contextFor(await createTestUser());
    expect(await recordDeviceConsent(ctx, "microphone")).toEqual({ recorded: true });
    expect(await recordDeviceConsent(ctx, "microphone")).toEqual({ recorded: false });
    await changeConsent(ctx, "microphone", false);
    expect(await recordDeviceConsent(ctx, "microphone")).toEqual({ recorded: true });
  });

  it("accepts the current terms from the consent page once, audited", async () => {
    const user = await createTestUser();
    const ctx = contextFor(user);
    await acceptCurrentTerms(ctx);
    await acceptCurrentTerms(ctx);
    const settings = await loadPrivacySettings(ctx);
    expect(settings.consents.find((consent) => consent.kind === "terms")).toMatchObject({ state: "granted", outdated: false });
    expect(settings.consentHistory.filter((row) => row.kind === "terms")).toHaveLength(1);
    expect(settings.auditEvents.filter((event) => event.description.startsWith("Accepted the terms"))).toHaveLength(1);
  });

  it("saves the practice retention choice, audited, keep by default", async () => {
    const ctx = contextFor(await createTestUser());
    expect((await loadPrivacySettings(ctx)).practiceRetention).toBe("keep");
    await choosePracticeRetention(ctx, "90d");
    await choosePracticeRetention(ctx, "1y");
    const settings = await loadPrivacySettings(ctx);
    expect(settings.practiceRetention).toBe("1y");
    expect(settings.auditEvents[0]?.description).toBe("Changed how long saved practice sessions are kept");
  });

  it("shows nothing of another user's consents, sign-ins or audit events", async () => {
    const other = await signIn(`other-${randomUUID()}@example.test`);
    await changeConsent(contextFor(other), "camera", true);
    const settings = await loadPrivacySettings(contextFor(await createTestUser()));
    expect(settings.consentHistory).toEqual([]);
    expect(settings.signIns).toEqual([]);
    expect(settings.auditEvents).toEqual([]);
    expect(settings.consents.every((consent) => consent.state === "not_asked")).toBe(true);
  });
});
