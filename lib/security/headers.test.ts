import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, createNonce, pageUsesCapture, permissionsPolicyFor } from "@/lib/security/headers";

const csp = (pathname: string, development = false) =>
  contentSecurityPolicy({ nonce: "abc123", pathname, development });

describe("contentSecurityPolicy", () => {
  it("allows scripts only with the request's nonce, from our origin", () => {
    expect(csp("/")).toContain("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(csp("/")).toContain("connect-src 'self';");
    expect(csp("/")).toContain("object-src 'none'");
  });

  it("grants wasm-unsafe-eval only on the pages that run MediaPipe", () => {
    expect(csp("/practice")).toContain("'wasm-unsafe-eval'");
    expect(csp("/assessment/tok_123")).toContain("'wasm-unsafe-eval'");
    expect(csp("/")).not.toContain("wasm-unsafe-eval");
    expect(csp("/profile")).not.toContain("wasm-unsafe-eval");
    expect(csp("/practiceroom")).not.toContain("wasm-unsafe-eval");
  });

  it("adds unsafe-eval only in development", () => {
    expect(csp("/", true)).toContain("'unsafe-eval'");
    expect(csp("/", false)).not.toContain("'unsafe-eval'");
  });

  it("lists configured first-party origins in connect-src", () => {
    const value = contentSecurityPolicy({ nonce: "n", pathname: "/", development: false, connectOrigins: ["https://o1.ingest.sentry.io"] });
    expect(value).toContain("connect-src 'self' https://o1.ingest.sentry.io");
  });
});

describe("permissionsPolicyFor", () => {
  it("allows camera and microphone on practice and assessment pages only", () => {
    expect(permissionsPolicyFor("/practice/abc")).toContain("camera=(self), microphone=(self)");
    expect(permissionsPolicyFor("/assessment/t")).toContain("camera=(self)");
    expect(permissionsPolicyFor("/")).toContain("camera=(), microphone=()");
    expect(permissionsPolicyFor("/profile")).toContain("camera=()");
    expect(pageUsesCapture("/api/practice")).toBe(false);
  });

  it("denies device, location and payment features, naming only features Chromium recognises", () => {
    const policy = permissionsPolicyFor("/");
    for (const feature of ["geolocation=()", "payment=()", "usb=()", "serial=()", "hid=()"]) expect(policy).toContain(feature);
    // Chromium logs "Unrecognized feature" on every page for these.
    expect(policy).not.toMatch(/\bbluetooth\b/);
    expect(policy.split(", ")).toHaveLength(new Set(policy.split(", ")).size);
  });
});

describe("createNonce", () => {
  it("returns a different base64 value each time", () => {
    const a = createNonce();
    expect(a).toMatch(/^[A-Za-z0-9+/]+=*$/);
    expect(a).not.toBe(createNonce());
  });
});
