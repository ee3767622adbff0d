/**
 * Property-based fuzzing of every route handler in app/, found from the file tree: each method a route defines gets
 * bodies a hostile or broken client might send (arbitrary JSON, the valid input with fields of the wrong type, NUL and
 * lone surrogates, text past every limit, 20,000-deep nesting, prototype keys, unknown fields, text that is not JSON,
 * bodies past 32 and 64 KB, wrong content types, lying content lengths), through the real proxy, signed in and out,
 * with the caller's own session id and with junk in the path. The property: no 5xx but the documented 503s, every
 * refusal the JSON error shape, nothing logged as an unexpected failure, Object.prototype untouched.
 *
 * None has been found. A counterexample fast-check finds goes below as a regular test, named for what it sends, while the
 * app is fixed. FUZZ_SEED replays a run; FUZZ_SCALE=10 searches ten times longer than CI's two-minute budget allows.
 */
import { randomInt } from "node:crypto";
import path from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

// lib/env reads CRON_SECRET once, when it loads: written before the imports below run (as cron-cleanup.test.ts does).
const CRON_SECRET = vi.hoisted(() => {
  const secret = "fuzz-cron-secret-0123456789abcdef";
  process.env.CRON_SECRET = secret;
  vi.resetModules();
  return secret;
});

import type { RouteMeta } from "@/lib/api/define-route";
import { CANDIDATE_CONSENT_VERSION } from "@/lib/assessments/candidate/consent";
import { createOrganisation } from "@/lib/orgs/organisation-service";
import { newLinkToken } from "@/lib/security/link-token";
import { startSession } from "@/lib/practice/session";
import { answerBody, STRONG_ANSWER } from "@/lib/practice/session/answers.fixture";
import { appFiles, loadModule } from "@/tests/helpers/app-files";
import { contextFor, signedInTestUser } from "@/tests/helpers/context";
import { contentType, hostileBody, lyingContentLength, pathSegment, wellFormed } from "@/tests/helpers/fuzz-inputs";
import { callThroughProxy } from "@/tests/helpers/through-proxy";

