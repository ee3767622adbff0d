// Unit tests never touch the project's .data folder: local key material goes to a throwaway folder under the run's
// temp folder, which the global setup (unit-global.ts) removes when the run ends.
import fs from "node:fs";
import path from "node:path";
import { inject } from "vitest";

if (!process.env.DATA_DIR) {
  const runDir = inject("unitRunDir");
  if (!runDir) throw new Error("No unitRunDir was provided: run these tests in the `unit` project, with its globalSetup.");
  process.env.DATA_DIR = fs.mkdtempSync(path.join(runDir, "file-"));
}
