import { describe, expect, it } from "vitest";
import { verifyToken } from "@clerk/backend";
import { parsePublishableKey } from "@clerk/shared/keys";
import { generateLocalAuthMaterial, LOCAL_FRONTEND_API, LOCAL_PUBLISHABLE_KEY } from "@/lib/auth/local-keys";
import { localSubjectForEmail, mintSessionToken } from "@/lib/auth/local-token";
import { safeRedirectPath } from "@/lib/auth/schemas";

const material = generateLocalAuthMaterial();
const now = Math.floor(Date.now() / 1000);
const mint = (overrides: Partial<Parameters<typeof mintSessionToken>[0]> = {}) =>
  mintSessionToken({
    subject: "user_local_abc",
    sessionId: "sess_local_1",
    privateKeyPem: material.privateKeyPem,
    kid: material.kid,
    issuer: `https://${LOCAL_FRONTEND_API}`,
    authorizedParty: "http://localhost:3000",
    issuedAt: now,
    ttlSeconds: 600,
    ...overrides,
  });

describe("local session tokens", () => {
  it("verify with Clerk's own verifier and the local public key", async () => {
    const data = await verifyToken(mint(), {
      jwtKey: material.publicKeyPem,
      authorizedParties: ["http://localhost:3000"],
    });
    expect(data).toMatchObject({ sub: "user_local_abc", sid: "sess_local_1", azp: "http://localhost:3000", iss: `https://${LOCAL_FRONTEND_API}` });
    expect(data.nbf).toBeLessThanOrEqual(now);
    expect(data.exp).toBe(now + 600);
  });

  it("carry an RS256 header with the key id", () => {
    const header = JSON.parse(Buffer.from(mint().split(".")[0]!, "base64url").toString());
    expect(header).toEqual({ alg: "RS256", typ: "JWT", kid: material.kid });
  });

  it("are rejected when signed by a foreign key", async () => {
    const foreign = generateLocalAuthMaterial();
    await expect(verifyToken(mint({ privateKeyPem: foreign.privateKeyPem }), { jwtKey: material.publicKeyPem })).rejects.toThrow(
      /signature is invalid/i,
    );
  });

  it("are rejected once expired", async () => {
    await expect(verifyToken(mint({ issuedAt: now - 3600, ttlSeconds: 60 }), { jwtKey: material.publicKeyPem })).rejects.toThrow(
      /expired/i,
    );
  });

  it("are rejected for another authorized party", async () => {
    await expect(
      verifyToken(mint({ authorizedParty: "https://evil.example" }), {
        jwtKey: material.publicKeyPem,
        authorizedParties: ["http://localhost:3000"],
      }),
    ).rejects.toThrow(/azp/i);
  });
});

describe("local keys", () => {
  it("encode a production publishable key for the local Frontend API host", () => {
    expect(LOCAL_PUBLISHABLE_KEY.startsWith("pk_live_")).toBe(true);
    expect(LOCAL_PUBLISHABLE_KEY).not.toContain("=");
    expect(parsePublishableKey(LOCAL_PUBLISHABLE_KEY)).toMatchObject({ instanceType: "production", frontendApi: LOCAL_FRONTEND_API });
  });

  it("map one email to one stable subject, whatever its case", () => {
    expect(localSubjectForEmail("Ada@Example.com")).toBe(localSubjectForEmail(" ada@example.com "));
    expect(localSubjectForEmail("ada@example.com")).not.toBe(localSubjectForEmail("bob@example.com"));
  });
});

describe("safeRedirectPath", () => {
  it("follows same-site paths only", () => {
    expect(safeRedirectPath("/profile?tab=cv")).toBe("/profile?tab=cv");
    expect(safeRedirectPath("//evil.example")).toBe("/profile");
    expect(safeRedirectPath("https://evil.example")).toBe("/profile");
    expect(safeRedirectPath("/\\evil.example")).toBe("/profile");
    expect(safeRedirectPath(undefined)).toBe("/profile");
  });
});
