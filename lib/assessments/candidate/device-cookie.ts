/**
 * The cookie that binds an attempt to the browser that started it. It holds a random secret (32 bytes, base64url);
 * the attempt stores only its SHA-256, so the database cannot be turned into a working cookie. It is set twice with the
 * same value, for the candidate's pages and for this API, and is HttpOnly, Secure and SameSite=Strict (browsers accept
 * Secure cookies from http://localhost, which the local and e2e servers use).
 */
import "server-only";
import { createHash, randomBytes } from "node:crypto";

export const DEVICE_COOKIE = "rehearse_attempt";
const COOKIE_PATHS = ["/assessment/", "/api/assessment/"] as const;
const SECRET_SHAPE = /^[A-Za-z0-9_-]{43}$/;
/** Browsers cap cookie lifetimes at 400 days. */
const MAX_AGE_CAP_SECONDS = 400 * 24 * 60 * 60;

export function newDeviceSecret(): string {
  return randomBytes(32).toString("base64url");
}

export function hashDeviceSecret(secret: string): string {
  return createHash("sha256").update(secret, "utf8").digest("hex");
}

/** The device secret a request's Cookie header carries, or null (none, or not of the shape we issue). */
export function deviceSecretFrom(cookieHeader: string | null): string | null {
  for (const part of (cookieHeader ?? "").split(";")) {
    const [name, ...rest] = part.trim().split("=");
    if (name !== DEVICE_COOKIE) continue;
    const value = rest.join("=");
    if (SECRET_SHAPE.test(value)) return value;
  }
  return null;
}

/** The two Set-Cookie values for `secret`, kept for `maxAgeSeconds` (capped at 400 days). */
export function deviceCookieHeaders(secret: string, maxAgeSeconds: number): string[] {
  const maxAge = Math.max(0, Math.min(MAX_AGE_CAP_SECONDS, Math.floor(maxAgeSeconds)));
  return COOKIE_PATHS.map((path) => `${DEVICE_COOKIE}=${secret}; Path=${path}; Max-Age=${maxAge}; HttpOnly; Secure; SameSite=Strict`);
}
