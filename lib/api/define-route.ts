/**
 * The one way to define a route handler:
 *
 *   export const POST = defineRoute({ name, auth, input, limit, entitlement }, (ctx, input, { params }) => …);
 *
 * In order, it authenticates (401), resolves the principal, reads the body within its size limit (413) and validates
 * it with zod (422 naming each field), charges the rate limit (429, or before the body for public routes that count
 * bad requests too), checks the entitlement (402), and calls the handler with the request context. Every refusal is
 * the JSON error shape; an unreachable database is a 503; anything else a 500 with a request id, logged and reported
 * without personal data. The returned function carries its spec as `route`, which the authorisation matrix reads.
 */
import "server-only";
import { createHash, randomUUID, timingSafeEqual } from "node:crypto";
import type { z } from "zod";
import { AppError } from "@/lib/api/app-error";
import { readJsonBody } from "@/lib/api/read-body";
import { errorResponse, jsonResponse, toAppError } from "@/lib/api/responses";
import { parseInput } from "@/lib/api/validation";
import { principalFor, signedInSessionFromRequest } from "@/lib/auth/principal";
import { applyPlan, requireFeature } from "@/lib/billing/entitlements";
import type { Feature } from "@/lib/context/entitlements";
import type { AnonymousPrincipal, CandidatePrincipal, MemberPrincipal, Principal, SystemPrincipal, UserPrincipal } from "@/lib/context/principal";
import { createContext, type RequestContext } from "@/lib/context/request-context";
import { defaultServices } from "@/lib/context/services";
import { cronSecret } from "@/lib/env";
import { memberPrincipalFor } from "@/lib/orgs/member-principal";
import type { Permission } from "@/lib/orgs/permissions";
import { log } from "@/lib/observability/logger";
import { type Allowance, chargeAllowance, tokenRateLimitKey, userRateLimitKey } from "@/lib/ratelimit/allowance";
import { candidatePrincipalFor } from "@/lib/security/candidate-principal";
import { clientIpFrom, hashIp } from "@/lib/security/client-ip";

/**
 * Who may call: a signed-in user, anyone, the scheduler holding CRON_SECRET, or the holder of a candidate's link
 * ("token": the route's `[token]` segment; a malformed one is a 404 before anything else runs).
 */
export type RouteAuth = "user" | "public" | "cron" | "token";
/** How the body is read: JSON (required or optional), not at all, or by the handler itself (multipart uploads). */
export type BodyMode = "json" | "optional-json" | "none" | "raw";

type PrincipalOf<A extends RouteAuth, O> = A extends "user"
  ? O extends Permission
    ? MemberPrincipal
    : UserPrincipal
  : A extends "cron"
    ? SystemPrincipal
    : A extends "token"
      ? CandidatePrincipal
      : AnonymousPrincipal;
type InputOf<S> = S extends z.ZodType ? z.infer<S> : undefined;

export type RouteSpec<A extends RouteAuth, S extends z.ZodType | undefined, O extends Permission | undefined = undefined> = {
  /** Names the route in logs and error reports. */
  name: string;
  auth: A;
  /**
   * An organisation route (`auth: "user"`, a `[slug]` segment): the caller must be a member of the organisation at
   * that slug (404 otherwise) whose role has this permission (403 otherwise); the context's principal is the member.
   */
  org?: O;
  input?: S;
  /** Defaults to "json" with an input schema, "none" without. */
  body?: BodyMode;
  /** The body's size limit in bytes (default 64 KB). */
  maxBytes?: number;
  limit?: Allowance & {
    /** Charge before the body is read, so invalid requests count too (public routes that must not be probed free). */
    beforeInput?: boolean;
  };
  entitlement?: Feature;
  /** The feature needs the AI audio client: without AI, 503 `ai_unavailable` before the body is read or charged. */
  requiresAudio?: string;
};

export type RouteMeta = { name: string; auth: RouteAuth; body: BodyMode; limited: boolean; org?: Permission };

type NextContext<P> = { params: Promise<P> };
export type DefinedRoute<P> = ((request: Request, context: NextContext<P>) => Promise<Response>) & { route: RouteMeta };

const DEFAULT_MAX_BYTES = 64 * 1024;

export function defineRoute<
  A extends RouteAuth,
  S extends z.ZodType | undefined = undefined,
  P = Record<string, string>,
  O extends Permission | undefined = undefined,
