/**
 * Recording sign-ins for the user's history. Local sign-in records its own (in the sign-in's transaction); with Clerk,
 * which signs people in on its own pages, the first request of each session records it. That first request is found
 * with one idempotent insert on the session id; a small in-process set of the session ids already recorded keeps
 * every later request free of it.
 */
import "server-only";
import { recordSignInEvent } from "@/db/queries/sign-in-events";
import type { SignInMethod } from "@/db/schema";
import { type ScopedDb, scopedDb } from "@/db/scoped";
import type { UserPrincipal } from "@/lib/context/principal";
import type { Services } from "@/lib/context/services";
import { requestIpHash } from "@/lib/security/client-ip";
import { describeUserAgent } from "./user-agent";

/** The user agent of the request being served, or null outside one (a job, a test calling a service). */
export async function requestUserAgent(): Promise<string | null> {
  try {
    const { headers } = await import("next/headers");
    return (await headers()).get("user-agent");
  } catch {
    return null;
  }
}

async function currentIpHash(): Promise<string | null> {
  try {
    return await requestIpHash();
  } catch {
    return null;
  }
}

export type SignInRecord = { userId: string; sessionId: string | null; method: SignInMethod; userAgent: string | null; ipHash: string | null };

/** Appends one sign-in to the user's history (device and browser as words; the raw user agent is not kept). */
export async function recordSignIn(db: ScopedDb, record: SignInRecord): Promise<boolean> {
  const { userAgent, ...rest } = record;
  return recordSignInEvent(db, { ...rest, ...describeUserAgent(userAgent) });
}

/** Session ids recorded by this process, oldest first; bounded so a long-running server does not grow without end. */
const recordedSessions = new Set<string>();
const MAX_REMEMBERED_SESSIONS = 5_000;

function remember(sessionId: string): void {
  recordedSessions.add(sessionId);
  if (recordedSessions.size > MAX_REMEMBERED_SESSIONS) {
    const oldest = recordedSessions.values().next().value;
    if (oldest !== undefined) recordedSessions.delete(oldest);
  }
}

/**
 * Records a Clerk session's sign-in on its first request. Forgetting a session id (another instance, a restart, the
 * bound above) costs one insert that the unique session index turns into nothing.
 */
export async function recordClerkSignInOnce(services: Pick<Services, "database">, principal: UserPrincipal): Promise<void> {
  const { sessionId } = principal;
  if (!sessionId || recordedSessions.has(sessionId)) return;
  const db = scopedDb(services.database, { role: "app", userId: principal.user.id });
  await recordSignIn(db, {
    userId: principal.user.id,
    sessionId,
    method: "clerk",
    userAgent: await requestUserAgent(),
    ipHash: await currentIpHash(),
  });
  remember(sessionId);
}
