import { describe, expect, it } from "vitest";
import { describeUserAgent, signInLabel } from "./user-agent";

const label = (userAgent: string | null) => signInLabel(describeUserAgent(userAgent));

describe("describeUserAgent", () => {
  it("names Chrome on macOS", () => {
    expect(
      label("Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36"),
    ).toBe("Chrome on macOS");
  });

  it("names Safari on iPhone, not macOS", () => {
    expect(
      label("Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1"),
    ).toBe("Safari on iPhone");
  });

  it("names Edge on Windows rather than the Chrome it also claims to be", () => {
    expect(
      label("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0"),
    ).toBe("Edge on Windows");
  });

  it("names Firefox on Linux and Chrome on Android", () => {
    expect(label("Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0")).toBe("Firefox on Linux");
    expect(
      label("Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36"),
    ).toBe("Chrome on Android");
  });

  it("names Chrome on an iPad (CriOS)", () => {
    expect(label("Mozilla/5.0 (iPad; CPU OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/131.0 Mobile/15E148 Safari/604.1")).toBe(
      "Chrome on iPad",
    );
  });

  it("says what it cannot tell instead of guessing", () => {
    expect(describeUserAgent(null)).toEqual({ device: null, browser: null });
    expect(describeUserAgent("curl/8.5.0")).toEqual({ device: null, browser: null });
    expect(label("curl/8.5.0")).toBe("Unknown device");
  });

  it("never returns any part of the raw string beyond its fixed words", () => {
    const result = describeUserAgent("Mozilla/5.0 (Windows NT 10.0) Firefox/1.0 secret-tracking-id-123");
    expect(JSON.stringify(result)).not.toContain("secret");
  });
});
