/**
 * The authorisation matrix. Every route handler, page and server action in app/ is found from the file tree (not a
 * hand-kept list) and must appear in authorization-matrix.entries.ts with who may call it; each is then checked: defined through its wrapper with
 * that auth, signed out refused (401 JSON for APIs, a trip to sign-in for pages), another user's object a 404, and
 * every other method a JSON 405. A new route, page or action that is not in the matrix fails here.
 */
import fs from "node:fs";
import path from "node:path";
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import type { RouteAuth } from "@/lib/api/define-route";
import type { Permission } from "@/lib/orgs/permissions";
import { startSession } from "@/lib/practice/session";
import { contextFor, createTestUser, signedInTestUser } from "@/tests/helpers/context";
import { callThroughProxy } from "@/tests/helpers/through-proxy";
import { type AppFiles, appFiles, declaredPageAuth, loadModule } from "@/tests/helpers/app-files";
import { ACTIONS, type Method, METHODS, PAGES, type RouteEntry, ROUTES } from "./authorization-matrix.entries";

/** The organisation permission a page declares to definePage, read from its source like its auth. */
function declaredPageOrg(file: string): string | undefined {
  return /definePage\(\s*\{[^}]*\borg:\s*"([\w.]+)"/.exec(fs.readFileSync(file, "utf8"))?.[1];
}

const files: AppFiles = appFiles();

/** A URL for a route file, with its dynamic segments filled in. */
function urlFor(file: string, params: Record<string, string>): string {
  const route = path.dirname(file).replace(/^app/, "").replace(/\[([^\]]+)\]/g, (_, name: string) => params[name] ?? "x");
  return `http://localhost:3000${route}`;
}

function paramsFor(file: string, id: string): Record<string, string> {
  const params: Record<string, string> = {};
  for (const [, name] of file.matchAll(/\[([^\]]+)\]/g)) params[name!] = name === "position" ? "1" : id;
  return params;
}

