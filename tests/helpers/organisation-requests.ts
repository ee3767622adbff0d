/**
 * Calling the organisation routes as a browser would: signed-in cookies through the real proxy. `fixture()` is a fresh
 * organisation with one signed-in person per role, a second reviewer to act on, and a signed-in outsider.
 */
import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { type Organisation, organisationMembers, type User } from "@/db/schema";
import { signedInTestUser } from "@/tests/helpers/context";
import { seedOrganisation } from "@/tests/helpers/organisations";
import { callThroughProxy } from "@/tests/helpers/through-proxy";

/** Any organisation route, whatever its params (each call passes the params its route reads). */
export type Handler = (request: Request, context: { params: Promise<never> }) => Promise<Response>;
type AnyParamsHandler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;
export type Role = "owner" | "manager" | "reviewer" | "outsider";
type Person = { user: User; cookie: string };

export async function fixture() {
  const [owner, manager, reviewer, target, outsider] = (await Promise.all(
    Array.from({ length: 5 }, () => signedInTestUser(`org-${randomUUID()}@example.test`)),
  )) as [Person, Person, Person, Person, Person];
  const organisation = await seedOrganisation([
    { user: owner.user, role: "owner" },
    { user: manager.user, role: "manager" },
    { user: reviewer.user, role: "reviewer" },
    { user: target.user, role: "reviewer" },
  ]);
  const people: Record<Role, Person> = { owner, manager, reviewer, outsider };
  return { organisation, people, target, targetId: await memberIdOf(organisation, target.user.id) };
}
export type Fixture = Awaited<ReturnType<typeof fixture>>;

export async function memberIdOf(organisation: Organisation, userId: string): Promise<string> {
  const raw = await getDb();
  const [row] = await raw.select().from(organisationMembers).where(eq(organisationMembers.userId, userId));
  if (!row || row.orgId !== organisation.id) throw new Error("not a member");
  return row.id;
}

/** `path` is under /api/orgs. */
export function call(
  handler: Handler,
  method: string,
  path: string,
  options: { cookie?: string; body?: unknown; params?: Record<string, string> } = {},
): Promise<Response> {
  const headers: Record<string, string> = options.cookie ? { cookie: options.cookie } : {};
  const body = options.body === undefined ? undefined : JSON.stringify(options.body);
  if (body !== undefined) headers["content-type"] = "application/json";
  return callThroughProxy(
    handler as AnyParamsHandler,
    new Request(`http://localhost:3000/api/orgs${path}`, { method, headers, body }),
    options.params,
  );
}

export const slugOf = (f: Fixture) => ({ slug: f.organisation.slug });
export const memberParams = (f: Fixture) => ({ slug: f.organisation.slug, memberId: f.targetId });
