/**
 * The slice of the Web Speech API the voice capture uses. TypeScript's DOM library lists the result types but not
 * the recogniser itself (Chromium ships it prefixed), so the constructor is typed here.
 */
export interface SpeechRecognitionLike extends EventTarget {
  continuous: boolean;
  interimResults: boolean;
  lang: string;
  start(): void;
  stop(): void;
  abort(): void;
  onresult: ((event: { resultIndex: number; results: SpeechRecognitionResultList }) => void) | null;
  onerror: ((event: { error: string; message?: string }) => void) | null;
  onend: (() => void) | null;
}

type SpeechRecognitionConstructor = new () => SpeechRecognitionLike;

/** The browser's recogniser, standard or prefixed, or null where there is none (Firefox, most of Brave). */
export function speechRecognitionConstructor(): SpeechRecognitionConstructor | null {
  if (typeof window === "undefined") return null;
  const w = window as Window & { SpeechRecognition?: SpeechRecognitionConstructor; webkitSpeechRecognition?: SpeechRecognitionConstructor };
  return w.SpeechRecognition ?? w.webkitSpeechRecognition ?? null;
}

/** Whether this browser can record a clip for server-side transcription. */
export function canRecordAudio(): boolean {
  return typeof window !== "undefined" && typeof window.MediaRecorder !== "undefined" && !!navigator.mediaDevices?.getUserMedia;
}

/** A plain sentence for a microphone failure from getUserMedia or the recogniser. */
export function microphoneErrorMessage(nameOrCode: string): string {
  switch (nameOrCode) {
    case "NotAllowedError":
    case "SecurityError":
    case "not-allowed":
      return "Microphone access was refused. Allow the microphone for this site in your browser's settings, or type your answer.";
    case "NotFoundError":
    case "OverconstrainedError":
    case "audio-capture":
      return "No microphone was found. Connect one and try again, or type your answer.";
    case "NotReadableError":
      return "The microphone is busy in another app. Close that app and try again, or type your answer.";
    case "service-not-allowed":
    case "network":
      return "This browser's live transcription is not available right now. Type your answer instead.";
    default:
      return "The microphone stopped unexpectedly. Try again, or type your answer.";
  }
}
