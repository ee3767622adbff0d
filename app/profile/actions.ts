"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { defineAction } from "@/lib/api/define-action";
import { clearProfileFieldSchema, profileInputSchema, PROFILE_FIELD_LABELS } from "@/lib/profile/schemas";
import { clearField, updateProfile } from "@/lib/profile/profile-service";
import { clearSessionCookies } from "@/lib/auth/session-cookies";
import { signOutEverywhere } from "@/lib/auth/sign-in-service";

export const saveProfileAction = defineAction({ name: "profile.save", auth: "user", input: profileInputSchema }, async (ctx, input) => {
  await updateProfile(ctx, input);
  revalidatePath("/profile");
  return { message: "Profile saved." };
});

export const clearProfileFieldAction = defineAction({ name: "profile.clear_field", auth: "user", input: clearProfileFieldSchema }, async (ctx, { field }) => {
  await clearField(ctx, field);
  revalidatePath("/profile");
  return { message: `${PROFILE_FIELD_LABELS[field]} cleared.`, data: { field } };
});

/** Ends every session of this account, on every device, then this browser's cookies. */
export const signOutEverywhereAction = defineAction({ name: "auth.sign_out_everywhere", auth: "user", input: z.unknown() }, async (ctx) => {
  await signOutEverywhere(ctx);
  await clearSessionCookies();
  redirect("/sign-in?reason=signed-out-everywhere");
});
