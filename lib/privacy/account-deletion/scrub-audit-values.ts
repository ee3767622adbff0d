/**
 * Removes from an audit event's old/new values everything that could lead back to a deleted account: any string that
 * contains one of the account's identifiers (id, email, display name), and any key that does. Numbers, booleans,
 * statuses and roles stay, so the event still says what happened. Pure, and unit-tested.
 */
import type { JsonObject } from "@/db/schema";

const REMOVED = Symbol("removed");

function mentions(text: string, needles: readonly string[]): boolean {
  const lower = text.toLowerCase();
  return needles.some((needle) => needle !== "" && lower.includes(needle.toLowerCase()));
}

function scrub(value: unknown, needles: readonly string[]): unknown {
  if (typeof value === "string") return mentions(value, needles) ? REMOVED : value;
  if (Array.isArray(value)) return value.map((item) => scrub(item, needles)).filter((item) => item !== REMOVED);
  if (value && typeof value === "object") {
    const kept: [string, unknown][] = [];
    for (const [key, item] of Object.entries(value)) {
      const scrubbed = scrub(item, needles);
      if (scrubbed !== REMOVED && !mentions(key, needles)) kept.push([key, scrubbed]);
    }
    return Object.fromEntries(kept);
  }
  return value;
}

/** The values without anything mentioning the needles; null stays null. */
export function scrubAuditValues(values: JsonObject | null, needles: readonly string[]): JsonObject | null {
  return values === null ? null : (scrub(values, needles) as JsonObject);
}

/**
 * A display name shorter than this is not searched for: "Al" would match (and strip) half the log, and two letters
 * alone do not lead back to anyone.
 */
export const MIN_NAME_NEEDLE_LENGTH = 3;

/** The identifiers of an account worth searching for: its id, email and display name (when it has a usable one). */
export function accountIdentifiers(user: { id: string; email: string; displayName: string | null }): string[] {
  const name = user.displayName?.trim() ?? "";
  return [user.id, user.email.trim(), ...(name.length >= MIN_NAME_NEEDLE_LENGTH ? [name] : [])].filter((value) => value.length > 0);
}
