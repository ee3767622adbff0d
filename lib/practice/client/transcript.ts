/** Joining dictated text onto what the candidate has already written. Pure, for the voice capture. */

/**
 * Appends a final speech segment to the transcript with one space between them, and a capital after a sentence end
 * so dictation reads like typing. Empty additions leave the transcript as it is.
 */
export function appendTranscript(base: string, addition: string): string {
  const text = addition.trim().replace(/\s+/g, " ");
  if (!text) return base;
  const head = base.replace(/\s+$/, "");
  if (!head) return capitalise(text);
  const sentenceEnded = /[.!?]$/.test(head);
  return `${head} ${sentenceEnded ? capitalise(text) : text}`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
