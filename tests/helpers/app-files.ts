/**
 * The app's entry points as the file tree has them: route handlers, pages and layouts, and "use server" files. The
 * authorisation matrix and the fuzz tests enumerate these instead of a hand-kept list, so a new file cannot escape.
 */
import fs from "node:fs";
import path from "node:path";

export type AppFiles = { routes: string[]; pages: string[]; actions: string[] };

function walk(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? walk(full) : [full];
  });
}

/** Paths relative to the project root, e.g. `app/api/health/route.ts`. */
export function appFiles(root = process.cwd()): AppFiles {
  const all = walk(path.join(root, "app")).map((file) => path.relative(root, file).split(path.sep).join("/"));
  const isServerActions = (file: string) => /\.tsx?$/.test(file) && /^\s*["']use server["']/.test(fs.readFileSync(path.join(root, file), "utf8"));
  return {
    routes: all.filter((file) => /\/route\.ts$/.test(file)),
    pages: all.filter((file) => /\/(page|layout)\.tsx$/.test(file)),
    actions: all.filter(isServerActions),
  };
}

/** Imports an app module by its project-relative path. */
export function loadModule(file: string): Promise<Record<string, unknown>> {
  return import(/* @vite-ignore */ path.join(process.cwd(), file));
}

/** The auth a page or layout declares to definePage, read from its source (pages import fonts and CSS vitest cannot). */
export function declaredPageAuth(file: string): string | undefined {
  const source = fs.readFileSync(path.join(process.cwd(), file), "utf8");
  return /definePage\(\s*\{[^}]*\bauth:\s*"(\w+)"/.exec(source)?.[1];
}
