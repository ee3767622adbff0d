/** Setting and clearing the two cookies a Clerk session lives in, from a server action. */
import "server-only";
import { cookies } from "next/headers";
import { CLIENT_UAT_COOKIE, type IssuedLocalSession, SESSION_COOKIE, sessionCookieOptions } from "./local-session";

export async function setSessionCookies(session: IssuedLocalSession): Promise<void> {
  const jar = await cookies();
  const options = sessionCookieOptions(session.maxAgeSeconds);
  jar.set(SESSION_COOKIE, session.token, { ...options, httpOnly: true });
  // Clerk treats a session token issued before __client_uat as stale; equal is fine.
  jar.set(CLIENT_UAT_COOKIE, String(session.issuedAt), options);
}

export async function clearSessionCookies(): Promise<void> {
  const jar = await cookies();
  jar.delete(SESSION_COOKIE);
  jar.set(CLIENT_UAT_COOKIE, "0", sessionCookieOptions(365 * 24 * 60 * 60));
}
