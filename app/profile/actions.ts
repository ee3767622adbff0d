"use server";
import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/api/define-action";
import { clearProfileFieldSchema, profileInputSchema, PROFILE_FIELD_LABELS } from "@/lib/profile/schemas";
import { clearField, updateProfile } from "@/lib/profile/profile-service";

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
