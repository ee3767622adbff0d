import { z } from "zod";
import { safeText } from "@/lib/security/safe-text";

const EMAIL_MESSAGE = "Enter a valid email address.";

/** The required "I accept the terms of use and the privacy notice" checkbox, shared by sign-in and the consent page. */
export const termsAcceptance = z.literal("on", { error: "Accept the terms of use and the privacy notice to continue." });

export const localSignInSchema = z.object({
  // Trimmed and lower-cased first, then checked: a pasted " Ada@Example.com " is a valid address, not a typo.
  email: safeText(EMAIL_MESSAGE)
    .trim()
    .toLowerCase()
    .max(254, "Email must be at most 254 characters.")
    .pipe(z.email(EMAIL_MESSAGE)),
  displayName: safeText()
    .trim()
    .min(1, "Enter the name to show on your account.")
    .max(80, "Display name must be at most 80 characters."),
  redirectTo: z.string().optional(),
  // The checkbox: a browser sends "on" when ticked and nothing otherwise.
  acceptTerms: termsAcceptance,
});

export type LocalSignInInput = z.infer<typeof localSignInSchema>;

// Only the origin matters: relative paths resolve against it, and anything that resolves elsewhere is refused. A
// reserved name (RFC 2606) rather than APP_URL keeps this pure for the browser; the cost is that an absolute link to
// our own host falls back too, and the proxy only ever sends a path.
const BASE = new URL("https://rehearse.invalid");
/** Longer than any path of ours with its query; short enough for every server's header limits. */
const MAX_REDIRECT_PATH = 2048;

// Browsers drop tabs and newlines from URLs, so "/\t/evil.example" becomes "//evil.example"; they also read "\" as
// "/". Any control character or backslash is refused outright instead of guessing how each browser cleans it.
const UNSAFE_CHARACTERS = /[\u0000-\u001f\u007f\\]/;

/**
 * The path to send a user to after sign-in, or `fallback`. Only a value that resolves on this app's own origin is
 * followed, and what is returned is the normalised path, query and fragment, never the raw value, so a crafted link
 * cannot bounce a user to another site.
 */
export function safeRedirectPath(value: string | undefined | null, fallback = "/profile"): string {
  // Only an absolute path on this site is followed; anything else (a relative path, a scheme) is not one we sent.
  if (!value || !value.startsWith("/") || UNSAFE_CHARACTERS.test(value)) return fallback;
  let url: URL;
  try {
    url = new URL(value, BASE);
  } catch {
    return fallback;
  }
  // "/..//evil.example" normalises to the path "//evil.example", which a browser would read as another host.
  if (url.origin !== BASE.origin || url.pathname.startsWith("//")) return fallback;
  const path = url.pathname + url.search + url.hash;
  // A Location header of tens of kilobytes (found by fuzzing the form) is refused by servers and browsers alike.
  return path.length <= MAX_REDIRECT_PATH ? path : fallback;
}
