/**
 * Voice for the practice loop: questions and follow-ups read aloud and recorded answers transcribed, both through
 * OpenAI and both optional (503 `ai_unavailable` without AI, so the browser falls back to its own speech features).
 */
import "server-only";

export { MAX_AUDIO_FORM_BYTES, readAudioField } from "./audio-form";
export { ALLOWED_AUDIO_TYPES, AUDIO_FIELD, type AudioType, baseMediaType, checkAudioUpload, MAX_AUDIO_BYTES } from "./upload";
export { speakFollowUp, speakQuestion, transcribeAnswer } from "./voice-service";
