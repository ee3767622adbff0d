import { execFileSync } from "node:child_process";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { ZOD_GLOBAL_CONFIG_KEY } from "@/lib/validation/zod-config";

afterEach(() => {
  vi.restoreAllMocks();
});

describe("zod-config", () => {
  it("sets jitless in the settings object zod reads, after zod has loaded", async () => {
    z.config({ jitless: false });
    vi.resetModules();
    await import("@/lib/validation/zod-config");
    expect(z.config().jitless).toBe(true);
  });

  it("is adopted by a zod that loads after it (the order in the browser and in instrumentation.ts)", () => {
    // A fresh process, so zod has not loaded yet; the statement is the one zod-config.ts runs.
    const script = [
      `globalThis[${JSON.stringify(ZOD_GLOBAL_CONFIG_KEY)}] = Object.assign(globalThis[${JSON.stringify(ZOD_GLOBAL_CONFIG_KEY)}] ?? {}, { jitless: true });`,
      `const { z } = await import("zod");`,
      `process.stdout.write(JSON.stringify(z.config().jitless ?? null));`,
    ].join("\n");
    const root = path.resolve(__dirname, "../..");
    expect(execFileSync(process.execPath, ["--input-type=module", "-e", script], { cwd: root, encoding: "utf8" })).toBe("true");
  });

  it("keeps zod from probing for eval, which a CSP without 'unsafe-eval' reports as a violation", async () => {
    vi.resetModules();
    await import("@/lib/validation/zod-config");
    const probe = vi.spyOn(globalThis, "Function");
    const schema = z.object({ answer: z.string().min(1) }).strict();
    expect(schema.safeParse({ answer: "I led the migration." }).success).toBe(true);
    expect(schema.safeParse({ answer: "" }).success).toBe(false);
    expect(probe).not.toHaveBeenCalled();
  });
});
