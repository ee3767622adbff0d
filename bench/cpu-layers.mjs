/**
 * Splits a V8 CPU profile of the app's server by who spent the time: Clerk, the database driver (Drizzle, pg), Next.js,
 * our own code (app/, lib/, db/, proxy.ts, server.mjs), other packages, and the engine's own (GC, idle). A sample in
 * Node's internals or a native function (a socket write, a hash, a header copy) goes to the nearest caller that
 * belongs to one of those: the layer that asked for the work pays for it. Frames are named through the build's
 * source maps (.next/server/chunks/*.map), since Turbopack bundles packages and our code into the same chunks.
 */
import fs from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const { TraceMap, originalPositionFor } = require("@jridgewell/trace-mapping");

export const LAYERS = ["Clerk", "database driver", "Next.js", "Rehearse", "other packages", "engine (GC, event loop, idle)", "unattributed"];

/** The layer an original source path belongs to, or null for Node's internals and frames without a source. */
export function layerOfSource(source) {
  if (!source || /^node:|^internal\//.test(source)) return null;
  if (/(^|\/)@clerk\/|%40clerk/.test(source)) return "Clerk";
  // Drizzle's maps name its sources "../src/…" from its own folder, which resolves to node_modules/src.
  if (/node_modules\/(drizzle-orm|pg|pg-protocol|pg-pool|pg-types|postgres-[a-z]+|src)\//.test(source) || /(^|\/)(drizzle-orm|pg|pg-protocol|pg-pool)\//.test(source)) {
    return "database driver";
  }
  if (/(^|\/)next\/|webpack:\/\/next\/|\[turbopack\]_runtime|(^|\.\.\/)src\/(server|build|shared|client|lib)\//.test(source)) return "Next.js";
  if (/node_modules\//.test(source)) return "other packages";
  if (/(^|\/)(app|lib|db|components)\/|(^|\/)(proxy\.ts|server\.mjs|instrumentation\.ts)$/.test(source)) return "Rehearse";
  return "other packages";
}

function sourceNamer() {
  const maps = new Map();
  const mapFor = (url) => {
    if (!maps.has(url)) {
      let map = null;
      try {
        const file = url.startsWith("file://") ? fileURLToPath(url) : url;
        if (fs.existsSync(`${file}.map`)) map = new TraceMap(fs.readFileSync(`${file}.map`, "utf8"));
      } catch {
        map = null;
      }
      maps.set(url, map);
    }
    return maps.get(url);
  };
  return ({ url, lineNumber, columnNumber }) => {
    if (!url) return null;
    const map = mapFor(url);
    const file = url.replace(/^file:\/\//, "");
    if (!map) return file;
    const source = originalPositionFor(map, { line: lineNumber + 1, column: columnNumber }).source;
    // Packages outside the bundle map to paths relative to their own files ("../src/parser.ts" in pg-protocol).
    return source && source.startsWith("../") && file.includes("/node_modules/") ? new URL(source, `file://${file}`).pathname : (source ?? file);
  };
}

/** V8's and the event loop's own time: no JavaScript frame asked for it. */
const ENGINE = new Set(["(garbage collector)", "(idle)", "(program)", "(root)"]);

/**
 * @param {object} profile a Profiler.Profile (the inspector's, or a .cpuprofile file's contents)
 * @returns {{ totalMs: number, byLayer: Record<string, number>, bySource: Map<string, number> }} milliseconds of samples
 *   per layer, and per "layer · source of the frame that decided it" (for a closer look)
 */
export function cpuByLayer(profile) {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const name = sourceNamer();
  const layerOfNode = new Map();
  /** [layer, the source that decided it] */
  const layerOf = (id) => {
    if (layerOfNode.has(id)) return layerOfNode.get(id);
    const node = nodes.get(id);
    const source = name(node.callFrame);
    const own = ENGINE.has(node.callFrame.functionName) ? "engine (GC, event loop, idle)" : layerOfSource(source);
    const found = own ? [own, source ?? node.callFrame.functionName] : parent.has(id) ? layerOf(parent.get(id)) : ["unattributed", node.callFrame.functionName];
    layerOfNode.set(id, found);
    return found;
  };
  const byLayer = Object.fromEntries(LAYERS.map((layer) => [layer, 0]));
  const bySource = new Map();
  let totalMs = 0;
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    const [layer, source] = layerOf(id);
    byLayer[layer] += ms;
    const key = `${layer} · ${source}`;
    bySource.set(key, (bySource.get(key) ?? 0) + ms);
    totalMs += ms;
  });
  return { totalMs, byLayer, bySource };
}
