"use server";
/**
 * Local sign-in and sign-out, as server actions. Sign-in is only reachable when Clerk is not configured; the same
 * cookies a Clerk session uses are set, so Clerk's middleware does the verifying.
 */
import { redirect } from "next/navigation";
import { z } from "zod";
import { defineAction } from "@/lib/api/define-action";
import { localSignInSchema, safeRedirectPath } from "@/lib/auth/schemas";
import { clearSessionCookies, setSessionCookies } from "@/lib/auth/session-cookies";
import { signInLocally, signOut } from "@/lib/auth/sign-in-service";

export const signInLocallyAction = defineAction({ name: "auth.sign_in", auth: "public", input: localSignInSchema }, async (ctx, input) => {
  const { session } = await signInLocally(ctx, input);
  await setSessionCookies(session);
  redirect(safeRedirectPath(input.redirectTo));
});

/** Ends this device's session (it stops verifying on the next request) and clears the cookies. */
export const signOutLocally = defineAction({ name: "auth.sign_out", auth: "optional", input: z.unknown() }, async (ctx) => {
  await signOut(ctx);
  await clearSessionCookies();
  redirect("/");
});
