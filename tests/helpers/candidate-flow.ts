/**
 * Candidate links for integration tests: an assessment, its questions and one invite, seeded as an administrator
 * would (the raw handle, past row-level security), and the calls a candidate's browser makes, to the real route
 * handlers with its own device cookie and address.
 */
import { randomInt, randomUUID } from "node:crypto";
import { getDb } from "@/db/client";
import {
  type Assessment,
  type AssessmentQuestion,
  assessmentQuestions,
  assessments,
  type CandidateInvite,
  candidateInvites,
  type Organisation,
  organisations,
} from "@/db/schema";
import type { CandidatePrincipal } from "@/lib/context/principal";
import { type CandidateContext, type ContextOptions, createContext } from "@/lib/context/request-context";
import { newLinkToken } from "@/lib/security/link-token";

export type SeededQuestion = Partial<Pick<AssessmentQuestion, "text" | "kind" | "competencies" | "timeLimitSeconds" | "timeLimitMode" | "modes" | "retakes">>;

export type CandidateLinkSeed = {
  status?: Assessment["status"];
  proctoring?: boolean;
  practiceQuestion?: boolean;
  questions?: SeededQuestion[];
  /** The invite's deadline (default: a week from now). */
  deadlineAt?: Date;
  inviteStatus?: CandidateInvite["status"];
  candidateName?: string;
  candidateEmail?: string;
  retentionDays?: number;
  organisationName?: string;
};

export type SeededLink = {
  token: string;
  tokenHash: string;
  organisation: Organisation;
  assessment: Assessment;
  questions: AssessmentQuestion[];
  invite: CandidateInvite;
};

export const DEFAULT_QUESTIONS: SeededQuestion[] = [
  { text: "Tell me about a time you fixed a failing product launch under pressure.", competencies: ["delivery_under_pressure"] },
  { text: "Describe a disagreement with a colleague and how you resolved it.", competencies: ["conflict"], timeLimitMode: "hard", timeLimitSeconds: 60 },
];

/** A new organisation with an open assessment, its questions and one invite with a fresh token. */
export async function seedCandidateLink(seed: CandidateLinkSeed = {}): Promise<SeededLink> {
  const raw = await getDb();
  const slug = `org-${randomUUID().slice(0, 8)}`;
  const [organisation] = await raw
    .insert(organisations)
    .values({ name: seed.organisationName ?? `Hiring ${slug}`, slug, retentionDays: seed.retentionDays ?? 180 })
    .returning();
  const orgId = organisation!.id;
  const [assessment] = await raw
    .insert(assessments)
    .values({
      orgId,
      title: "Backend engineer screen",
      roleTitle: "Backend Engineer",
      introduction: "Three short questions about your work.",
      status: seed.status ?? "open",
      proctoring: seed.proctoring ?? true,
      practiceQuestion: seed.practiceQuestion ?? true,
      deadlineDays: 7,
    })
    .returning();
  const questions = await raw
    .insert(assessmentQuestions)
    .values(
      (seed.questions ?? DEFAULT_QUESTIONS).map((q, i) => ({
        orgId,
        assessmentId: assessment!.id,
        position: i + 1,
        text: q.text ?? `Question ${i + 1}: tell me about a project you led.`,
        kind: q.kind ?? "behavioural",
        competencies: q.competencies ?? [],
        source: "custom" as const,
        timeLimitSeconds: q.timeLimitSeconds ?? 180,
        timeLimitMode: q.timeLimitMode ?? "soft",
        modes: q.modes ?? "both",
        retakes: q.retakes ?? 1,
      })),
    )
    .returning();
  const { token, tokenHash } = newLinkToken();
  const [invite] = await raw
    .insert(candidateInvites)
    .values({
      orgId,
      assessmentId: assessment!.id,
      candidateName: seed.candidateName ?? "Casey Candidate",
      candidateEmail: seed.candidateEmail ?? `casey-${randomUUID()}@example.test`,
      tokenHash,
      status: seed.inviteStatus ?? "invited",
      deadlineAt: seed.deadlineAt ?? new Date(Date.now() + 7 * 24 * 60 * 60 * 1000),
    })
    .returning();
  return { token, tokenHash, organisation: organisation!, assessment: assessment!, questions: questions.sort((a, b) => a.position - b.position), invite: invite! };
}

/** The context a request holding the link gets (the wrapper's candidate principal). */
export function candidateContextFor(token: Pick<SeededLink, "tokenHash">, options: ContextOptions = {}): CandidateContext {
  const principal: CandidatePrincipal = { kind: "candidate", tokenHash: token.tokenHash };
  return createContext(principal, { ipHash: `ip-${randomUUID()}`, ...options });
}

/** A browser: its own address, and the device cookie it was given (none until it starts). */
export type Browser = { ip: string; cookie: string | null };

export function newBrowser(cookieSecret?: string): Browser {
  return { ip: `10.${randomInt(0, 255)}.${randomInt(0, 255)}.${randomInt(1, 255)}`, cookie: cookieSecret ? `rehearse_attempt=${cookieSecret}` : null };
}

/** Any route handler: its params are whatever its segments are (typed `never` here, so every route is accepted). */
type Handler = (request: Request, context: { params: Promise<never> }) => Promise<Response>;

/** Calls a candidate route handler as `browser`, keeping any device cookie it sets. */
export async function callAsBrowser(
  browser: Browser,
  handler: Handler,
  input: { token: string; path?: string; method?: "GET" | "POST"; body?: unknown; params?: Record<string, string>; query?: string },
): Promise<Response> {
  const headers = new Headers({ "x-rehearse-socket-ip": browser.ip });
  if (browser.cookie) headers.set("cookie", browser.cookie);
  if (input.body !== undefined) headers.set("content-type", "application/json");
  const url = `http://localhost:3000/api/assessment/${input.token}${input.path ?? ""}${input.query ?? ""}`;
  const request = new Request(url, { method: input.method ?? "GET", headers, body: input.body === undefined ? undefined : JSON.stringify(input.body) });
  const response = await handler(request, { params: Promise.resolve({ token: input.token, ...input.params }) as Promise<never> });
  const set = response.headers.getSetCookie().find((c) => c.startsWith("rehearse_attempt="));
  if (set) browser.cookie = set.split(";")[0]!;
  return response;
}