const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;
type Method = (typeof METHODS)[number];
type Handler = ((request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>) & {
  route?: RouteMeta;
  notAllowed?: true;
};

/** A valid input per JSON route (by route name): the shape the wrong-type bodies start from. */
const VALID_INPUT: Record<string, Record<string, unknown>> = {
  "star-score": { answer: STRONG_ANSWER, question: "Tell me about a time you fixed a failing launch." },
  "practice.sessions.start": { type: "behavioural", count: 3, jobDescription: "Backend engineer, payments team." },
  "practice.sessions.delete-all": { confirm: "delete all" },
  "practice.session.answer": answerBody(STRONG_ANSWER) as Record<string, unknown>,
  "practice.session.follow_up": { action: "answer", ...(answerBody(STRONG_ANSWER) as Record<string, unknown>) },
  "orgs.create": { name: "Acme hiring", slug: "acme-hiring-fuzz" },
  "orgs.update": { name: "Acme hiring" },
  // Not the organisation's name: a valid shape the service refuses, so the fuzzing never deletes the caller's organisation.
  "orgs.delete": { confirmName: "Not the organisation's name" },
  // Not the phrase: the right shape, refused (422), so the fuzzing never deletes the caller's account mid-run.
  "account.delete": { confirm: "not the phrase" },
  "orgs.members.change-role": { role: "reviewer" },
  "orgs.transfer-ownership": { memberId: "00000000-0000-4000-8000-000000000000" },
  "practice.session.save": {
    overallScore: 70,
    answers: [{ position: 1, scores: { structure: 70, relevance: 70, specificity: 70, impact: 70 } }],
  },
  "orgs.invites.create": { email: "fuzz-invitee@example.test", role: "reviewer" },
  "assessments.candidates.invite": { name: "Fuzz Candidate", email: "fuzz-candidate@example.test" },
  "assessments.candidates.extend": { deadlineAt: "2099-01-01T00:00:00Z" },
  // The builder's [assessmentId] and [questionId] are not the caller's, so valid bodies end in a 404 past validation.
  "orgs.assessments.create": { title: "Fuzz screen", roleTitle: "Backend engineer", deadline: { kind: "days", days: 7 } },
  "orgs.assessments.update": { title: "Fuzz screen", proctoring: true },
  "orgs.assessments.questions.add": { source: "custom", text: "Tell me about a hard bug you fixed.", kind: "behavioural", retakes: 1 },
  "orgs.assessments.questions.update": { text: "Tell me about a hard bug you fixed.", timeLimitSeconds: 120 },
  "orgs.assessments.questions.reorder": { questionIds: ["00000000-0000-4000-8000-000000000000"] },
  "orgs.assessments.generate": { jobDescription: "Backend engineer for the payments team, TypeScript and PostgreSQL.", count: 3 },
  "orgs.assessments.status": { status: "open" },
  // The [inviteId] and [answerId] are not the caller's, so valid bodies end in a 404 past validation.
  "assessments.review.rate": { rating: 4, note: "Clear ownership of the rollback." },
  "assessments.review.decide": { decision: "hold" },
  "assessment.start": { consentVersion: CANDIDATE_CONSENT_VERSION },
  "assessment.answer": { answerText: STRONG_ANSWER, mode: "typed", durationMs: 45_000, retakesUsed: 0 },
  "assessment.events": { events: [{ position: 1, kind: "tab_switch", atMs: 1_000 }] },
  // Billing is off in this run: valid bodies end in a 409 past validation.
  "billing.checkout": { plan: "candidate_pro" },
  "orgs.billing.checkout": { seats: 1 },
};

/** The only 5xx answers allowed, by route name: features that need AI answer 503 without it (documented on the route). */
const DOCUMENTED_503: Record<string, string[]> = {
  "practice.follow_up.speech": ["ai_unavailable"],
  "practice.question.speech": ["ai_unavailable"],
  "practice.transcribe": ["ai_unavailable"],
};

/** Runs per method: JSON bodies get the most; methods that read no body, fewer; JSON 405s, a couple. */
const RUNS = { json: 40, other: 6, notAllowed: 2 } as const;
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined;
const SCALE = Number(process.env.FUZZ_SCALE ?? 1);

/** A signed-in caller with a practice session and an organisation they own (organisation routes 404 a non-member). */
type Caller = { cookie: string; sessionId: string; orgSlug: string };

async function newCaller(): Promise<Caller> {
  const { user, cookie } = await signedInTestUser();
  const session = await startSession(contextFor(user), { type: "behavioural", count: 3 });
  const organisation = await createOrganisation(contextFor(user), { name: "Fuzz team" });
  return { cookie, sessionId: session.id, orgSlug: organisation.slug };
}

/** A signed-in caller with a session of their own; a fresh one every `every` calls, so allowances never stop the run. */
function callerPool(every: number): () => Promise<Caller> {
  let current: Caller | undefined;
  let uses = 0;
  return async () => {
    if (!current || uses >= every) {
      current = await newCaller();
      uses = 0;
    }
    uses += 1;
    return current;
  };
}

// Distinct client addresses (server.mjs stamps x-rehearse-socket-ip), so per-IP allowances never end the fuzzing early.
let nextIp = randomInt(0, 2 ** 20);
function clientIp(): string {
  nextIp += 1;
  return `10.${(nextIp >> 16) & 255}.${(nextIp >> 8) & 255}.${nextIp & 255}`;
}

const OWN = "<own session>";
const attempt = (valid: Record<string, unknown> | undefined) =>
  fc.record({
    body: hostileBody(valid),
    contentType,
    contentLength: lyingContentLength,
    accept: fc.constantFrom(null, "application/json", "text/event-stream", "*/*"),
    credential: fc.oneof({ weight: 8, arbitrary: fc.constant("valid" as const) }, { weight: 1, arbitrary: fc.constantFrom("none" as const, "wrong" as const) }),
    id: pathSegment(OWN),
    position: pathSegment("1"),
  });
type Attempt = ReturnType<typeof attempt> extends fc.Arbitrary<infer A> ? A : never;

/** Honest requests, run first every time, so the paths past validation (the answer's event stream too) are covered. */
function honest(valid: Record<string, unknown> | undefined): [Attempt][] {
  const base = { body: JSON.stringify(valid ?? {}), contentType: "application/json", contentLength: null, credential: "valid", id: OWN, position: "1" } as const;
  return [[{ ...base, accept: "text/event-stream" }], [{ ...base, accept: null }]];
}

function paramsFor(file: string, values: Record<string, string>): Record<string, string> {
  return Object.fromEntries([...file.matchAll(/\[([^\]]+)\]/g)].map(([, name]) => [name!, values[name!] ?? "x"]));
}

function urlFor(file: string, params: Record<string, string>): string {
  const route = path
    .dirname(file)
    .replace(/^app/, "")
    .replace(/\[([^\]]+)\]/g, (_, name: string) => encodeURIComponent(wellFormed(params[name] ?? "x")));
  return `http://localhost:3000${route}`;
}

async function send(file: string, method: Method, handler: Handler, auth: string, input: Attempt, caller?: Caller) {
  const params = paramsFor(file, {
    id: input.id === OWN ? (caller?.sessionId ?? "x") : input.id,
    position: input.position,
    slug: caller?.orgSlug ?? "x",
    // A candidate's link: a fresh well-formed token (so bodies reach validation), or the junk segment.
    token: input.id === OWN ? newLinkToken().token : input.id,
  });
  const headers = new Headers({ "x-rehearse-socket-ip": clientIp() });
  if (input.contentType) headers.set("content-type", input.contentType);
  if (input.contentLength) headers.set("content-length", input.contentLength);
  if (input.accept) headers.set("accept", input.accept);
  if (auth === "cron" && input.credential !== "none") headers.set("authorization", `Bearer ${input.credential === "valid" ? CRON_SECRET : "wrong"}`);
  if (caller && input.credential !== "none") headers.set("cookie", input.credential === "valid" ? caller.cookie : "__session=not.a.token; __client_uat=1");
  const body = method === "GET" ? undefined : input.body;
  return callThroughProxy(handler, new Request(urlFor(file, params), { method, headers, body }), params);
}

