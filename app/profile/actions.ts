"use server";
import { revalidatePath } from "next/cache";
import { formValues, withUserAction, type ActionState } from "@/lib/api/action";
import { clearProfileFieldSchema, profileInputSchema, PROFILE_FIELD_LABELS } from "@/lib/profile/schemas";
import { clearField, updateProfile } from "@/lib/profile/profile-service";
import { requestIpHash } from "@/lib/security/client-ip";

const save = withUserAction("profile.save", profileInputSchema, async (user, input) => {
  await updateProfile(user.id, input, await requestIpHash());
  revalidatePath("/profile");
  return { message: "Profile saved." };
});

const clear = withUserAction("profile.clear_field", clearProfileFieldSchema, async (user, { field }) => {
  await clearField(user.id, field, await requestIpHash());
  revalidatePath("/profile");
  return { message: `${PROFILE_FIELD_LABELS[field]} cleared.`, data: { field } };
});

export async function saveProfileAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return save(formValues(formData));
}

export async function clearProfileFieldAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return clear(formValues(formData));
}
