#!/usr/bin/env node
/**
 * Puts MediaPipe's browser files where our own origin serves them (public/mediapipe/, git-ignored): the ES-module
 * bundle, the wasm fileset, and the face-detection model. Nothing is fetched from a CDN, at build time or run time.
 *
 * The model is built from the BlazeFace short-range model in the npm package @mediapipe/face_detection, given the
 * TFLite metadata MediaPipe's FaceDetector needs (scripts/face-model-metadata.mjs); PRESENCE_MODEL_FILE, when set,
 * names a ready-made blaze_face_short_range.tflite to use instead. Either way the result must match the size and
 * SHA-256 of Google's published model, because corrupt copies circulate. Without it, presence tracking is off and
 * the app says so to candidates.
 */
import { createHash } from "node:crypto";
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { addFaceModelMetadata, FACE_MODEL_BYTES, FACE_MODEL_SHA256 } from "./face-model-metadata.mjs";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
const out = path.join(root, "public", "mediapipe");
const require = createRequire(import.meta.url);
// The package's exports map hides package.json, so resolve the main entry and take its folder.
const packageDir = path.dirname(require.resolve("@mediapipe/tasks-vision"));
const modelTarget = path.join(out, "models", "face_detector.tflite");

function copyIfChanged(from, to) {
  const source = fs.statSync(from);
  const existing = fs.existsSync(to) ? fs.statSync(to) : null;
  if (existing && existing.size === source.size && existing.mtimeMs >= source.mtimeMs) return;
  fs.mkdirSync(path.dirname(to), { recursive: true });
  fs.rmSync(to, { force: true });
  fs.copyFileSync(from, to);
  // Sources may be read-only; the copy must stay replaceable.
  fs.chmodSync(to, 0o644);
}

const isVerifiedModel = (bytes) => bytes.length === FACE_MODEL_BYTES && createHash("sha256").update(bytes).digest("hex") === FACE_MODEL_SHA256;

/** The model's bytes and where they came from, or the reason there is none. */
function produceModel() {
  const override = process.env.PRESENCE_MODEL_FILE?.trim();
  if (override) {
    if (!fs.existsSync(override)) return { problem: `PRESENCE_MODEL_FILE names ${override}, which does not exist` };
    return { bytes: fs.readFileSync(override), source: override };
  }
  let npmModel;
  try {
    npmModel = require.resolve("@mediapipe/face_detection/face_detection_short_range.tflite");
  } catch {
    return { problem: "the npm package @mediapipe/face_detection is not installed (run npm install)" };
  }
  try {
    return { bytes: addFaceModelMetadata(fs.readFileSync(npmModel)), source: `${path.relative(root, npmModel)} plus TFLite metadata` };
  } catch (error) {
    return { problem: `could not add metadata to ${npmModel}: ${error.message}` };
  }
}

function prepareModel() {
  if (fs.existsSync(modelTarget) && !process.env.PRESENCE_MODEL_FILE && isVerifiedModel(fs.readFileSync(modelTarget))) return;
  const { bytes, source, problem } = produceModel();
  fs.rmSync(modelTarget, { force: true });
  if (problem) {
    console.error(`prepare-mediapipe: ${problem}; camera presence stays off.`);
    return;
  }
  if (!isVerifiedModel(bytes)) {
    const digest = createHash("sha256").update(bytes).digest("hex");
    console.error(`prepare-mediapipe: ${source} is not the verified BlazeFace model (size ${bytes.length}, sha256 ${digest}); camera presence stays off.`);
    return;
  }
  fs.mkdirSync(path.dirname(modelTarget), { recursive: true });
  fs.writeFileSync(modelTarget, bytes, { mode: 0o644 });
  console.log(`prepare-mediapipe: face model ready at public/mediapipe/models/face_detector.tflite (from ${source})`);
}

copyIfChanged(path.join(packageDir, "vision_bundle.mjs"), path.join(out, "vision_bundle.mjs"));
for (const file of ["vision_wasm_module_internal.js", "vision_wasm_module_internal.wasm", "vision_wasm_internal.js", "vision_wasm_internal.wasm"]) {
  copyIfChanged(path.join(packageDir, "wasm", file), path.join(out, "wasm", file));
}
prepareModel();
