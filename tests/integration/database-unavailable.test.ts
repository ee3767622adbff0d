/**
 * When the database cannot be reached, signed-in APIs answer 503 `database_unavailable` (JSON, Retry-After), public
 * routes that need no database keep working, and nothing is reported as a bug. The app is loaded afresh with
 * DATABASE_URL pointing at a port where nothing listens.
 */
import net from "node:net";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

let closedPort = 0;
const saved = process.env.DATABASE_URL;

beforeAll(async () => {
  // A port that was free a moment ago: bind, note it, close. Connecting there is refused at once.
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  closedPort = (server.address() as net.AddressInfo).port;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  vi.resetModules();
  process.env.DATABASE_URL = `postgres://nobody@127.0.0.1:${closedPort}/none`;
});

afterAll(async () => {
  const { closeDb } = await import("@/db/client");
  await closeDb();
  vi.resetModules();
  if (saved === undefined) delete process.env.DATABASE_URL;
  else process.env.DATABASE_URL = saved;
});

describe("with the database unreachable", () => {
  it("answers a signed-in API with 503 database_unavailable and Retry-After", async () => {
    const { GET } = await import("@/app/api/practice/sessions/route");
    const { callThroughProxy } = await import("@/tests/helpers/through-proxy");
    const { issueLocalSession } = await import("@/lib/auth/local-session");
    // A correctly signed token: the middleware lets it through, and the session check is what cannot reach the database.
    const session = issueLocalSession("offline@example.test");
    const cookie = `__session=${session.token}; __client_uat=${session.issuedAt}`;
    const response = await callThroughProxy(GET, new Request("http://localhost:3000/api/practice/sessions", { headers: { cookie } }));
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBe("30");
    const body = await response.json();
    expect(body.error).toMatchObject({ code: "database_unavailable", message: expect.stringMatching(/database/i) });
  });

  it("reports unhealthy from /api/health with 503 instead of failing", async () => {
    const { GET } = await import("@/app/api/health/route");
    const response = await GET(new Request("http://localhost:3000/api/health"), { params: Promise.resolve({}) });
    expect(response.status).toBe(503);
    expect((await response.json()).database).toMatchObject({ reachable: false });
  });

  it("still scores STAR answers, which need no database", async () => {
    const { POST } = await import("@/app/api/star-score/route");
    const request = new Request("http://localhost:3000/api/star-score", {
      method: "POST",
      headers: { "content-type": "application/json", "x-forwarded-for": `198.51.100.${closedPort % 250}` },
      body: JSON.stringify({ answer: "I led a migration of our billing system and cut costs by 20%." }),
    });
    const response = await POST(request, { params: Promise.resolve({}) });
    expect(response.status).toBe(200);
  });
});
