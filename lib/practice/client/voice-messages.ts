/**
 * What the voice answer says when something does not work: why, and what to do. Pure, so every case is unit-tested.
 *
 * Two layers can fail. The browser's live transcription (the Web Speech API) fails for many reasons that say nothing
 * about the microphone: headless or offline Chromium has no speech service and reports "audio-capture" or "network",
 * Brave and kiosk policies report "service-not-allowed" or "not-allowed". Any of those falls back to recording, and
 * only the recording's own microphone request (getUserMedia) decides whether the microphone itself is the problem.
 */

/** Web Speech errors that are not failures: a pause with no speech, or our own stop. */
const NOT_FAILURES = new Set(["no-speech", "aborted"]);

/** Whether a Web Speech error means live transcription has failed (and the answer should be recorded instead). */
export function liveTranscriptionFailed(code: string): boolean {
  return !NOT_FAILURES.has(code);
}

/** Why live transcription is not being used, as the start of a sentence; `null` code: the browser has none. */
export function liveTranscriptionProblem(code: string | null): string {
  switch (code) {
    case null:
      return "This browser has no live transcription";
    case "audio-capture":
      return "Your browser's live transcription could not capture audio";
    case "network":
      return "Your browser's live transcription could not reach its speech service";
    case "service-not-allowed":
      return "Your browser's live transcription is turned off";
    case "not-allowed":
      return "Your browser's live transcription is not allowed on this page";
    case "language-not-supported":
      return "Your browser's live transcription does not support your language";
    default:
      return "Your browser's live transcription stopped working";
  }
}

/** The note shown once live transcription has failed and voice answers are recorded instead. */
export function recordingInsteadNote(code: string | null, canTranscribe: boolean): string {
  const next = canTranscribe
    ? "Each recording is transcribed when you stop."
    : "This server cannot turn recordings into text: you type what you said, and the recording's length times your pace.";
  return `${liveTranscriptionProblem(code)}, so voice answers use recording instead. ${next}`;
}

/** Shown with a recording that could not be transcribed; its length still times the answer's pace. */
export function untranscribedNote(reason: "not-configured" | "failed", length: string): string {
  const why =
    reason === "not-configured"
      ? "AI transcription is not configured on this server, so this recording cannot be turned into text."
      : "We could not transcribe this recording.";
  return `${why} Type what you said in the answer box (you can play the recording back); its length, ${length}, is used to measure your pace.`;
}

/** A plain sentence for a failed microphone request (a getUserMedia DOMException name): why, and what to do. */
export function microphoneErrorMessage(name: string): string {
  switch (name) {
    case "NotAllowedError":
      return "Microphone access was refused. Allow the microphone for this site (the icon at the left of the address bar, or your browser's site settings), then press Start again; or type your answer.";
    case "SecurityError":
      return "This page is not allowed to use the microphone (the browser or your organisation blocks it here). Type your answer instead.";
    case "NotFoundError":
    case "OverconstrainedError":
      return "No microphone was found. Connect one, or check it is not turned off in your system's sound settings, then press Start again; or type your answer.";
    case "NotReadableError":
    case "AbortError":
      return "The microphone is busy or could not start: close other apps or tabs that use it, then press Start again; or type your answer.";
    default:
      return "The microphone stopped unexpectedly. Press Start to try again, or type your answer.";
  }
}

/** When neither live transcription nor recording is possible in this browser. */
export const CANNOT_CAPTURE_VOICE =
  "This browser can neither transcribe speech nor record audio. Use a current Chrome, Edge, Firefox or Safari to answer by voice, or type your answer.";
