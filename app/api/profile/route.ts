import { defineRoute, methodsOtherThan } from "@/lib/api/define-route";
import { jsonResponse } from "@/lib/api/responses";
import { loadProfile } from "@/lib/profile/profile-service";

/** The signed-in user's profile context. */
export const GET = defineRoute({ name: "profile.get", auth: "user" }, async (ctx) => {
  const profile = await loadProfile(ctx);
  return jsonResponse({ profile: { ...profile, updatedAt: profile.updatedAt?.toISOString() ?? null } }, { "Cache-Control": "no-store" });
});

export const { POST, PUT, PATCH, DELETE } = methodsOtherThan("GET");
