/**
 * The one way to define a server action:
 *
 *   export const saveAction = defineAction({ name, auth, input, limit, entitlement }, (ctx, input) => service(ctx, input));
 *
 * The result is the action itself: a form calls it as `(previousState, formData)` (through `useActionState`), code
 * as `(input)`. It carries its spec as `action`, which the authorisation matrix reads from every "use server" file.
 * It authenticates (a signed-out caller gets a form message, not a throw), resolves the principal, validates with the
 * shared zod schema, charges the rate limit, checks the entitlement, and runs the handler with the request context.
 * Refusals come back as form state with the submitted values, so a form never loses what the user typed; Next's own
 * redirect and not-found signals pass through. Unexpected errors are logged and reported without personal data.
 */
import "server-only";
import { randomUUID } from "node:crypto";
import { unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import type { ActionState } from "@/lib/api/action-state";
import { AppError } from "@/lib/api/app-error";
import { toAppError } from "@/lib/api/responses";
import { fieldErrorsFrom } from "@/lib/api/validation";
import { signedInPrincipal } from "@/lib/auth/principal";
import { applyPlan, requireFeature } from "@/lib/billing/entitlements";
import type { Feature } from "@/lib/context/entitlements";
import type { AnonymousPrincipal, MemberPrincipal, UserPrincipal } from "@/lib/context/principal";
import { createContext, type RequestContext } from "@/lib/context/request-context";
import { defaultServices } from "@/lib/context/services";
import { log } from "@/lib/observability/logger";
import { memberPrincipalFor } from "@/lib/orgs/member-principal";
import type { Permission } from "@/lib/orgs/permissions";
import { type Allowance, chargeAllowance, userRateLimitKey } from "@/lib/ratelimit/allowance";
import { requestIpHash } from "@/lib/security/client-ip";

export type { ActionState } from "@/lib/api/action-state";

/** "user": signed in or refused; "optional": whoever is there; "public": nobody is looked up. */
export type ActionAuth = "user" | "optional" | "public";
type PrincipalOf<A extends ActionAuth, O> = A extends "user"
  ? O extends Permission
    ? MemberPrincipal
    : UserPrincipal
  : A extends "optional"
    ? UserPrincipal | AnonymousPrincipal
    : AnonymousPrincipal;

export type ActionSpec<A extends ActionAuth, S extends z.ZodType, O extends Permission | undefined = undefined> = {
  name: string;
  auth: A;
  /**
   * An organisation action (`auth: "user"`): the input's `orgSlug` names the organisation; the caller must be a
   * member (404 otherwise) whose role has this permission (403 otherwise).
   */
  org?: O;
  input: S;
  limit?: Allowance;
  entitlement?: Feature;
};

export type ActionResult<T> = { message: string; data?: T };
export type ActionMeta = { name: string; auth: ActionAuth; limited: boolean; org?: Permission };

export type DefinedAction<T> = {
  /** From a form: its text fields (files are ignored) are the input, and a refusal hands them back. */
  (previous: ActionState, formData: FormData): Promise<ActionState<T>>;
  (input: unknown): Promise<ActionState<T>>;
  action: ActionMeta;
};

export function defineAction<A extends ActionAuth, S extends z.ZodType, T = undefined, O extends Permission | undefined = undefined>(
  spec: ActionSpec<A, S, O>,
  handler: (ctx: RequestContext<PrincipalOf<A, O>>, input: z.infer<S>) => Promise<ActionResult<T>>,
): DefinedAction<T> {
  const run = async (input: unknown): Promise<ActionState<T>> => {
    const requestId = randomUUID();
    try {
      const services = defaultServices();
      const signedIn = await resolvePrincipal(spec.auth);
      const principal = (
        spec.org && signedIn.kind === "user" ? await memberPrincipalFor(signedIn, slugOf(input), spec.org, services) : signedIn
      ) as PrincipalOf<A, O>;
      const ctx = await applyPlan(createContext(principal, { requestId, ipHash: await requestIpHash(), services }));
      const parsed = spec.input.safeParse(input);
      if (!parsed.success) {
        const fields = fieldErrorsFrom(parsed.error);
        log.info("action_rejected", { action: spec.name, fields: Object.keys(fields) });
        return { status: "error", message: "Please fix the highlighted fields.", fields };
      }
      if (spec.limit) {
        const key = principal.kind === "anonymous" ? (ctx.ipHash ?? "unknown") : userRateLimitKey(principal.user.id);
        await chargeAllowance(services.limiter, key, spec.limit);
      }
      if (spec.entitlement) await requireFeature(ctx, spec.entitlement);
      const result = await handler(ctx, parsed.data);
      return { status: "success", message: result.message, data: result.data };
    } catch (caught) {
      unstable_rethrow(caught);
      const error = toAppError(caught, { action: spec.name, requestId });
      if (error.status < 500) log.info("action_refused", { action: spec.name, code: error.code });
      const message =
        error.code === "internal" ? `Something went wrong on our side. Your input is still here; try again. (Reference ${requestId})` : error.message;
      return { status: "error", message, fields: error.fields, ...(error.upgradeUrl ? { upgradeUrl: error.upgradeUrl } : {}) };
    }
  };
  const action = async (...args: [unknown] | [ActionState, FormData]): Promise<ActionState<T>> => {
    if (args.length < 2 || !(args[1] instanceof FormData)) return run(args[0]);
    const values = formValues(args[1]);
    const state = await run(values);
    return state.status === "error" ? { ...state, values } : state;
  };
  return Object.assign(action, { action: { name: spec.name, auth: spec.auth, limited: Boolean(spec.limit), org: spec.org } }) as DefinedAction<T>;
}

async function resolvePrincipal(auth: ActionAuth) {
  if (auth === "public") return { kind: "anonymous" } as const;
  const principal = await signedInPrincipal();
  if (principal) return principal;
  if (auth === "optional") return { kind: "anonymous" } as const;
  throw new AppError("unauthorized", "Your session has ended. Sign in again to continue.");
}

/** The organisation an action names: its input's `orgSlug`. */
function slugOf(input: unknown): string | undefined {
  const slug = (input as { orgSlug?: unknown } | null)?.orgSlug;
  return typeof slug === "string" ? slug : undefined;
}

/** FormData to a plain object of its text fields (Next's own `$ACTION…` fields left out). */
export function formValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  formData.forEach((value, key) => {
    if (typeof value === "string" && !key.startsWith("$ACTION")) values[key] = value;
  });
  return values;
}
