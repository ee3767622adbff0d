/**
 * Ending the session in the deletion's own answer: the route handler sets the cookie headers itself (the server
 * actions' `clearSessionCookies` needs Next's request scope), clearing the same two cookies the same way.
 */
import "server-only";
import { CLIENT_UAT_COOKIE, SESSION_COOKIE, sessionCookieOptions } from "@/lib/auth/local-session";

function cookie(name: string, value: string, maxAgeSeconds: number, httpOnly: boolean): string {
  const options = sessionCookieOptions(maxAgeSeconds);
  return [
    `${name}=${value}`,
    `Path=${options.path}`,
    `Max-Age=${options.maxAge}`,
    "SameSite=Lax",
    ...(options.secure ? ["Secure"] : []),
    ...(httpOnly ? ["HttpOnly"] : []),
  ].join("; ");
}

/** The response with the session cookie expired and Clerk's `__client_uat` set to 0 ("signed out"). */
export function withSessionEnded(response: Response): Response {
  response.headers.append("Set-Cookie", cookie(SESSION_COOKIE, "", 0, true));
  response.headers.append("Set-Cookie", cookie(CLIENT_UAT_COOKIE, "0", 365 * 24 * 60 * 60, false));
  return response;
}
