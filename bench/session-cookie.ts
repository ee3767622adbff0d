/**
 * Prints the cookie header of a freshly opened local session, for a bench that measures signed-in routes without a
 * browser: the user row and the open session row are written to the database lib/env selects (DATABASE_URL, or
 * PGlite under DATA_DIR), and the token is signed with DATA_DIR's local key, exactly as the sign-in action does.
 * Run it before the app starts when the database is PGlite (one process may hold PGlite's folder at a time).
 *   DATA_DIR=… APP_URL=… tsx --conditions=react-server bench/session-cookie.ts [email]     prints {"cookie": "…"}
 */
import { closeDb, getDb } from "@/db/client";
import { issueLocalSession } from "@/lib/auth/local-session";
import { openAuthSession } from "@/db/queries/auth-sessions";
import { upsertUserByAuthProviderId } from "@/db/queries/users";
import { scopedDb, switchScope } from "@/db/scoped";

async function main() {
  const email = process.argv[2] ?? "bench@example.test";
  const now = new Date();
  const session = issueLocalSession(email, now, 3600);
  // What lib/auth/sign-in-service's recordLocalSession does; that module pulls in Clerk's SDK, which needs Next's bundler.
  await scopedDb(getDb, { role: "app", subject: session.subject }).transaction(async (tx) => {
    const user = await upsertUserByAuthProviderId(tx, { authProviderId: session.subject, email, displayName: "Bench" });
    const asUser = await switchScope(tx, { role: "app", userId: user.id });
    await openAuthSession(asUser, { id: session.sessionId, userId: user.id, expiresAt: new Date(now.getTime() + 3600_000) });
  });
  await closeDb();
  process.stdout.write(`${JSON.stringify({ cookie: `__session=${session.token}; __client_uat=${session.issuedAt}` })}\n`);
}

void main();
