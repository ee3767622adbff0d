/**
 * bench/cpu-layers.mjs decides who a signed-in request's CPU is blamed on in the performance note, so its rules are
 * checked here: each layer's typical source paths, and a sample in Node's internals going to the layer that called.
 */
import { describe, expect, it } from "vitest";
// @ts-expect-error: a plain ES module shared by the benches
import { cpuByLayer, layerOfSource } from "@/bench/cpu-layers.mjs";

describe("layerOfSource", () => {
  it.each([
    ["../../../node_modules/%40clerk/backend/dist/chunk-SEYNRELD.mjs", "Clerk"],
    ["../../../node_modules/@clerk/shared/src/keys.ts", "Clerk"],
    ["/work/main/node_modules/pg/lib/query.js", "database driver"],
    ["/work/main/node_modules/pg-protocol/src/parser.ts", "database driver"],
    ["../../../node_modules/drizzle-orm/sql/sql.js", "database driver"],
    ["../../../node_modules/src/node-postgres/session.ts", "database driver"],
    ["/work/main/node_modules/next/src/server/base-server.ts", "Next.js"],
    ["webpack://next/src/server/route-modules/route-module.ts", "Next.js"],
    ["/work/main/.next/server/chunks/[turbopack]_runtime.js", "Next.js"],
    ["../../../lib/api/define-route.ts", "Rehearse"],
    ["../../../db/scoped.ts", "Rehearse"],
    ["../../../proxy.ts", "Rehearse"],
    ["/work/main/server.mjs", "Rehearse"],
    ["../../../node_modules/zod/v4/core/schemas.js", "other packages"],
  ])("%s is %s", (source, layer) => {
    expect(layerOfSource(source)).toBe(layer);
  });

  it("leaves Node's internals to their caller", () => {
    expect(layerOfSource("node:internal/crypto/util")).toBeNull();
    expect(layerOfSource(null)).toBeNull();
  });
});

describe("cpuByLayer", () => {
  const frame = (functionName: string, url: string) => ({ functionName, url, lineNumber: 0, columnNumber: 0, scriptId: "0" });
  // (root) → route (ours) → writev (native, no url) ; (root) → verify (Clerk) → node:crypto ; (root) → GC
  const profile = {
    nodes: [
      { id: 1, callFrame: frame("(root)", ""), children: [2, 4, 6] },
      { id: 2, callFrame: frame("route", "/work/main/lib/api/define-route.ts"), children: [3] },
      { id: 3, callFrame: frame("writev", ""), children: [] },
      { id: 4, callFrame: frame("verify", "/work/main/node_modules/@clerk/backend/dist/index.mjs"), children: [5] },
      { id: 5, callFrame: frame("sign", "node:internal/crypto/util"), children: [] },
      { id: 6, callFrame: frame("(garbage collector)", ""), children: [] },
    ],
    samples: [3, 3, 5, 4, 6, 2],
    timeDeltas: [1000, 1000, 2000, 1000, 500, 500],
  };

  it("charges native and internal samples to the nearest layer that called them", () => {
    const { totalMs, byLayer } = cpuByLayer(profile);
    expect(totalMs).toBe(6);
    expect(byLayer.Rehearse).toBe(2.5);
    expect(byLayer.Clerk).toBe(3);
    expect(byLayer["engine (GC, event loop, idle)"]).toBe(0.5);
    expect(byLayer["Next.js"]).toBe(0);
  });
});
