/**
 * The terms gate: a signed-in user whose latest terms acceptance is missing (a Clerk sign-in, which never showed our
 * checkbox) or for an older version is sent to the consent page before any signed-in page renders. Pure.
 */
import type { ConsentAnswers } from "@/lib/context/principal";
import { needsTermsAcceptance } from "./consent-view";

export const CONSENT_PAGE_PATH = "/welcome/consent";
/** The consent page's definePage name: the one signed-in page the gate lets through. */
export const CONSENT_PAGE_NAME = "welcome.consent";

/** Where to send the user first, or null when the page may render. */
export function termsGateRedirect(principal: ConsentAnswers, pageName: string, returnTo: string): string | null {
  if (pageName === CONSENT_PAGE_NAME || !needsTermsAcceptance(principal.acceptedTermsVersion)) return null;
  return `${CONSENT_PAGE_PATH}?redirect_url=${encodeURIComponent(returnTo)}`;
}
