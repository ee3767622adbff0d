/**
 * Global setup for the `unit` project: one temp folder per run, under which each test file's setup (`unit-env.ts`)
 * makes its DATA_DIR, removed whole at teardown. Before, every file left a folder of local key material behind.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    unitRunDir: string;
  }
}

/** Vitest's global setup: creates the run's folder, provides it to the files, and returns the teardown. */
export default function setup(project: TestProject): () => void {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "rehearse-unit-"));
  project.provide("unitRunDir", dir);
  return () => fs.rmSync(dir, { recursive: true, force: true });
}
