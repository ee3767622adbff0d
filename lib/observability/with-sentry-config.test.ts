import { afterEach, describe, expect, it, vi } from "vitest";
import { withOfflineSentryConfig } from "./with-sentry-config";

describe("withOfflineSentryConfig", () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it.each([
    ["turbopack", "1"],
    ["webpack", ""],
  ])("installs nothing that could upload during a %s build", (_bundler, turbopack) => {
    vi.stubEnv("TURBOPACK", turbopack);
    const wrapped = withOfflineSentryConfig({ poweredByHeader: false });
    // The post-compile hook and the webpack plugin are the only code paths that talk to Sentry at build time.
    expect(wrapped.compiler?.runAfterProductionCompile).toBeUndefined();
    expect(wrapped.webpack).toBeUndefined();
    expect(wrapped.productionBrowserSourceMaps).toBeUndefined();
    expect(wrapped.turbopack?.debugIds).toBeUndefined();
    expect(wrapped.poweredByHeader).toBe(false);
  });

  it("keeps the app's own env values and does not mutate its input", () => {
    const input = { env: { NEXT_PUBLIC_CLERK_TELEMETRY_DISABLED: "1" } };
    const wrapped = withOfflineSentryConfig(input);
    expect(wrapped.env?.NEXT_PUBLIC_CLERK_TELEMETRY_DISABLED).toBe("1");
    expect(wrapped.env?._sentryRelease).toBeUndefined();
    expect(input).toEqual({ env: { NEXT_PUBLIC_CLERK_TELEMETRY_DISABLED: "1" } });
  });
});
