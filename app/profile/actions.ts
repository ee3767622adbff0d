"use server";
import { revalidatePath } from "next/cache";
import { type ActionState, defineAction } from "@/lib/api/define-action";
import { clearProfileFieldSchema, profileInputSchema, PROFILE_FIELD_LABELS } from "@/lib/profile/schemas";
import { clearField, updateProfile } from "@/lib/profile/profile-service";

const save = defineAction({ name: "profile.save", auth: "user", input: profileInputSchema }, async (ctx, input) => {
  await updateProfile(ctx, input);
  revalidatePath("/profile");
  return { message: "Profile saved." };
});

const clear = defineAction({ name: "profile.clear_field", auth: "user", input: clearProfileFieldSchema }, async (ctx, { field }) => {
  await clearField(ctx, field);
  revalidatePath("/profile");
  return { message: `${PROFILE_FIELD_LABELS[field]} cleared.`, data: { field } };
});

export async function saveProfileAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return save.form(formData);
}

export async function clearProfileFieldAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return clear.form(formData);
}