>(
  spec: RouteSpec<A, S, O>,
  handler: (ctx: RequestContext<PrincipalOf<A, O>>, input: InputOf<S>, extra: { request: Request; params: P }) => Promise<Response>,
): DefinedRoute<P> {
  const body: BodyMode = spec.body ?? (spec.input ? "json" : "none");
  const route = async (request: Request, context: NextContext<P>): Promise<Response> => {
    const requestId = randomUUID();
    let limitHeaders: Record<string, string> = {};
    try {
      const services = defaultServices();
      const params = await context.params;
      const authenticated = await authenticate(spec.auth, request, services, params as { token?: string });
      const principal = (
        spec.org && authenticated.kind === "user"
          ? await memberPrincipalFor(authenticated, (params as { slug?: string }).slug, spec.org, services)
          : authenticated
      ) as PrincipalOf<A, O>;
      const ctx = await applyPlan(
        createContext(principal, { requestId, ipHash: hashIp(clientIpFrom(request.headers)), signal: request.signal, services }),
      );
      if (spec.requiresAudio && !ctx.services.audio) {
        throw new AppError("ai_unavailable", `${spec.requiresAudio} needs AI, which is not set up on this server.`);
      }
      const charge = async () => {
        if (!spec.limit) return;
        for (const key of limitKeys(spec.limit, ctx)) limitHeaders = await chargeAllowance(services.limiter, key, spec.limit);
      };
      if (spec.limit?.beforeInput) await charge();
      const input = await readInput(request, body, spec.input, spec.maxBytes ?? DEFAULT_MAX_BYTES);
      if (!spec.limit?.beforeInput) await charge();
      if (spec.entitlement) await requireFeature(ctx, spec.entitlement);
      const response = await handler(ctx, input as InputOf<S>, { request, params });
      for (const [name, value] of Object.entries(limitHeaders)) response.headers.set(name, value);
      return response;
    } catch (caught) {
      const error = toAppError(caught, { route: spec.name, requestId });
      if (error.status < 500) log.info("route_refused", { route: spec.name, code: error.code, fields: Object.keys(error.fields ?? {}) });
      const response = errorResponse(error, error.code === "internal" ? requestId : undefined);
      // Refusals still report the allowance they used.
      for (const [name, value] of Object.entries(limitHeaders)) if (!response.headers.has(name)) response.headers.set(name, value);
      return response;
    }
  };
  return Object.assign(route, { route: { name: spec.name, auth: spec.auth, body, limited: Boolean(spec.limit), org: spec.org } });
}

async function authenticate(
  auth: RouteAuth,
  request: Request,
  services: ReturnType<typeof defaultServices>,
  params: { token?: string },
): Promise<Principal> {
  switch (auth) {
    case "public":
      return { kind: "anonymous" };
    case "token":
      return candidatePrincipalFor(params.token);
    case "cron":
      if (!cronSecret) throw new AppError("unavailable", "Scheduled jobs are not configured on this server.");
      if (!hasBearer(request, cronSecret)) throw new AppError("unauthorized", "A valid cron secret is required.");
      return { kind: "system", job: new URL(request.url).pathname };
    case "user": {
      const session = signedInSessionFromRequest(request);
      const principal = session ? await principalFor(session, services) : null;
      if (!principal) throw new AppError("unauthorized", "Sign in to continue.");
      return principal;
    }
  }
}

/**
 * Whether the request carries `Authorization: Bearer <secret>`. Both sides are hashed first so the buffers
 * timingSafeEqual compares always have the same length, and the comparison leaks neither content nor length.
 */
function hasBearer(request: Request, secret: string): boolean {
  const digest = (value: string) => createHash("sha256").update(value).digest();
  return timingSafeEqual(digest(request.headers.get("authorization") ?? ""), digest(`Bearer ${secret}`));
}

/** Whether a request to a public route also carries the cron secret (operators' extras, e.g. in /api/health). */
export function carriesCronSecret(request: Request): boolean {
  return Boolean(cronSecret) && hasBearer(request, cronSecret!);
}

function limitKeys(allowance: Allowance, ctx: RequestContext): string[] {
  const { principal } = ctx;
  if (allowance.by === "user" && (principal.kind === "user" || principal.kind === "member")) return [userRateLimitKey(principal.user.id)];
  const ip = ctx.ipHash ?? "unknown";
  if (allowance.by === "ip-and-token" && principal.kind === "candidate") return [ip, tokenRateLimitKey(principal.tokenHash)];
  return [ip];
}

async function readInput(request: Request, body: BodyMode, schema: z.ZodType | undefined, maxBytes: number): Promise<unknown> {
  const value = body === "json" || body === "optional-json" ? await readJsonBody(request, maxBytes, { optional: body === "optional-json" }) : undefined;
  return schema ? parseInput(schema, value) : value;
}

const HTTP_METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;
type HttpMethod = (typeof HTTP_METHODS)[number];
type NotAllowed = (() => Promise<Response>) & { notAllowed: true };

/**
 * JSON 405 answers (with `Allow`) for every method a route does not serve. Next's own 405 has neither a body nor
 * `Allow`. Used as `export const { PUT, PATCH, DELETE } = methodsOtherThan("GET", "POST");`.
 */
export function methodsOtherThan(...allowed: HttpMethod[]): Record<Exclude<HttpMethod, never>, NotAllowed> {
  const allow = allowed.join(", ");
  const answer = Object.assign(
    async () =>
      jsonResponse(
        { error: { code: "method_not_allowed", message: `Use ${allowed.join(" or ")}.` } },
        { Allow: allow },
        405,
      ),
    { notAllowed: true as const },
  );
  return Object.fromEntries(HTTP_METHODS.filter((m) => !allowed.includes(m)).map((m) => [m, answer])) as Record<HttpMethod, NotAllowed>;
}
