/**
 * /.well-known/security.txt (RFC 9116): where to report a vulnerability, until when the file holds, the policy page
 * and the language we answer in. The contact comes from SECURITY_CONTACT, else security@ the app's host.
 */
import "server-only";
import { env } from "@/lib/env";

/** How far ahead Expires lies; RFC 9116 asks for less than a year, so a stale file cannot claim to be current. */
export const SECURITY_TXT_VALID_DAYS = 180;

/** The contact URI security.txt and the /security page name. */
export function securityContact(): string {
  return env.SECURITY_CONTACT ?? `mailto:security@${new URL(env.APP_URL).hostname}`;
}

/** The file's text at `now`, each field on its own line, CRLF-free as the RFC allows. */
export function securityTxt(now: Date): string {
  const expires = new Date(now.getTime() + SECURITY_TXT_VALID_DAYS * 24 * 60 * 60 * 1000);
  return [
    `Contact: ${securityContact()}`,
    `Expires: ${expires.toISOString().replace(/\.\d{3}Z$/, "Z")}`,
    `Policy: ${new URL("/security", env.APP_URL).toString()}`,
    `Canonical: ${new URL("/.well-known/security.txt", env.APP_URL).toString()}`,
    "Preferred-Languages: en",
    "",
  ].join("\n");
}
