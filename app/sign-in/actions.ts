"use server";
/**
 * Local sign-in and sign-out, as server actions. Only reachable when Clerk is not configured; the same cookies a
 * Clerk session uses are set, so Clerk's middleware does the verifying.
 */
import { adapters } from "@/lib/env";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { fieldErrorsFrom } from "@/lib/api/validation";
import { localSignInSchema, safeRedirectPath } from "@/lib/auth/schemas";
import {
  CLIENT_UAT_COOKIE,
  SESSION_COOKIE,
  issueLocalSession,
  sessionCookieOptions,
} from "@/lib/auth/local-session";
import { upsertUserByAuthProviderId } from "@/db/queries/users";
import { recordAuditEvent } from "@/db/queries/audit";
import { log } from "@/lib/observability/logger";

export type SignInState = { fields?: Record<string, string[]>; message?: string; values?: { email: string; displayName: string } };

export async function signInLocally(_previous: SignInState, formData: FormData): Promise<SignInState> {
  if (adapters.auth !== "local") return { message: "Local sign-in is off on this deployment." };
  const raw = {
    email: String(formData.get("email") ?? ""),
    displayName: String(formData.get("displayName") ?? ""),
    redirectTo: String(formData.get("redirectTo") ?? ""),
  };
  const parsed = localSignInSchema.safeParse(raw);
  if (!parsed.success) {
    log.info("local_sign_in_rejected", { fields: Object.keys(fieldErrorsFrom(parsed.error)) });
    return { fields: fieldErrorsFrom(parsed.error), values: { email: raw.email, displayName: raw.displayName } };
  }
  const session = issueLocalSession(parsed.data.email);
  const user = await upsertUserByAuthProviderId({
    authProviderId: session.subject,
    email: parsed.data.email,
    displayName: parsed.data.displayName,
  });
  await recordAuditEvent({ actorUserId: user.id, action: "auth.sign_in", targetType: "user", targetId: user.id });
  const jar = await cookies();
  const options = sessionCookieOptions(session.maxAgeSeconds);
  jar.set(SESSION_COOKIE, session.token, { ...options, httpOnly: true });
  // Clerk treats a session token issued before __client_uat as stale; equal is fine.
  jar.set(CLIENT_UAT_COOKIE, String(session.issuedAt), options);
  redirect(safeRedirectPath(parsed.data.redirectTo));
}

export async function signOutLocally(): Promise<void> {
  const jar = await cookies();
  jar.delete(SESSION_COOKIE);
  jar.set(CLIENT_UAT_COOKIE, "0", sessionCookieOptions(365 * 24 * 60 * 60));
  redirect("/");
}
