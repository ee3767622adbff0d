/**
 * Mints session tokens in Clerk's format, so Clerk's own middleware and auth() verify local sessions exactly as they
 * verify real ones: RS256 with a `kid` header; claims sub, sid, iat, nbf, exp, azp and iss.
 */
import "server-only";
import { createHash, createSign, randomBytes } from "node:crypto";

export type SessionTokenInput = {
  subject: string;
  sessionId: string;
  privateKeyPem: string;
  kid: string;
  /** `https://` + the Frontend API host of the publishable key. */
  issuer: string;
  /** The origin the token is for (Clerk checks it against authorizedParties). */
  authorizedParty: string;
  issuedAt: number;
  ttlSeconds: number;
};

const base64url = (input: Buffer | string) => Buffer.from(input).toString("base64url");

export function mintSessionToken(input: SessionTokenInput): string {
  const header = { alg: "RS256", typ: "JWT", kid: input.kid };
  const payload = {
    sub: input.subject,
    sid: input.sessionId,
    iat: input.issuedAt,
    nbf: input.issuedAt - 5,
    exp: input.issuedAt + input.ttlSeconds,
    azp: input.authorizedParty,
    iss: input.issuer,
    v: 2,
  };
  const signingInput = `${base64url(JSON.stringify(header))}.${base64url(JSON.stringify(payload))}`;
  const signature = createSign("RSA-SHA256").update(signingInput).sign(input.privateKeyPem);
  return `${signingInput}.${base64url(signature)}`;
}

/** A stable Clerk-style user id for a local email, so signing in again with it reaches the same account. */
export function localSubjectForEmail(email: string): string {
  return `user_local_${createHash("sha256").update(email.trim().toLowerCase()).digest("hex").slice(0, 24)}`;
}

export function newSessionId(): string {
  return `sess_local_${randomBytes(12).toString("hex")}`;
}
