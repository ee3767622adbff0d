/** Whether the face-detection model was installed into public/ by scripts/prepare-mediapipe.mjs. */
import "server-only";
import fs from "node:fs";
import path from "node:path";

export const PRESENCE_MODEL_URL = "/mediapipe/models/face_detector.tflite";

export function presenceModelUrl(): string | null {
  const file = path.join(/* turbopackIgnore: true */ process.cwd(), "public", PRESENCE_MODEL_URL);
  return fs.existsSync(file) ? PRESENCE_MODEL_URL : null;
}
