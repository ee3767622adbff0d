/**
 * Runs the real Sentry server SDK, configured exactly as production (`sentryServerOptions`), against a local ingest
 * endpoint, and proves that what actually goes over the wire carries no CV text, answer, email or session token.
 *
 * The order of the tests matters: the Next.js SDK refuses a second `init` in one process, so the "no DSN" case runs
 * before the SDK is started.
 */
import * as Sentry from "@sentry/nextjs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { initSentryServer, onRequestError, reportError, sentryServerOptions } from "@/lib/observability/sentry-server";
import { type SentrySink, startSentrySink } from "@/tests/helpers/sentry-sink";

// Distinctive markers, so a hit in the raw envelope can only mean a leak.
const CV = "Grace Hopper CV: COBOL compiler lead at Remington Rand, markerCV9931 rear admiral";
const ANSWER = "I set up a canary pipeline markerANSWER4417 and cut failed deploys by half";
const EMAIL = "grace.hopper@example.com";
const SESSION = "sess_markerTOKEN5520";
const LEAKS = [CV, "markerCV9931", ANSWER, "markerANSWER4417", encodeURIComponent(ANSWER), EMAIL, SESSION, "Remington"];

class AnswerScoringError extends Error {
  override name = "AnswerScoringError";
}

let sink: SentrySink;

beforeAll(async () => {
  sink = await startSentrySink();
});

afterAll(async () => {
  await Sentry.close(2_000);
  await sink.close();
});

function expectNoLeaks(raw: string) {
  for (const leak of LEAKS) expect(raw, `envelope leaks ${leak}`).not.toContain(leak);
}

describe("Sentry scrubbing over the wire", () => {
  it("sends nothing when the DSN is unset", async () => {
    expect(sentryServerOptions(undefined).enabled).toBe(false);
    expect(initSentryServer({ dsn: undefined, environment: "test", enabled: false })).toBe(false);
    // Even an inconsistent config (adapter on, no DSN) must not start the SDK, which would fall back to process.env.
    expect(initSentryServer({ dsn: undefined, environment: "test", enabled: true })).toBe(false);
    expect(Sentry.getClient()).toBeUndefined();

    Sentry.captureException(new AnswerScoringError("scoring failed"));
    // Nothing can be in flight after this: a client's flush resolves once its transport's requests are answered, and
    // the sink records an envelope before it answers. (Here there is no client, so flush has nothing to wait for.)
    await Sentry.flush(500);
    expect(sink.rawEnvelopes).toEqual([]);
  });

  it("strips CV text, answers, emails, cookies and bodies from a captured exception", async () => {
    expect(initSentryServer({ dsn: sink.dsn, environment: "test", enabled: true })).toBe(true);

    Sentry.withScope((scope) => {
      scope.setUser({ id: "user_2abc", email: EMAIL, username: "grace" });
      scope.setExtra("cvText", CV);
      scope.setExtra("profile", { targetRole: "Rear admiral", goals: ANSWER, displayName: "Grace Hopper" });
      scope.setContext("practice", { sessionId: "s_1", question: "Tell me about a time you led a change.", answerText: ANSWER });
      scope.setTag("candidate_email", EMAIL);
      // The request as the SDK records it for a server action: body, cookies, credential headers and a query string.
      scope.setSDKProcessingMetadata({
        normalizedRequest: {
          method: "POST",
          url: `https://rehearse.test/practice/s_1?answer=${encodeURIComponent(ANSWER)}`,
          query_string: `answer=${encodeURIComponent(ANSWER)}`,
          headers: {
            cookie: `__session=${SESSION}`,
            authorization: `Bearer ${SESSION}`,
            "x-clerk-auth-token": SESSION,
            "user-agent": "vitest",
          },
          cookies: { __session: SESSION },
          data: JSON.stringify({ answerText: ANSWER, cvText: CV, email: EMAIL }),
        },
      });
      // Through the SDK's beforeBreadcrumb, and straight onto the scope (which only beforeSend sees).
      Sentry.addBreadcrumb({ category: "practice", message: `Saving answer: ${ANSWER}`, data: { answer: ANSWER } });
      scope.addBreadcrumb({ category: "profile", message: `CV uploaded by ${EMAIL}`, data: { cv: CV } });
      Sentry.captureException(
        new AnswerScoringError(`Scoring failed for ${EMAIL}`, {
          cause: new Error(`null value in column "user_id". Failing row contains (7, null, ${ANSWER})`),
        }),
      );
    });

    await Sentry.flush(5_000);
    const [event] = await sink.waitForEvents(1);
    const raw = sink.rawEnvelopes.join("\n");

    expectNoLeaks(raw);
    // Proof that something real was sent, and that it is still useful for debugging.
    expect(raw).toContain("AnswerScoringError");
    expect(raw).toContain("Scoring failed for [email]");
    expect(raw).toContain("Tell me about a time you led a change.");
    expect(event?.user).toBeUndefined();
    expect(event?.request).toMatchObject({ method: "POST", url: "https://rehearse.test/practice/s_1" });
    expect(event?.request).not.toHaveProperty("data");
    expect(event?.request).not.toHaveProperty("cookies");
  });

  it("strips the query string and cookies from errors reported by Next's onRequestError hook", async () => {
    const before = sink.events.length;
    const envelopesBefore = sink.rawEnvelopes.length;
    onRequestError(
      new AnswerScoringError("render failed"),
      {
        path: `/practice/s_1?answer=${encodeURIComponent(ANSWER)}&email=${EMAIL}`,
        method: "GET",
        headers: { cookie: `__session=${SESSION}`, "x-clerk-auth-token": SESSION, "user-agent": "vitest" },
      },
      { routerKind: "App Router", routePath: "/practice/[sessionId]", routeType: "render" },
    );
    await Sentry.flush(5_000);
    const events = await sink.waitForEvents(before + 1);

    expectNoLeaks(sink.rawEnvelopes.slice(envelopesBefore).join("\n"));
    const event = events.at(-1) as { contexts?: { nextjs?: unknown }; transaction?: string };
    expect(event.contexts?.nextjs).toMatchObject({ request_path: "/practice/s_1", route_type: "render" });
    expect(event.transaction).toBe("GET /practice/[sessionId]");
  });

  it("reports errors the route wrappers caught, tagged with the route and request id", async () => {
    const before = sink.events.length;
    const envelopesBefore = sink.rawEnvelopes.length;
    reportError(new AnswerScoringError(`could not parse {"answer":"${ANSWER}"}`), { route: "answers.create", requestId: "req_42" });
    await Sentry.flush(5_000);
    const events = await sink.waitForEvents(before + 1);

    expectNoLeaks(sink.rawEnvelopes.slice(envelopesBefore).join("\n"));
    expect(events.at(-1)).toMatchObject({ tags: { route: "answers.create", request_id: "req_42" } });
  });

  it("sends no transactions, because tracing is off", () => {
    expect(sink.envelopes.flatMap((e) => e.items.map((i) => i.header.type))).not.toContain("transaction");
  });
});
