/**
 * A static import graph of the project's own source, read with TypeScript's parser (no type checking, no bundler),
 * for tests that reason about which modules can reach the browser. Paths are project-relative with forward slashes.
 *
 * What counts as an edge is what a bundler keeps: `import type`, `export type` and imports whose every name is marked
 * `type` are erased, so they are not edges; side-effect imports, re-exports and `import("…")` with a literal are.
 * Only `@/…` and relative specifiers are resolved to files; anything else is a package and stays a bare name.
 */
import fs from "node:fs";
import path from "node:path";
import ts from "typescript";

export type ModuleInfo = {
  /** Project-relative path, e.g. `lib/env.ts`. */
  file: string;
  /** The directive prologue: `"use client"`, `"use server"`, or none. */
  directive: "use client" | "use server" | undefined;
  /** Every value import's specifier as written, in source order. */
  specifiers: string[];
  /** The subset written as `import("…")`: bundlers put those in chunks loaded on demand. */
  dynamicSpecifiers: string[];
  /** The same imports, with `@/…` and relative ones resolved to project files; packages are left out. */
  localImports: string[];
  /** The first import declaration's specifier (type-only ones included), or undefined when there is none. */
  firstImport: string | undefined;
};

const SOURCE_EXTENSIONS = [".ts", ".tsx", ".mts", ".js", ".mjs"];
const SKIPPED_DIRECTORIES = new Set(["node_modules", ".next", ".git", ".data", "test-results", "playwright-report"]);

/** Every source file under `dirs` (project-relative), skipping build output and dependencies. */
export function listSourceFiles(root: string, dirs: string[]): string[] {
  const walk = (dir: string): string[] =>
    fs.readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
      const relative = `${dir}/${entry.name}`;
      if (entry.isDirectory()) return SKIPPED_DIRECTORIES.has(entry.name) ? [] : walk(relative);
      return SOURCE_EXTENSIONS.some((extension) => entry.name.endsWith(extension)) ? [relative] : [];
    });
  return dirs.filter((dir) => fs.existsSync(path.join(root, dir))).flatMap(walk).sort();
}

function isTypeOnlyImport(node: ts.ImportDeclaration): boolean {
  const clause = node.importClause;
  if (!clause) return false;
  if (clause.isTypeOnly) return true;
  const bindings = clause.namedBindings;
  return !clause.name && bindings !== undefined && ts.isNamedImports(bindings) && bindings.elements.length > 0 && bindings.elements.every((element) => element.isTypeOnly);
}

function readDirective(source: ts.SourceFile): ModuleInfo["directive"] {
  for (const statement of source.statements) {
    if (!ts.isExpressionStatement(statement) || !ts.isStringLiteral(statement.expression)) return undefined;
    const text = statement.expression.text;
    if (text === "use client" || text === "use server") return text;
  }
  return undefined;
}

function valueSpecifiers(source: ts.SourceFile): { all: string[]; dynamic: string[] } {
  const found: string[] = [];
  const dynamic: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier) && !isTypeOnlyImport(node)) {
      found.push(node.moduleSpecifier.text);
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier) && !node.isTypeOnly) {
      found.push(node.moduleSpecifier.text);
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const [argument] = node.arguments;
      if (argument && ts.isStringLiteralLike(argument)) {
        found.push(argument.text);
        dynamic.push(argument.text);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return { all: found, dynamic };
}

/** The project file a `@/…` or relative specifier names, or undefined for a package. Throws when it names nothing. */
export function resolveLocal(root: string, from: string, specifier: string): string | undefined {
  let base: string;
  if (specifier.startsWith("@/")) base = specifier.slice(2);
  else if (specifier.startsWith("./") || specifier.startsWith("../")) base = path.posix.join(path.posix.dirname(from), specifier);
  else return undefined;
  const candidates = [base, ...SOURCE_EXTENSIONS.map((extension) => base + extension), ...SOURCE_EXTENSIONS.map((extension) => `${base}/index${extension}`)];
  const match = candidates.find((candidate) => fs.statSync(path.join(root, candidate), { throwIfNoEntry: false })?.isFile());
  if (!match) throw new Error(`${from}: cannot resolve "${specifier}"`);
  return match;
}

function parseModule(root: string, file: string): ModuleInfo {
  const text = fs.readFileSync(path.join(root, file), "utf8");
  const kind = file.endsWith(".tsx") ? ts.ScriptKind.TSX : file.endsWith(".ts") || file.endsWith(".mts") ? ts.ScriptKind.TS : ts.ScriptKind.JS;
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false, kind);
  const { all: specifiers, dynamic: dynamicSpecifiers } = valueSpecifiers(source);
  const localImports = specifiers.flatMap((specifier) => resolveLocal(root, file, specifier) ?? []).filter((target) => !target.endsWith(".json"));
  const first = source.statements.find(ts.isImportDeclaration);
  const firstImport = first && ts.isStringLiteral(first.moduleSpecifier) ? first.moduleSpecifier.text : undefined;
  return { file, directive: readDirective(source), specifiers, dynamicSpecifiers, localImports, firstImport };
}

const parsed = new Map<string, ModuleInfo>();

/** Parses one module, once per root and file: the tests walk the same modules several times. */
export function readModule(root: string, file: string): ModuleInfo {
  const key = path.join(root, file);
  let info = parsed.get(key);
  if (!info) {
    info = parseModule(root, file);
    parsed.set(key, info);
  }
  return info;
}

/**
 * Every module the browser bundle can contain, starting from `entries`, each mapped to the chain of imports that
 * reaches it (entry first). A "use server" module is not entered: a client component that imports a server action
 * receives a reference to call over the network, never the module's code.
 */
export function browserReachable(root: string, entries: string[]): Map<string, string[]> {
  const reached = new Map<string, string[]>();
  const queue: Array<[string, string[]]> = entries.map((entry) => [entry, [entry]]);
  for (let next = queue.shift(); next; next = queue.shift()) {
    const [file, chain] = next;
    if (reached.has(file)) continue;
    const info = readModule(root, file);
    if (info.directive === "use server") continue;
    reached.set(file, chain);
    for (const target of info.localImports) if (!reached.has(target)) queue.push([target, [...chain, target]]);
  }
  return reached;
}
