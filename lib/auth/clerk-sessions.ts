/** Clerk's side of "sign out of all devices": revoke every active Clerk session of the user. */
import "server-only";
import { clerkClient } from "@clerk/nextjs/server";

export async function revokeClerkSessions(clerkUserId: string): Promise<number> {
  const clerk = await clerkClient();
  const { data } = await clerk.sessions.getSessionList({ userId: clerkUserId, status: "active" });
  await Promise.all(data.map((session) => clerk.sessions.revokeSession(session.id)));
  return data.length;
}
