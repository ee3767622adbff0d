/**
 * Organisation slugs: the URL segment under /org/. Lower-case letters and digits joined by single hyphens, 3–48
 * characters, never one of the words the app's own paths use (/org/new would otherwise be an organisation).
 * Pure, so the create form and the service agree and the rules have unit tests.
 */
export const SLUG_MIN = 3;
export const SLUG_MAX = 48;
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Words that name the app's own paths or would read as official. */
export const RESERVED_SLUGS: ReadonlySet<string> = new Set([
  "new",
  "invite",
  "invites",
  "api",
  "admin",
  "settings",
  "members",
  "audit",
  "org",
  "orgs",
  "dev",
  "sign-in",
  "sign-up",
  "profile",
  "practice",
  "rehearse",
  "support",
  "help",
]);

/** Why `slug` is refused, or null when it is a valid slug. */
export function slugProblem(slug: string): string | null {
  if (slug.length < SLUG_MIN || slug.length > SLUG_MAX) return `Use ${SLUG_MIN} to ${SLUG_MAX} characters.`;
  if (!SLUG_PATTERN.test(slug)) return "Use lower-case letters, digits and single hyphens, not at the start or end.";
  if (RESERVED_SLUGS.has(slug)) return "That address is reserved. Choose another.";
  return null;
}

/**
 * A slug made from a name: accents dropped, anything else that is not a letter or digit becomes one hyphen, cut to
 * fit. A name with too few usable characters (or a reserved one) gets "team-" in front, so every name has a slug.
 */
export function slugFromName(name: string): string {
  const base = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  const cut = trimHyphens(base.slice(0, SLUG_MAX));
  if (cut.length >= SLUG_MIN && !RESERVED_SLUGS.has(cut)) return cut;
  return trimHyphens(`team-${cut}`.slice(0, SLUG_MAX)).padEnd(SLUG_MIN, "0");
}

/** `slug` with a random suffix, still within the length limit: the retry when a derived slug is taken. */
export function slugWithSuffix(slug: string, suffix: string = randomSuffix()): string {
  const room = SLUG_MAX - suffix.length - 1;
  return `${trimHyphens(slug.slice(0, room))}-${suffix}`;
}

function trimHyphens(value: string): string {
  return value.replace(/^-+|-+$/g, "");
}

/** Six hex digits from the platform's CSPRNG (Web Crypto, so the module also runs in the browser). */
function randomSuffix(): string {
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(3));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, "0")).join("");
}
