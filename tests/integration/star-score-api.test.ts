import { randomInt } from "node:crypto";
import { describe, expect, it } from "vitest";
import { DELETE, GET, POST } from "@/app/api/star-score/route";
import { callThroughProxy } from "@/tests/helpers/through-proxy";

const url = "http://localhost:3000/api/star-score";
const STRONG =
  "Last spring our checkout service failed under peak load. I was responsible for stabilising it before Black Friday. " +
  "I profiled the slow queries, added a cache in front of the pricing service and wrote load tests. " +
  "As a result, p99 latency dropped from 2.4 s to 300 ms and we had zero outages during the sale.";

/** A fresh random client IP per test, so runs never share an allowance (Redis keeps counts between runs). */
function clientIp() {
  return `198.51.${randomInt(0, 255)}.${randomInt(1, 254)}`;
}

function post(ip: string, body: string, headers: Record<string, string> = {}) {
  return callThroughProxy(
    POST,
    new Request(url, {
      method: "POST",
      body,
      headers: { "content-type": "application/json", "x-rehearse-socket-ip": ip, ...headers },
    }),
  );
}

describe("POST /api/star-score", () => {
  it("scores an answer in the documented shape with rate-limit headers", async () => {
    const response = await post(clientIp(), JSON.stringify({ answer: STRONG, question: "Tell me about a time you fixed an outage." }));
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body).toMatchObject({ engine: "rubric", rubricVersion: expect.any(String), quantifiedResult: true });
    expect(body.overall).toBeGreaterThan(60);
    for (const part of ["situation", "task", "action", "result"]) {
      expect(body.parts[part]).toMatchObject({ score: expect.any(Number), feedback: expect.any(String), sentences: expect.any(Array) });
    }
    expect(body.sentences.length).toBeGreaterThanOrEqual(4);
    expect(body.ownership.i).toBeGreaterThan(0);
    expect(body.suggestions.length).toBeGreaterThanOrEqual(3);
    expect(body.wordCount).toBeGreaterThan(40);
    expect(response.headers.get("RateLimit-Limit")).toBe("5");
    expect(response.headers.get("RateLimit-Remaining")).toBe("4");
    expect(Number(response.headers.get("RateLimit-Reset"))).toBeGreaterThan(0);
    expect(body.insufficientEvidence).toBeNull();
    for (const quote of body.parts.action.quotes) expect(STRONG).toContain(quote);
    expect(body.parts.action.quotes.length).toBeGreaterThan(0);
  });

  it("declines to score an off-topic answer and says why", async () => {
    const recipe = "Preheat the oven to 180 degrees. Mash three ripe bananas, stir in the flour and bake for an hour until golden.";
    const response = await post(clientIp(), JSON.stringify({ answer: recipe, question: "Tell me about a time you fixed an outage." }));
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.insufficientEvidence).toEqual({ reason: "off_topic", message: expect.any(String) });
    expect(body.overall).toBe(0);
  });

  it.each([
    ["non-JSON", "answer=hello", 400],
    ["a missing answer", JSON.stringify({ question: "Why?" }), 422],
    ["an empty answer", JSON.stringify({ answer: "   " }), 422],
    ["an over-long answer", JSON.stringify({ answer: "a".repeat(5_001) }), 422],
    ["a non-string answer", JSON.stringify({ answer: 42 }), 422],
    ["a non-object body", JSON.stringify(["answer"]), 422],
    ["null", "null", 422],
    ["an unknown small field", JSON.stringify({ answer: STRONG, admin: true }), 422],
    // Past STAR_REQUEST_MAX_BYTES the route wrapper refuses the body unread: 413, no longer a 400 from the parser.
    ["an extra huge field", JSON.stringify({ answer: STRONG, padding: "x".repeat(200_000) }), 413],
  ])("rejects %s with a JSON error, never a 500", async (_label, body, status) => {
    const response = await post(clientIp(), body);
    expect(response.status).toBe(status);
    const json = await response.json();
    expect(json.error).toMatchObject({ code: expect.any(String), message: expect.any(String) });
    expect(response.headers.get("RateLimit-Remaining")).toBe("4");
  });

  it("names the bad field for invalid input", async () => {
    const response = await post(clientIp(), JSON.stringify({ answer: "a".repeat(5_001) }));
    expect((await response.json()).error.fields.answer[0]).toMatch(/at most 5,000 characters/);
  });

  it("answers 405 with Allow for other methods", async () => {
    for (const handler of [GET, DELETE]) {
      const response = await callThroughProxy(handler, new Request(url, { method: handler === GET ? "GET" : "DELETE" }));
      expect(response.status).toBe(405);
      expect(response.headers.get("Allow")).toBe("POST");
    }
  });

  it("allows five requests an hour per IP, counting invalid ones, then answers 429 with Retry-After", async () => {
    const ip = clientIp();
    const statuses: number[] = [];
    for (let i = 0; i < 3; i += 1) statuses.push((await post(ip, JSON.stringify({ answer: STRONG }))).status);
    for (let i = 0; i < 2; i += 1) statuses.push((await post(ip, "not json")).status);
    const refused = await post(ip, JSON.stringify({ answer: STRONG }));
    expect(statuses).toEqual([200, 200, 200, 400, 400]);
    expect(refused.status).toBe(429);
    expect((await refused.json()).error.code).toBe("rate_limited");
    expect(Number(refused.headers.get("Retry-After"))).toBeGreaterThan(0);
    expect(refused.headers.get("RateLimit-Remaining")).toBe("0");
    // Another visitor is unaffected.
    expect((await post(clientIp(), JSON.stringify({ answer: STRONG }))).status).toBe(200);
  });

  it("admits exactly five of fifty concurrent requests from one IP, and counts two IPs apart", async () => {
    const [first, second] = [clientIp(), clientIp()];
    const responses = await Promise.all(
      Array.from({ length: 50 }, () => post(first, JSON.stringify({ answer: STRONG }))).concat(
        post(second, JSON.stringify({ answer: STRONG })),
      ),
    );
    const statuses = responses.slice(0, 50).map((response) => response.status);
    expect(statuses.filter((status) => status === 200)).toHaveLength(5);
    expect(statuses.filter((status) => status === 429)).toHaveLength(45);
    expect(responses[50]!.status).toBe(200);
  });

  it("ignores a forged x-forwarded-for: the socket address decides", async () => {
    const ip = clientIp();
    for (let i = 0; i < 5; i += 1) await post(ip, JSON.stringify({ answer: STRONG }), { "x-forwarded-for": `203.0.113.${i}` });
    const forged = await post(ip, JSON.stringify({ answer: STRONG }), { "x-forwarded-for": "203.0.113.99" });
    expect(forged.status).toBe(429);
  });
});
