import type { ErrorEvent, Event } from "@sentry/nextjs";
import { describe, expect, it } from "vitest";
import { isSensitiveKey, REDACTED, redact, scrubBreadcrumb, scrubEvent, scrubText, SENSITIVE_KEYS } from "./scrub";

const CV = "Ada Lovelace, Senior Engineer at Analytical Engines Ltd. Led a team of nine building difference engines.";
const ANSWER = "In my last role I noticed our deploys were failing twice a week, so I set up a canary pipeline.";
const JOB = "We are hiring a staff engineer to own our payments platform and mentor three squads.";

/** An event shaped like the ones the Next.js server SDK produces for a failing server action. */
function serverEvent(): ErrorEvent {
  return {
    type: undefined,
    event_id: "0123456789abcdef0123456789abcdef",
    level: "error",
    platform: "node",
    transaction: "POST /practice/[sessionId]?draft=1",
    user: { id: "user_2abc", email: "ada@example.com", ip_address: "203.0.113.7", username: "ada" },
    request: {
      method: "POST",
      url: "https://rehearse.app/practice/s_1?answer=I%20led%20a%20team&utm_source=mail",
      query_string: "answer=I%20led%20a%20team",
      data: JSON.stringify({ answerText: ANSWER }),
      cookies: { __session: "eyJhbGciOi.session.jwt", __client_uat: "1700000000" },
      headers: {
        cookie: "__session=eyJhbGciOi.session.jwt",
        authorization: "Bearer sk_live_123",
        "x-clerk-auth-token": "clerk-token",
        "x-clerk-auth-status": "signed-in",
        "x-forwarded-for": "203.0.113.7",
        "user-agent": "Mozilla/5.0",
        referer: "https://rehearse.app/profile?email=ada@example.com",
      },
      env: { REMOTE_ADDR: "203.0.113.7" },
    },
    extra: {
      cvText: CV,
      profile: { targetRole: "Staff engineer", goals: "Get promoted", jobDescription: JOB, updatedAt: "2025-01-01" },
      current: { position: 2, question: "Tell me about a time you led a change.", answer_text: ANSWER },
      payload: { answers: [{ answerText: ANSWER }] },
      sessionId: "s_1",
      note: "contact ada@example.com for details",
    },
    tags: { route: "/practice/[sessionId]", email: "ada@example.com" },
    contexts: {
      runtime: { name: "node", version: "v20.11.0" },
      os: { name: "Linux" },
      geo: { city: "London", country_code: "GB" },
      nextjs: { request_path: "/practice/s_1?answer=secret", router_kind: "App Router" },
      openai: { model: "gpt-4o-mini", messages: [{ role: "user", content: `Score this answer: ${ANSWER}` }] },
    },
    breadcrumbs: [
      { category: "http", type: "http", data: { url: "https://api.openai.com/v1/chat?key=abc", method: "POST", status_code: 500 } },
      { category: "practice", message: `Saving answer ${ANSWER}`, data: { answer: ANSWER, position: 2 } },
      { category: "console", message: `debug ${CV}`, data: { arguments: [CV] } },
    ],
    exception: {
      values: [
        {
          type: "DrizzleQueryError",
          value: `Failed query: insert into "practice_answers" ("answer_text") values ($1)\nparams: ${ANSWER}`,
          stacktrace: { frames: [{ filename: "app:///lib/practice/save.ts", lineno: 12, vars: { answerText: ANSWER } }] },
        },
        { type: "error", value: `null value in column "user_id" violates not-null constraint. Failing row contains (1, null, ${ANSWER}).` },
      ],
    },
  };
}

function everything(event: unknown): string {
  return JSON.stringify(event);
}

