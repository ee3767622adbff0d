/**
 * The request context: everything a service needs to know about the request it serves, built once by the route,
 * action or page wrapper (or by a job runner) and passed first to every service call.
 *
 *   ctx = { principal, db (scoped to the principal), now(), requestId, ipHash, signal, services, audit(), entitlements() }
 *
 * Services never read the clock, the limiter, the AI client or the database from module state: they take them from
 * here, so a test builds a context with a fixed clock or a local AI server and calls the service directly.
 */
import "server-only";
import { randomUUID } from "node:crypto";
import { recordAuditEvent } from "@/db/queries/audit";
import { type DbScope, type ScopedDb, scopedDb } from "@/db/scoped";
import type { JsonObject } from "@/db/schema";
import { type Entitlements, resolveEntitlements } from "./entitlements";
import type { CandidatePrincipal, MemberPrincipal, Principal, SystemPrincipal, UserPrincipal } from "./principal";
import { defaultServices, type Services } from "./services";
import { offlineQuestionSource } from "@/lib/practice/session/question-source";

/** One audit event as a service describes it; the context adds the actor and the hashed IP. */
export type AuditEntry = {
  /** Dotted verb, e.g. `profile.update`. */
  action: string;
  targetType: string;
  targetId?: string | null;
  oldValues?: JsonObject | null;
  newValues?: JsonObject | null;
  /** The organisation the event belongs to; defaults to a member principal's own. */
  orgId?: string | null;
};

export type RequestContext<P extends Principal = Principal> = {
  readonly principal: P;
  /** The database as the principal: every query runs under row-level security for them. */
  readonly db: ScopedDb;
  /** The clock. Tests pass a fixed one to cross a time limit without waiting. */
  now(): Date;
  /** Names this request in logs, error reports and the 500 body. */
  readonly requestId: string;
  /** A keyed hash of the client IP (never the IP), or null where there is no client (jobs). */
  readonly ipHash: string | null;
  /** Aborts when the client goes away: AI calls and streams stop. */
  readonly signal: AbortSignal;
  readonly services: Services;
  /** Appends an audit event as this principal; pass a transaction's handle to make it part of that transaction. */
  audit(entry: AuditEntry, db?: ScopedDb): Promise<void>;
  /** What the principal's plan allows (lib/context/entitlements.ts): looked up once, on first use. */
  entitlements(): Promise<Entitlements>;
};

export type UserContext = RequestContext<UserPrincipal>;
export type MemberContext = RequestContext<MemberPrincipal>;
export type CandidateContext = RequestContext<CandidatePrincipal>;
export type SystemContext = RequestContext<SystemPrincipal>;

export type ContextOptions = {
  requestId?: string;
  ipHash?: string | null;
  signal?: AbortSignal;
  now?: () => Date;
  services?: Partial<Services>;
};

/** The database scope for a principal: whose rows PostgreSQL lets it see. */
export function scopeFor(principal: Principal): DbScope {
  switch (principal.kind) {
    case "user":
      return { role: "app", userId: principal.user.id };
    case "member":
      return { role: "app", userId: principal.user.id, orgId: principal.organisation.id };
    case "candidate":
      return { role: "app", tokenHash: principal.tokenHash };
    case "anonymous":
      return { role: "app" };
    case "system":
      return { role: "system", job: principal.job };
  }
}

function actorOf(principal: Principal): string | null {
  return principal.kind === "user" || principal.kind === "member" ? principal.user.id : null;
}

function organisationOf(principal: Principal): string | null {
  return principal.kind === "member" ? principal.organisation.id : null;
}

/**
 * A user who withdrew AI processing gets the offline engines whatever the server is configured with: the AI and
 * audio clients are removed from their context, so no service can reach the provider with their data.
 */
export function servicesFor(principal: Principal, services: Services): Services {
  const optedOut = (principal.kind === "user" || principal.kind === "member") && principal.aiProcessing === false;
  return optedOut ? { ...services, ai: null, audio: null, questionSource: offlineQuestionSource } : services;
}

export function createContext<P extends Principal>(principal: P, options: ContextOptions = {}): RequestContext<P> {
  const services = servicesFor(principal, defaultServices(options.services));
  const db = scopedDb(services.database, scopeFor(principal));
  const ipHash = options.ipHash ?? null;
  const now = options.now ?? (() => new Date());
  return {
    principal,
    db,
    now,
    requestId: options.requestId ?? randomUUID(),
    ipHash,
    signal: options.signal ?? new AbortController().signal,
    services,
    async audit(entry, on = db) {
      await recordAuditEvent(on, { ...entry, actorUserId: actorOf(principal), orgId: entry.orgId ?? organisationOf(principal), ipHash });
    },
    entitlements: once(() => resolveEntitlements(principal, db, now(), services.billing)),
  };
}

/** Runs `load` on the first call only; later calls share its promise (a failure is not cached). */
function once<T>(load: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | null = null;
  return () => {
    pending ??= load().catch((error: unknown) => {
      pending = null;
      throw error;
    });
    return pending;
  };
}

/** A context for a scheduled job: the system principal, no client, nothing to abort. */
export function systemContext(job: string, options: Omit<ContextOptions, "ipHash"> = {}): SystemContext {
  return createContext({ kind: "system", job }, options);
}
