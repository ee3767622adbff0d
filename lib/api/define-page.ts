/**
 * The one way to define a page or layout that reads data:
 *
 *   export default definePage({ name, auth: "user", returnTo: (props) => "/practice" }, async (ctx, props) => <…/>);
 *
 * It resolves the principal (a signed-out visitor to a private page goes to sign-in and comes back), builds the
 * request context, and maps errors: an AppError `not_found` renders the 404 page, an unreachable database renders a
 * "temporarily unavailable" notice instead of a crash, and anything else is logged and reported without personal data
 * and rethrown as a bare error (Next would otherwise print the original, SQL parameters and all).
 */
import "server-only";
import { randomUUID } from "node:crypto";
import { notFound, redirect, unstable_rethrow } from "next/navigation";
import type { ReactNode } from "react";
import { createElement } from "react";
import { toAppError } from "@/lib/api/responses";
import { signedInPrincipal } from "@/lib/auth/principal";
import type { AnonymousPrincipal, CandidatePrincipal, MemberPrincipal, UserPrincipal } from "@/lib/context/principal";
import { applyPlan } from "@/lib/billing/entitlements";
import { createContext, type RequestContext } from "@/lib/context/request-context";
import { defaultServices } from "@/lib/context/services";
import { requestIpHash } from "@/lib/security/client-ip";
import { memberPrincipalFor } from "@/lib/orgs/member-principal";
import { candidatePrincipalFor } from "@/lib/security/candidate-principal";
import type { Permission } from "@/lib/orgs/permissions";
import { termsGateRedirect } from "@/lib/privacy/consents/terms-gate";
import { ForbiddenNotice } from "@/components/forbidden-notice";
import { ServiceUnavailable } from "@/components/service-unavailable";

/**
 * "user": sign-in required; "optional": whoever is there, signed in or not; "public": nobody is looked up; "token":
 * the holder of the candidate link in the page's `[token]` segment (nobody signs in).
 */
export type PageAuth = "user" | "optional" | "public" | "token";
type PrincipalOf<A extends PageAuth, O> = A extends "user"
  ? O extends Permission
    ? MemberPrincipal
    : UserPrincipal
  : A extends "optional"
    ? UserPrincipal | AnonymousPrincipal
    : A extends "token"
      ? CandidatePrincipal
      : AnonymousPrincipal;

export type PageSpec<A extends PageAuth, Props, O extends Permission | undefined = undefined> = {
  name: string;
  auth: A;
  /** An organisation page (`auth: "user"`, a `[slug]` segment): the member's role needs this permission. */
  org?: O;
  /** Where sign-in sends the visitor back to (required pages). */
  returnTo?: (props: Props) => Promise<string> | string;
};

export type PageMeta = { name: string; auth: PageAuth; org?: Permission };

export function definePage<A extends PageAuth, Props = Record<string, never>, O extends Permission | undefined = undefined>(
  spec: PageSpec<A, Props, O>,
  render: (ctx: RequestContext<PrincipalOf<A, O>>, props: Props) => Promise<ReactNode>,
): ((props: Props) => Promise<ReactNode>) & { page: PageMeta } {
  const page = async (props: Props): Promise<ReactNode> => {
    const requestId = randomUUID();
    try {
      const services = defaultServices();
      const signedIn = spec.auth === "public" || spec.auth === "token" ? null : await signedInPrincipal();
      if (!signedIn && spec.auth === "user") {
        const returnTo = spec.returnTo ? await spec.returnTo(props) : "/";
        redirect(`/sign-in?redirect_url=${encodeURIComponent(returnTo)}`);
      }
      const termsFirst = signedIn && spec.auth === "user" ? termsGateRedirect(signedIn, spec.name, spec.returnTo ? await spec.returnTo(props) : "/profile") : null;
      if (termsFirst) redirect(termsFirst);
      const principal = (
        spec.auth === "token"
          ? candidatePrincipalFor(await paramOf(props, "token"))
          : spec.org && signedIn
            ? await memberPrincipalFor(signedIn, await paramOf(props, "slug"), spec.org, services)
            : (signedIn ?? { kind: "anonymous" })
      ) as PrincipalOf<A, O>;
      const ctx = await applyPlan(createContext(principal, { requestId, ipHash: await requestIpHash(), services }));
      return await render(ctx, props);
    } catch (caught) {
      unstable_rethrow(caught);
      const error = toAppError(caught, { route: spec.name, requestId });
      if (error.code === "not_found") notFound();
      if (error.code === "forbidden") return createElement(ForbiddenNotice, { message: error.message });
      if (error.code === "database_unavailable") return createElement(ServiceUnavailable, { requestId });
      throw new Error(`${spec.name} failed (reference ${requestId})`);
    }
  };
  return Object.assign(page, { page: { name: spec.name, auth: spec.auth, org: spec.org } });
}

/** A dynamic segment of a page's params (Next passes them as a promise). */
async function paramOf(props: unknown, name: "slug" | "token"): Promise<string | undefined> {
  const params = (props as { params?: Promise<Record<string, string | undefined>> } | undefined)?.params;
  return params ? (await params)[name] : undefined;
}