describe("scrubEvent", () => {
  it("removes CV text, answers and job descriptions from every part of a server event", () => {
    const out = everything(scrubEvent(serverEvent()));
    for (const secret of [CV, ANSWER, JOB, "I led a team", "Staff engineer", "Get promoted"]) {
      expect(out).not.toContain(secret);
    }
  });

  it("drops the user, request body, cookies, query strings and credential headers", () => {
    const out = scrubEvent(serverEvent());
    expect(out.user).toBeUndefined();
    expect(out.request).toEqual({
      method: "POST",
      url: "https://rehearse.app/practice/s_1",
      headers: { "user-agent": "Mozilla/5.0", referer: "https://rehearse.app/profile" },
    });
    expect(everything(out)).not.toMatch(/session\.jwt|sk_live|clerk-token|signed-in|203\.0\.113\.7/);
  });

  it("masks email addresses wherever they appear", () => {
    const out = scrubEvent(serverEvent());
    expect(everything(out)).not.toContain("ada@example.com");
    expect(out.extra?.note).toBe("contact [email] for details");
  });

  it("keeps what makes the error debuggable", () => {
    const out = scrubEvent(serverEvent());
    expect(out.exception?.values?.map((v) => v.type)).toEqual(["DrizzleQueryError", "error"]);
    expect(out.exception?.values?.[0]?.value).toBe(
      `Failed query: insert into "practice_answers" ("answer_text") values ($1)\nparams: ${REDACTED}`,
    );
    expect(out.exception?.values?.[1]?.value).toBe(
      `null value in column "user_id" violates not-null constraint. Failing row contains (${REDACTED}).`,
    );
    expect(out.exception?.values?.[0]?.stacktrace?.frames).toEqual([{ filename: "app:///lib/practice/save.ts", lineno: 12 }]);
    expect(out.transaction).toBe("POST /practice/[sessionId]");
    expect(out.extra?.sessionId).toBe("s_1");
    expect(out.tags).toEqual({ route: "/practice/[sessionId]", email: REDACTED });
    expect(out.contexts?.runtime).toEqual({ name: "node", version: "v20.11.0" });
    expect(out.contexts?.nextjs).toEqual({ request_path: "/practice/s_1", router_kind: "App Router" });
    expect(out.contexts?.geo).toBeUndefined();
  });

  it("keeps interview questions, which are ours", () => {
    const out = scrubEvent(serverEvent());
    expect(everything(out)).toContain("Tell me about a time you led a change.");
  });

  it("scrubs breadcrumbs and drops console ones", () => {
    const crumbs = scrubEvent(serverEvent()).breadcrumbs ?? [];
    expect(crumbs.map((b) => b.category)).toEqual(["http", "practice"]);
    expect(crumbs[0]?.data).toEqual({ url: "https://api.openai.com/v1/chat", method: "POST", status_code: 500 });
    expect(crumbs[1]?.data).toEqual({ answer: REDACTED, position: 2 });
  });

  it("does not mutate the event it is given", () => {
    const event = serverEvent();
    scrubEvent(event);
    expect(event.extra?.cvText).toBe(CV);
    expect(event.user?.email).toBe("ada@example.com");
  });

  it("scrubs span data and descriptions on transactions", () => {
    const transaction: Event = {
      type: "transaction",
      transaction: "GET /profile",
      spans: [
        {
          span_id: "1",
          trace_id: "2",
          start_timestamp: 0,
          description: "GET https://rehearse.app/api/profile?email=ada@example.com",
          data: { "http.query": "?email=ada@example.com", "gen_ai.prompt": CV, prompt: CV },
        },
      ],
    };
    const out = scrubEvent(transaction);
    expect(out.spans?.[0]?.description).toBe("GET https://rehearse.app/api/profile");
    expect(everything(out)).not.toContain(CV);
    expect(everything(out)).not.toContain("ada@example.com");
  });
});

describe("scrubBreadcrumb", () => {
  it("replaces long free text in messages", () => {
    const out = scrubBreadcrumb({ category: "ui", message: `Candidate wrote: ${"word ".repeat(40)}` });
    expect(out?.message).toMatch(/^\[Filtered\] \(\d+ chars of free text\)$/);
  });

  it("keeps short technical messages", () => {
    expect(scrubBreadcrumb({ category: "navigation", message: "GET /api/health [200]" })?.message).toBe("GET /api/health [200]");
  });

  it("strips query strings from navigation targets", () => {
    const out = scrubBreadcrumb({ category: "navigation", data: { from: "/profile?cv=mine", to: "/practice/new?role=cto" } });
    expect(out?.data).toEqual({ from: "/profile", to: "/practice/new" });
  });
});

describe("scrubText", () => {
  it("redacts quoted and key-value user text in error messages", () => {
    expect(scrubText(`Unexpected token 'I', "I led a team of nine engineers" is not valid JSON`)).toBe(
      `Unexpected token 'I', "${REDACTED}" is not valid JSON`,
    );
    expect(scrubText(`{"answer":"I led","position":2}`)).toBe(`{"answer":${REDACTED},"position":2}`);
    expect(scrubText("validation failed: cvText=Ada&role=cto")).toBe(`validation failed: cvText=${REDACTED}&role=cto`);
    expect(scrubText("boom while scoring: answer=I led a canary rollout\nat score()")).toBe(
      `boom while scoring: answer=${REDACTED}\nat score()`,
    );
    expect(scrubText('Key (email)=(ada@example.com) already exists.')).toBe(`Key (email)=(${REDACTED}) already exists.`);
  });

  it("leaves ordinary messages readable", () => {
    expect(scrubText("Invalid input: expected string, received undefined")).toBe("Invalid input: expected string, received undefined");
    expect(scrubText("Cannot read properties of undefined (reading 'name')")).toBe("Cannot read properties of undefined (reading 'name')");
    expect(scrubText("content-type: application/json")).toBe("content-type: application/json");
    expect(scrubText("Cannot find module '@/lib/observability/missing-module'")).toBe(
      "Cannot find module '@/lib/observability/missing-module'",
    );
  });
});

describe("redact", () => {
  it("matches sensitive keys across naming styles", () => {
    expect(["cvText", "cv_text", "CV-Text", "answerText", "display_name", "Set-Cookie"].every(isSensitiveKey)).toBe(true);
    // A follow-up question quotes the candidate's answer.
    expect(["followUp", "follow_up"].every(isSensitiveKey)).toBe(true);
    expect(isSensitiveKey("question")).toBe(false);
    expect(SENSITIVE_KEYS).toContain("transcript");
  });

  it("survives cycles and keeps nulls", () => {
    const value: Record<string, unknown> = { email: null, answer: undefined };
    value.self = value;
    expect(redact(value)).toEqual({ email: null, answer: undefined, self: "[Circular]" });
  });
});
