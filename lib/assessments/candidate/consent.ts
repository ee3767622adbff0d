/**
 * What a candidate is told before they start, and the version their consent is recorded against. Pure: the page and
 * the API share it. Bump the version whenever the list changes, so a stored consent always names the text agreed to.
 */

export const CANDIDATE_CONSENT_VERSION = "candidate-consent-2026-12b";

/** Everything an attempt collects, in plain words; the proctoring lines only when proctoring is on. */
export function collectedData(proctoring: boolean): string[] {
  const always = [
    "Your answer to each question as text (a spoken answer is kept as its transcript, never as audio).",
    "When each question was first shown and how long each answer took, whether it ran over its time limit, and how many retakes you used.",
    "Delivery numbers measured in your browser: word count, pace, pauses and filler words.",
    "Your consent: the version of this notice, when you agreed, and a one-way hash of your IP address.",
  ];
  const proctored = [
    "Tab switches and times this window lost focus, with when they happened during each question.",
    "Camera presence counts computed in your browser (face not visible, looking away, more than one face). No video or images are recorded or sent.",
  ];
  return proctoring ? [...always, ...proctored] : always;
}

/** Who sees what is collected, in plain words. */
export function seenBy(organisationName: string): string {
  return `Only ${organisationName}'s hiring team on Rehearse (its owners, managers and reviewers) sees your answers and these signals. Your answers are scored for them; you are not shown scores.`;
}
