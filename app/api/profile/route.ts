import { NextResponse } from "next/server";
import { withUser } from "@/lib/api/route";
import { loadProfile } from "@/lib/profile/profile-service";

/** The signed-in user's profile context. */
export const GET = withUser("profile.get", async (_request, { user }) => {
  const profile = await loadProfile(user.id);
  return NextResponse.json({ profile: { ...profile, updatedAt: profile.updatedAt?.toISOString() ?? null } });
});
