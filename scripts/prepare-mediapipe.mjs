#!/usr/bin/env node
/**
 * Puts MediaPipe's browser files where our own origin serves them (public/mediapipe/, git-ignored): the ES-module
 * bundle, the wasm fileset, and the face-detection model. Nothing is fetched from a CDN, at build time or run time.
 * The model comes from PRESENCE_MODEL_FILE, else ../shared/mediapipe/blaze_face_short_range.tflite; it is checked by
 * size and SHA-256, because corrupt copies of this model circulate. Without it, presence tracking says it is off.
 */
import { createHash } from "node:crypto";
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
const out = path.join(root, "public", "mediapipe");
const require = createRequire(import.meta.url);
// The package's exports map hides package.json, so resolve the main entry and take its folder.
const packageDir = path.dirname(require.resolve("@mediapipe/tasks-vision"));

const MODEL_SHA256 = "b4578f35940bf5a1a655214a1cce5cab13eba73c1297cd78e1a04c2380b0152f";
const MODEL_BYTES = 229_746;
const modelSource = process.env.PRESENCE_MODEL_FILE || path.join(root, "..", "shared", "mediapipe", "blaze_face_short_range.tflite");
const modelTarget = path.join(out, "models", "face_detector.tflite");

function copyIfChanged(from, to) {
  const source = fs.statSync(from);
  const existing = fs.existsSync(to) ? fs.statSync(to) : null;
  if (existing && existing.size === source.size && existing.mtimeMs >= source.mtimeMs) return;
  fs.mkdirSync(path.dirname(to), { recursive: true });
  fs.rmSync(to, { force: true });
  fs.copyFileSync(from, to);
  // The shared model is read-only; the copy must stay replaceable.
  fs.chmodSync(to, 0o644);
}

copyIfChanged(path.join(packageDir, "vision_bundle.mjs"), path.join(out, "vision_bundle.mjs"));
for (const file of ["vision_wasm_module_internal.js", "vision_wasm_module_internal.wasm", "vision_wasm_internal.js", "vision_wasm_internal.wasm"]) {
  copyIfChanged(path.join(packageDir, "wasm", file), path.join(out, "wasm", file));
}

if (fs.existsSync(modelSource)) {
  const bytes = fs.readFileSync(modelSource);
  const digest = createHash("sha256").update(bytes).digest("hex");
  if (bytes.length !== MODEL_BYTES || digest !== MODEL_SHA256) {
    console.error(`prepare-mediapipe: ${modelSource} is not the verified BlazeFace model (size ${bytes.length}, sha256 ${digest}); presence tracking stays off.`);
    fs.rmSync(modelTarget, { force: true });
  } else {
    copyIfChanged(modelSource, modelTarget);
    console.log(`prepare-mediapipe: model ready at public/mediapipe/models/face_detector.tflite`);
  }
} else {
  fs.rmSync(modelTarget, { force: true });
  console.log(`prepare-mediapipe: no model at ${modelSource}; presence tracking will say it is unavailable.`);
}