/** Lines the app logged at error level while the fuzzing ran (an unexpected failure is always logged). */
const errorLines: string[] = [];
beforeAll(() => {
  // The app logs a JSON line per refusal: hundreds here. Swallowed, except errors, which are kept for the property.
  for (const stream of [process.stdout, process.stderr]) {
    const write = stream.write.bind(stream) as (chunk: unknown, ...rest: unknown[]) => boolean;
    vi.spyOn(stream, "write").mockImplementation(((chunk: unknown, ...rest: unknown[]) => {
      const text = String(chunk);
      if (!text.startsWith('{"level":')) return write(chunk, ...rest);
      if (text.startsWith('{"level":"error"')) errorLines.push(text.trim());
      return true;
    }) as typeof stream.write);
  }
});
afterAll(() => {
  vi.restoreAllMocks();
});

/** Status and code of every answer, per method and file: checked to show the fuzzing got past auth into validation. */
const seen = new Map<string, Set<string>>();
function tally(what: string, outcome: string): void {
  seen.set(what, (seen.get(what) ?? new Set<string>()).add(outcome));
}

/** The property for one answer: no 5xx but a documented 503, and every refusal in the JSON error shape. */
async function expectSafeAnswer(response: Response, route: RouteMeta | undefined, what: string): Promise<void> {
  if (response.status < 300) {
    tally(what, String(response.status));
    await response.arrayBuffer();
    expect(errorLines, `${what} logged an unexpected error`).toEqual([]);
    return;
  }
  expect(response.headers.get("content-type"), `${what} answered ${response.status} without JSON`).toMatch(/^application\/json/);
  const body = (await response.json()) as { error?: Record<string, unknown> };
  const error = body.error ?? {};
  tally(what, `${response.status} ${String(error.code)}`);
  expect(Object.keys(body), what).toEqual(["error"]);
  expect(error, what).toMatchObject({ code: expect.any(String), message: expect.any(String) });
  expect(Object.keys(error).every((key) => ["code", "message", "fields", "requestId"].includes(key)), what).toBe(true);
  if (error.fields !== undefined) {
    for (const messages of Object.values(error.fields as Record<string, unknown>)) {
      expect(Array.isArray(messages) && messages.every((message) => typeof message === "string"), what).toBe(true);
    }
  }
  if (response.status >= 500) {
    const allowed = response.status === 503 && (DOCUMENTED_503[route?.name ?? ""] ?? []).includes(error.code as string);
    expect(allowed, `${what} answered ${response.status} ${String(error.code)}`).toBe(true);
  }
  expect(errorLines, `${what} logged an unexpected error`).toEqual([]);
}

const files = appFiles();

describe("fuzzing every route handler", () => {
  it("has a valid input for every route that reads a JSON body", async () => {
    for (const file of files.routes) {
      const mod = (await loadModule(file)) as Partial<Record<Method, Handler>>;
      for (const method of METHODS) {
        const route = mod[method]?.route;
        if (route && (route.body === "json" || route.body === "optional-json")) expect(VALID_INPUT, `${method} ${file}`).toHaveProperty([route.name]);
      }
    }
  });

  it.each(files.routes)("%s answers every hostile request without a 500, refusing in the JSON error shape", async (file) => {
    const mod = (await loadModule(file)) as Partial<Record<Method, Handler>>;
    // A JSON 405 carries no spec: it is called as the file's defined methods are (signed in for a user route).
    const fileAuth = METHODS.map((method) => mod[method]?.route?.auth).find(Boolean) ?? "public";
    // Limited methods get a fresh caller every few calls; the others share one (and its session) for the whole file.
    const shared = callerPool(Infinity);
    for (const method of METHODS) {
      const handler = mod[method];
      if (!handler) continue;
      const route = handler.route;
      const reads = route?.body === "json" || route?.body === "optional-json";
      const numRuns = handler.notAllowed ? RUNS.notAllowed : reads ? RUNS.json : RUNS.other;
      const auth = route?.auth ?? fileAuth;
      const caller = auth !== "user" ? undefined : route?.limited ? callerPool(5) : shared;
      await fc.assert(
        fc.asyncProperty(attempt(route ? VALID_INPUT[route.name] : undefined), async (input) => {
          errorLines.length = 0;
          const response = await send(file, method, handler, auth, input, caller ? await caller() : undefined);
          await expectSafeAnswer(response, route, `${method} ${file}`);
        }),
        { numRuns: Math.ceil(numRuns * SCALE), seed: SEED, examples: handler.notAllowed ? [] : honest(route && VALID_INPUT[route.name]) },
      );
      // A broken sign-in helper would make every call a 401 and the property vacuous: the bodies must reach validation.
      const outcomes = [...(seen.get(`${method} ${file}`) ?? [])];
      if (reads) expect(outcomes, `${method} ${file} never reached validation`).toContainEqual(expect.stringMatching(/^422 /));
    }
    expect(Object.prototype, "a body polluted Object.prototype").not.toHaveProperty("polluted");
  }, 90_000 * SCALE);
});
