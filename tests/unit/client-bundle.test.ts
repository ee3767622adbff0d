/**
 * What every page's first-load JavaScript may contain, checked on the source's import graph (e2e/client-bundle.spec.ts
 * weighs the built scripts). Three libraries once made pages about 1.9 times the size of a bare Next.js app:
 *   - zod (about 30 kB gzip), when a client component took a length limit from a schema module;
 *   - Sentry's browser SDK (about 80 kB), imported by instrumentation-client.ts even with no DSN;
 *   - Clerk's React SDK (about 55 kB), imported by the root layout even in local mode.
 * The browser may still load the last two on demand, through `import()` from the browser's own module graph. A server
 * component's `import()` does not count: Turbopack ships every client component reachable from a route's server
 * modules with that route's first-load scripts, rendered or not.
 */
import path from "node:path";
import { describe, expect, it } from "vitest";
import { browserReachable, listSourceFiles, readModule, resolveLocal } from "@/tests/helpers/import-graph";

const root = path.resolve(__dirname, "../..");
const isTest = (file: string) => /\.test\.tsx?$/.test(file);
const sourceFiles = listSourceFiles(root, ["app", "components", "lib"]).filter((file) => !isTest(file));
const browserEntries = [
  ...sourceFiles.filter((file) => readModule(root, file).directive === "use client"),
  "instrumentation-client.ts",
];

/** The specifiers a module imports statically (a specifier it also imports with `import()` counts as static). */
function staticSpecifiers(file: string): string[] {
  const { specifiers, dynamicSpecifiers } = readModule(root, file);
  const dynamicLeft = [...dynamicSpecifiers];
  return specifiers.filter((specifier) => {
    const index = dynamicLeft.indexOf(specifier);
    if (index === -1) return true;
    dynamicLeft.splice(index, 1);
    return false;
  });
}

/** Modules the browser loads with the page, each with its chain of static imports; `import()` edges are not followed. */
function firstLoad(): Map<string, string[]> {
  const reached = new Map<string, string[]>();
  const queue: Array<[string, string[]]> = browserEntries.map((entry) => [entry, [entry]]);
  for (let next = queue.shift(); next; next = queue.shift()) {
    const [file, chain] = next;
    if (reached.has(file) || readModule(root, file).directive === "use server") continue;
    reached.set(file, chain);
    for (const specifier of staticSpecifiers(file)) {
      const target = resolveLocal(root, file, specifier);
      if (target && !target.endsWith(".json") && !reached.has(target)) queue.push([target, [...chain, target]]);
    }
  }
  return reached;
}

const HEAVY = /^(zod|@sentry\/nextjs|@clerk\/nextjs)(\/|$)/;
const isClerkClientEntry = (specifier: string) => specifier === "@clerk/nextjs";

describe("first-load JavaScript", () => {
  it("contains no zod, no Sentry SDK and no Clerk React SDK", () => {
    const offenders = [...firstLoad()].flatMap(([file, chain]) =>
      staticSpecifiers(file)
        .filter((specifier) => HEAVY.test(specifier))
        .map((specifier) => `${chain.join(" -> ")} imports ${specifier}`),
    );
    expect(offenders).toEqual([]);
  });

  it("gets no Clerk client component from a server component, even through import()", () => {
    const browserSide = browserReachable(root, browserEntries);
    const serverComponents = sourceFiles.filter((file) => /\.tsx$/.test(file) && readModule(root, file).directive === undefined && !browserSide.has(file));
    const offenders = serverComponents.filter((file) => readModule(root, file).specifiers.some(isClerkClientEntry));
    expect(offenders).toEqual([]);
  });

  it("still reaches Sentry's SDK and Clerk's components on demand", () => {
    // Guards the walkers: monitoring and Clerk mode must stay loadable, only later.
    const onDemand = browserReachable(root, browserEntries);
    expect(readModule(root, "instrumentation-client.ts").dynamicSpecifiers).toContain("@sentry/nextjs");
    expect(onDemand.has("components/clerk-ui.tsx")).toBe(true);
    expect(readModule(root, "components/clerk-ui.tsx").specifiers).toContain("@clerk/nextjs");
    expect(firstLoad().has("components/clerk-shell.tsx")).toBe(true);
    expect(firstLoad().has("components/clerk-ui.tsx")).toBe(false);
  });
});