type Handler = ((request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>) & {
  route?: { auth: RouteAuth; org?: Permission };
  notAllowed?: true;
};

async function expectJsonError(response: Response, status: number) {
  expect(response.status).toBe(status);
  expect(response.headers.get("content-type")).toMatch(/application\/json/);
  const body = await response.json();
  expect(body.error).toMatchObject({ code: expect.any(String), message: expect.any(String) });
  return body.error as { code: string };
}

describe("the authorisation matrix", () => {
  it("lists every route, page and server action in app/, and nothing that is not there", () => {
    expect(files.routes.sort()).toEqual(Object.keys(ROUTES).sort());
    expect(files.pages.sort()).toEqual(Object.keys(PAGES).sort());
    expect(files.actions.sort()).toEqual(Object.keys(ACTIONS).sort());
  });

  describe.each(Object.entries(ROUTES))("%s", (file, entries) => {
    it("defines each method through defineRoute with the matrix's auth, and answers JSON 405 for the others", async () => {
      const mod = (await loadModule(file)) as Partial<Record<Method, Handler>>;
      for (const method of METHODS) {
        const handler = mod[method];
        const entry = entries[method];
        if (entry) {
          expect(handler?.route?.auth, `${method} ${file}`).toBe(entry.auth);
          expect(handler?.route?.org, `${method} ${file}: the organisation permission`).toBe(entry.org);
          continue;
        }
        expect(handler?.notAllowed, `${method} ${file} must answer a JSON 405`).toBe(true);
        const response = await handler!(new Request(urlFor(file, {}), { method }), { params: Promise.resolve({}) });
        await expectJsonError(response, 405);
        expect(response.headers.get("allow")).toBe(Object.keys(entries).join(", "));
      }
    });

    const guarded = Object.entries(entries).filter(([, entry]) => entry.auth !== "public") as [Method, RouteEntry][];
    // A token route's "session" is its link: the matrix's random id is not a well-formed token, so it is a 404.
    it.runIf(guarded.length > 0)("refuses a caller with no session (or no valid link), through the proxy and without it", async () => {
      const mod = (await loadModule(file)) as Record<Method, Handler>;
      const params = paramsFor(file, randomUUID());
      for (const [method, entry] of guarded) {
        const request = () => new Request(urlFor(file, params), { method, headers: { "content-type": "application/json" }, body: method === "GET" ? undefined : "{}" });
        const direct = await mod[method](request(), { params: Promise.resolve(params) });
        const expected = entry.auth === "cron" ? (direct.status === 503 ? 503 : 401) : entry.auth === "token" ? 404 : 401;
        const code = await expectJsonError(direct, expected);
        if (entry.auth === "user") expect(code.code).toBe("unauthorized");
        if (entry.auth === "token") {
          expect(code.code).toBe("not_found");
          await expectJsonError(await callThroughProxy(mod[method], request(), params), 404);
        }
        if (entry.auth === "user") await expectJsonError(await callThroughProxy(mod[method], request(), params), 401);
      }
    });

    const foreign = Object.entries(entries).filter(([, entry]) => entry.foreign && "status" in entry.foreign) as [Method, RouteEntry][];
    it.runIf(foreign.length > 0)("answers 404 for another user's session", async () => {
      const owner = await createTestUser();
      const session = await startSession(contextFor(owner), { type: "behavioural", count: 3 });
      const { cookie } = await signedInTestUser();
      const mod = (await loadModule(file)) as Record<Method, Handler>;
      const params = paramsFor(file, session.id);
      for (const [method, entry] of foreign) {
        const spec = entry.foreign as { status: 404; body?: () => unknown };
        const body = spec.body ? JSON.stringify(spec.body()) : method === "GET" || method === "DELETE" ? undefined : "";
        const request = new Request(urlFor(file, params), { method, headers: { cookie, "content-type": "application/json" }, body });
        const error = await expectJsonError(await callThroughProxy(mod[method], request, params), 404);
        expect(error.code).toBe("not_found");
      }
    });
  });

  describe.each(Object.entries(PAGES))("%s", (file, spec) => {
    it("goes through definePage with the matrix's auth (static pages read no data)", () => {
      if (spec.auth === "static") {
        expect(declaredPageAuth(file)).toBeUndefined();
        expect(fs.readFileSync(file, "utf8")).not.toMatch(/@\/db\/|@\/lib\/context|@\/lib\/auth\/principal|@\/lib\/.*-service/);
      } else {
        expect(declaredPageAuth(file)).toBe(spec.auth);
        expect(fs.readFileSync(file, "utf8")).toMatch(/export default definePage\(/);
        // An organisation page names the permission its wrapper checks (a [slug] page without one would show any slug).
        expect(declaredPageOrg(file), "the organisation permission").toBe(spec.org);
        if (file.includes("[slug]")) expect(spec.org, `${file} is an organisation page`).toBeDefined();
      }
    });

    it.runIf(spec.auth === "user")("sends a visitor with no session to sign-in, and back here afterwards", async () => {
      const { default: proxy } = await import("@/proxy");
      const { NextRequest } = await import("next/server");
      const response = await proxy(new NextRequest(`http://localhost:3000${spec.path}`), {
        waitUntil: () => undefined,
        passThroughOnException: () => undefined,
      } as never);
      expect(response.status).toBe(307);
      const location = new URL(response.headers.get("location")!);
      expect(location.pathname).toBe("/sign-in");
      expect(location.searchParams.get("redirect_url")).toBe(spec.path);
    });

    it.runIf(spec.auth === "token")("lets a visitor with no session through to the page: the link is the credential", async () => {
      const { default: proxy } = await import("@/proxy");
      const { NextRequest } = await import("next/server");
      const response = await proxy(new NextRequest(`http://localhost:3000${spec.path}`), {
        waitUntil: () => undefined,
        passThroughOnException: () => undefined,
      } as never);
      expect(response.status).toBe(200);
      expect(response.headers.get("location")).toBeNull();
      expect(response.headers.get("x-middleware-next") ?? response.headers.get("x-middleware-rewrite")).not.toBeNull();
    });
  });

  describe.each(Object.entries(ACTIONS))("%s", (file, exports) => {
    it("exports only actions defined through defineAction, each with the matrix's auth", async () => {
      const mod = (await loadModule(file)) as Record<string, { action?: { auth: string } }>;
      expect(Object.keys(mod).sort()).toEqual(Object.keys(exports).sort());
      for (const [name, auth] of Object.entries(exports)) expect(mod[name]?.action?.auth, name).toBe(auth);
    });
  });
});
