/**
 * `import "server-only"` makes `next build` fail when a client bundle reaches a server module, so a secret, a database
 * handle or a Node API cannot ship to the browser by accident. These tests keep that marker honest from both sides,
 * over the static import graph of the source:
 *   - nothing the browser loads imports it (else the build breaks), and
 *   - every db/ module, and every lib/ module that depends on a server package or on another server module, has it as
 *     its first import, so the build error names the module the client should not have imported.
 */
import path from "node:path";
import { describe, expect, it } from "vitest";
import { browserReachable, listSourceFiles, readModule, type ModuleInfo } from "@/tests/helpers/import-graph";

const root = path.resolve(__dirname, "../..");

/** Packages that only run on the server, or only mean something there. */
function isServerPackage(specifier: string): boolean {
  return (
    specifier.startsWith("node:") ||
    /^(next\/headers|@clerk\/nextjs\/server|openai|pg|ws|ioredis|@neondatabase\/serverless)(\/|$)/.test(specifier) ||
    /^(@electric-sql\/pglite|@upstash\/)/.test(specifier) ||
    // The browser's Sentry SDK starts in instrumentation-client.ts, outside lib/; in lib/ it is the server's.
    /^@sentry\/nextjs(\/|$)/.test(specifier)
  );
}

/**
 * db/ modules the browser may never see that still cannot carry the marker: drizzle-kit loads the schema with plain
 * Node (no react-server condition) to generate migrations, and client code only imports its inferred types.
 */
const DB_EXCEPTIONS = new Set(["db/schema/index.ts", "db/schema/core.ts", "db/schema/organisations.ts", "db/schema/summary-scores.ts", "db/schema/assessments.ts", "db/schema/reviews.ts", "db/schema/privacy.ts", "db/schema/billing.ts"]);

const isTest = (file: string) => /\.test\.tsx?$/.test(file);
const sourceModules = new Map<string, ModuleInfo>(
  listSourceFiles(root, ["app", "components", "db", "lib"])
    .filter((file) => !isTest(file))
    .map((file) => [file, readModule(root, file)]),
);

/** db/ modules (bar the exceptions) and every module that imports a server package or, transitively, one of them, with why. */
function serverModules(): Map<string, string> {
  const reasons = new Map<string, string>();
  for (const [file, info] of sourceModules) {
    if (file.startsWith("db/") && !DB_EXCEPTIONS.has(file)) reasons.set(file, "lives in db/");
    const serverPackage = info.specifiers.find(isServerPackage);
    if (serverPackage) reasons.set(file, `imports ${serverPackage}`);
  }
  // Importing a "use server" module gives a reference to call, not its code: that edge carries no server code.
  const carriesServerCode = (local: string) => reasons.has(local) && sourceModules.get(local)?.directive !== "use server";
  for (let grew = true; grew; ) {
    grew = false;
    for (const [file, info] of sourceModules) {
      const target = reasons.has(file) ? undefined : info.localImports.find(carriesServerCode);
      if (target) {
        reasons.set(file, `imports ${target}`);
        grew = true;
      }
    }
  }
  return reasons;
}

const browserEntries = [
  ...[...sourceModules.values()].filter((info) => info.directive === "use client").map((info) => info.file),
  // Next bundles this for the browser and runs it before hydration.
  "instrumentation-client.ts",
];
const browser = browserReachable(root, browserEntries);
const server = serverModules();

describe("modules the browser loads", () => {
  it("follows the imports of every client component", () => {
    // Guards the walker itself: these are known to reach the browser through client components.
    expect(browser.has("components/star/star-scorer.tsx")).toBe(true);
    expect(browser.has("lib/scoring/star-rubric.ts")).toBe(true);
    expect(browser.has("lib/presence/aggregate.ts")).toBe(true);
    expect(browser.has("lib/practice/client/feedback-stream.ts")).toBe(true);
    expect(browser.has("lib/observability/scrub.ts")).toBe(true);
  });

  it("stops at server actions, which the browser calls by reference", () => {
    expect(browser.has("components/local-sign-out-button.tsx")).toBe(true);
    expect(browser.has("app/sign-in/actions.ts")).toBe(false);
    expect(browser.has("lib/auth/sign-in-service.ts")).toBe(false);
  });

  it("never import server-only or a server package", () => {
    const offenders = [...browser].flatMap(([file, chain]) =>
      readModule(root, file)
        .specifiers.filter((specifier) => specifier === "server-only" || (isServerPackage(specifier) && !specifier.startsWith("@sentry/nextjs")))
        .map((specifier) => `${chain.join(" -> ")} imports ${specifier}`),
    );
    expect(offenders).toEqual([]);
  });

  it("include no module that must stay on the server", () => {
    const leaks = [...browser].filter(([file]) => server.has(file)).map(([file, chain]) => `${chain.join(" -> ")} (${server.get(file)})`);
    expect(leaks).toEqual([]);
  });
});

describe("server modules", () => {
  const marked = [...server].filter(([file]) => file.startsWith("db/") || file.startsWith("lib/"));

  it("cover the database, the environment, the SDK adapters and the services", () => {
    const files = marked.map(([file]) => file);
    for (const file of ["db/client.ts", "db/scoped.ts", "db/queries/practice.ts", "lib/env.ts", "lib/ai/openai-sdk.ts", "lib/ratelimit/rate-limiter.ts", "lib/observability/sentry-server.ts"]) {
      expect(files).toContain(file);
    }
  });

  it('import "server-only" first', () => {
    const unmarked = marked.filter(([file]) => readModule(root, file).firstImport !== "server-only").map(([file, reason]) => `${file} (${reason})`);
    expect(unmarked).toEqual([]);
  });
});
