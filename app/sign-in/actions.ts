"use server";
/**
 * Local sign-in and sign-out, as server actions. Only reachable when Clerk is not configured; the same cookies a
 * Clerk session uses are set, so Clerk's middleware does the verifying.
 */
import { cookies } from "next/headers";
import { z } from "zod";
import { redirect } from "next/navigation";
import { defineAction } from "@/lib/api/define-action";
import { CLIENT_UAT_COOKIE, SESSION_COOKIE, sessionCookieOptions } from "@/lib/auth/local-session";
import { localSignInSchema, safeRedirectPath } from "@/lib/auth/schemas";
import { signInLocally } from "@/lib/auth/sign-in-service";

export const signInLocallyAction = defineAction({ name: "auth.sign_in", auth: "public", input: localSignInSchema }, async (ctx, input) => {
  const { session } = await signInLocally(ctx, input);
  const jar = await cookies();
  const options = sessionCookieOptions(session.maxAgeSeconds);
  jar.set(SESSION_COOKIE, session.token, { ...options, httpOnly: true });
  // Clerk treats a session token issued before __client_uat as stale; equal is fine.
  jar.set(CLIENT_UAT_COOKIE, String(session.issuedAt), options);
  redirect(safeRedirectPath(input.redirectTo));
});

export const signOutLocally = defineAction({ name: "auth.sign_out", auth: "public", input: z.unknown() }, async () => {
  const jar = await cookies();
  jar.delete(SESSION_COOKIE);
  jar.set(CLIENT_UAT_COOKIE, "0", sessionCookieOptions(365 * 24 * 60 * 60));
  redirect("/");
});
