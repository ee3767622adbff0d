/**
 * Local sign-in: issues a Clerk-format session for an email, which Clerk's middleware then verifies with the local
 * public key exactly as it would verify a real Clerk session.
 */
import "server-only";
import { clerkConfig, env } from "@/lib/env";
import { LOCAL_FRONTEND_API } from "@/lib/auth/local-keys";
import { localSubjectForEmail, mintSessionToken, newSessionId } from "@/lib/auth/local-token";

/** Local sessions last a working day; there is no refresh, so an expired one sends the user back to sign-in. */
export const LOCAL_SESSION_TTL_SECONDS = 8 * 60 * 60;

export const SESSION_COOKIE = "__session";
export const CLIENT_UAT_COOKIE = "__client_uat";

export type IssuedLocalSession = {
  subject: string;
  /** The token's `sid`: the row in auth_sessions that must stay open for the token to verify. */
  sessionId: string;
  token: string;
  issuedAt: number;
  maxAgeSeconds: number;
};

export function issueLocalSession(
  email: string,
  now: Date = new Date(),
  ttlSeconds: number = LOCAL_SESSION_TTL_SECONDS,
): IssuedLocalSession {
  const signing = clerkConfig.localSigning;
  if (!signing) throw new Error("Local sign-in is off: Clerk is configured.");
  const issuedAt = Math.floor(now.getTime() / 1000);
  const subject = localSubjectForEmail(email);
  const sessionId = newSessionId();
  const token = mintSessionToken({
    subject,
    sessionId,
    privateKeyPem: signing.privateKeyPem,
    kid: signing.kid,
    issuer: `https://${LOCAL_FRONTEND_API}`,
    authorizedParty: new URL(env.APP_URL).origin,
    issuedAt,
    ttlSeconds,
  });
  return { subject, sessionId, token, issuedAt, maxAgeSeconds: ttlSeconds };
}

/** Cookie attributes shared by both session cookies. */
export function sessionCookieOptions(maxAgeSeconds: number) {
  return {
    path: "/",
    sameSite: "lax" as const,
    secure: new URL(env.APP_URL).protocol === "https:",
    maxAge: maxAgeSeconds,
  };
}
