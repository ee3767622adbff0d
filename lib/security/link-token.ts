/**
 * Tokens for links that stand in for an account: organisation invites and candidate assessment links.
 *
 * A token is 32 random bytes in base64url (43 characters) and travels only in the link. The database keeps its
 * SHA-256 in hex, which is also what a request holding the link puts in its database scope (`app.token_hash`), so a
 * leaked copy of a table cannot be turned back into working links.
 */
import "server-only";
import { createHash, randomBytes } from "node:crypto";

export const LINK_TOKEN_BYTES = 32;

/** 32 bytes in base64url without padding is always 43 characters of this alphabet. */
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;

export function hashLinkToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** A fresh token and its hash. The token goes into the link and is never stored. */
export function newLinkToken(): { token: string; tokenHash: string } {
  const token = randomBytes(LINK_TOKEN_BYTES).toString("base64url");
  return { token, tokenHash: hashLinkToken(token) };
}

/** Whether a path segment could be a token at all: anything else is answered 404 without a query. */
export function isWellFormedLinkToken(value: string): boolean {
  return TOKEN_SHAPE.test(value);
}
