import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createLogger, type LogLevel } from "@/lib/observability/logger";
import { PRESENCE_MODEL_URL, presenceModelUrl, reportPresenceModel } from "@/lib/practice/presence-model";

const dirs: string[] = [];

function serverIn(withModel: boolean) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "presence-model-"));
  dirs.push(dir);
  if (withModel) {
    const file = path.join(dir, "public", PRESENCE_MODEL_URL);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, "model");
  }
  vi.spyOn(process, "cwd").mockReturnValue(dir);
  const lines: { level: LogLevel; line: string }[] = [];
  return { lines, logger: createLogger((level, line) => lines.push({ level, line })) };
}

describe("presence model status at server start", () => {
  afterEach(() => {
    vi.restoreAllMocks();
    for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
  });

  it("warns operators, with how to fix it, when the model is missing", () => {
    const { lines, logger } = serverIn(false);
    reportPresenceModel(logger);
    expect(presenceModelUrl()).toBeNull();
    expect(lines).toHaveLength(1);
    expect(lines[0]!.level).toBe("warn");
    const record = JSON.parse(lines[0]!.line);
    expect(record.event).toBe("presence.model_missing");
    expect(record.fix).toContain("scripts/prepare-mediapipe.mjs");
    expect(record.fix).toContain("PRESENCE_MODEL_FILE");
  });

  it("says nothing when the model is installed", () => {
    const { lines, logger } = serverIn(true);
    reportPresenceModel(logger);
    expect(presenceModelUrl()).toBe(PRESENCE_MODEL_URL);
    expect(lines).toEqual([]);
  });
});
