import { createHash } from "node:crypto";
import fs from "node:fs";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import {
  addFaceModelMetadata,
  buildMetadata,
  FACE_MODEL_BYTES,
  FACE_MODEL_METADATA,
  FACE_MODEL_SHA256,
} from "../../scripts/face-model-metadata.mjs";
import { readRoot } from "../../scripts/flatbuffer-codec.mjs";
import { METADATA_SCHEMA, MODEL_SCHEMA } from "../../scripts/tflite-schema.mjs";

function npmModelPath(): string | null {
  try {
    return createRequire(import.meta.url).resolve("@mediapipe/face_detection/face_detection_short_range.tflite");
  } catch {
    return null;
  }
}
const npmModel = npmModelPath();
const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

describe("face model metadata (scripts/face-model-metadata.mjs)", () => {
  // Skipped only where npm did not install @mediapipe/face_detection, which holds the model it starts from.
  it.skipIf(!npmModel)("turns npm's BlazeFace model into Google's published one, byte for byte", () => {
    const built = addFaceModelMetadata(fs.readFileSync(npmModel!));
    expect(built.length).toBe(FACE_MODEL_BYTES);
    expect(sha256(built)).toBe(FACE_MODEL_SHA256);
  });

  it.skipIf(!npmModel)("records the normalisation FaceDetector needs under TFLITE_METADATA", () => {
    const built = addFaceModelMetadata(fs.readFileSync(npmModel!));
    const flatbuffer = built.subarray(0, built.length - 22); // the empty zip directory follows the model
    const model = readRoot(flatbuffer, MODEL_SCHEMA, "Model") as {
      metadata: { name: string; buffer: number }[];
      buffers: { data: Uint8Array | null }[];
    };
    const entry = model.metadata.find((item) => item.name === "TFLITE_METADATA");
    expect(entry).toBeDefined();
    const metadata = readRoot(model.buffers[entry!.buffer]!.data!, METADATA_SCHEMA, "ModelMetadata");
    const input = (metadata.subgraph_metadata as { input_tensor_metadata: Record<string, unknown>[] }[])[0]!.input_tensor_metadata[0]!;
    expect(input.name).toBe("image");
    expect(input.process_units).toEqual([{ options: { type: 1, value: { mean: [127.5], std: [127.5] } } }]);
    expect(Buffer.from(built.subarray(built.length - 22, built.length - 18)).toString("latin1")).toBe("PK\x05\x06");
  });

  it("writes metadata that reads back as the values it was given, with the M001 identifier", () => {
    const bytes = buildMetadata();
    expect(Buffer.from(bytes.subarray(4, 8)).toString("latin1")).toBe("M001");
    const read = readRoot(bytes, METADATA_SCHEMA, "ModelMetadata");
    expect(read).toMatchObject({ name: FACE_MODEL_METADATA.name, author: "MediaPipe", min_parser_version: "1.0.0", license: null });
  });

  it("refuses input that is not a TFLite model, and a model that already has metadata", () => {
    expect(() => addFaceModelMetadata(new Uint8Array(64))).toThrow(/not a TensorFlow Lite model/);
    if (npmModel) {
      const built = addFaceModelMetadata(fs.readFileSync(npmModel));
      expect(() => addFaceModelMetadata(built)).toThrow(/already carries TFLITE_METADATA/);
    }
  });
});
