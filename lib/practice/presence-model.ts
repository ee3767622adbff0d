/** Whether the face-detection model was installed into public/ by scripts/prepare-mediapipe.mjs. */
import "server-only";
import fs from "node:fs";
import path from "node:path";
import { log, type Logger } from "@/lib/observability/logger";

export const PRESENCE_MODEL_URL = "/mediapipe/models/face_detector.tflite";

export function presenceModelUrl(): string | null {
  const file = path.join(/* turbopackIgnore: true */ process.cwd(), "public", PRESENCE_MODEL_URL);
  return fs.existsSync(file) ? PRESENCE_MODEL_URL : null;
}

/** How an operator turns camera presence on; candidates are only told it is not available. */
export const PRESENCE_MODEL_FIX =
  "public/mediapipe/models/face_detector.tflite is missing. npm run dev, npm run build and npm start create it with " +
  "scripts/prepare-mediapipe.mjs, from the npm package @mediapipe/face_detection (or from the file PRESENCE_MODEL_FILE " +
  "names); run that script and read its output for why it could not.";

/** Called once at server start (instrumentation.ts): warns operators when camera presence is off. */
export function reportPresenceModel(logger: Logger = log): void {
  if (presenceModelUrl()) return;
  logger.warn("presence.model_missing", { effect: "camera presence is off for every candidate", fix: PRESENCE_MODEL_FIX });
}
