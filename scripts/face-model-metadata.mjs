/**
 * Turns the BlazeFace short-range model that npm's @mediapipe/face_detection ships (face_detection_short_range.tflite,
 * no TFLite metadata) into the one MediaPipe's Tasks FaceDetector accepts: the same graph and weights plus a
 * `TFLITE_METADATA` entry describing the input (an RGB image normalised with mean 127.5 and std 127.5) and the two
 * outputs. Without it FaceDetector fails with "Input tensor has type float32: it requires specifying
 * NormalizationOptions metadata".
 *
 * The output reproduces byte for byte what TensorFlow Lite's Python metadata populator writes for this model: it
 * repacks the whole model with the Python FlatBuffers object API (which scripts/flatbuffer-codec.mjs mirrors),
 * appends the metadata buffer and its `Model.metadata` entry, then appends an empty zip directory (the populator
 * opens the model as a zip to pack associated files, and closing it writes one even when there are none).
 * So the result can be checked against the SHA-256 of Google's published blaze_face_short_range.tflite.
 */
import { readRoot, writeRoot } from "./flatbuffer-codec.mjs";
import { METADATA_SCHEMA, MODEL_SCHEMA } from "./tflite-schema.mjs";

export const NPM_MODEL_BYTES = 229_032;
export const FACE_MODEL_SHA256 = "b4578f35940bf5a1a655214a1cce5cab13eba73c1297cd78e1a04c2380b0152f";
export const FACE_MODEL_BYTES = 229_746;

const IMAGE_PROPERTIES = 2;
const FEATURE_PROPERTIES = 1;
const NORMALIZATION_OPTIONS = 1;
const COLOR_SPACE_RGB = 1;

/** Output tensors carry raw feature values; the detector decodes them with its own anchors. */
const featureTensor = (name, description) => ({
  name,
  description,
  content: { content_properties: { type: FEATURE_PROPERTIES, value: {} } },
  stats: {},
});

/** The model card's description of BlazeFace short range, as metadata_schema.fbs expresses it. */
export const FACE_MODEL_METADATA = {
  name: "Short Range Face Detection",
  description: "Detects human face with frontal camera",
  version: "1",
  subgraph_metadata: [
    {
      input_tensor_metadata: [
        {
          name: "image",
          description: "Input image to be detected",
          content: { content_properties: { type: IMAGE_PROPERTIES, value: { color_space: COLOR_SPACE_RGB } } },
          // Pixels in [0, 255] become (pixel - 127.5) / 127.5, i.e. [-1, 1], which the stats record.
          process_units: [{ options: { type: NORMALIZATION_OPTIONS, value: { mean: [127.5], std: [127.5] } } }],
          stats: { max: [1], min: [-1] },
        },
      ],
      output_tensor_metadata: [
        featureTensor("raw boxes/keypoints", "Undecoded face bboxes location and keypoints"),
        featureTensor("scores", "Scores of the detected bboxes."),
      ],
    },
  ],
  author: "MediaPipe",
  min_parser_version: "1.0.0",
};

export function buildMetadata(metadata = FACE_MODEL_METADATA) {
  return writeRoot(metadata, METADATA_SCHEMA, "ModelMetadata", "M001");
}

/** A zip end-of-central-directory record for an archive with no entries whose directory starts at `offset`. */
function emptyZipDirectory(offset) {
  const record = new Uint8Array(22);
  const view = new DataView(record.buffer);
  view.setUint32(0, 0x06054b50, true);
  view.setUint32(16, offset, true);
  return record;
}

/** The npm model's bytes in, the model with metadata out. Throws if the input is not a TFLite model. */
export function addFaceModelMetadata(modelBytes, metadata = FACE_MODEL_METADATA) {
  const bytes = modelBytes instanceof Uint8Array ? modelBytes : new Uint8Array(modelBytes);
  if (new TextDecoder().decode(bytes.subarray(4, 8)) !== "TFL3") throw new Error("not a TensorFlow Lite model (no TFL3 identifier)");
  const model = readRoot(bytes, MODEL_SCHEMA, "Model");
  if (model.metadata?.some((entry) => entry.name === "TFLITE_METADATA")) throw new Error("the model already carries TFLITE_METADATA");
  model.buffers = [...(model.buffers ?? []), { data: buildMetadata(metadata) }];
  model.metadata = [...(model.metadata ?? []), { name: "TFLITE_METADATA", buffer: model.buffers.length - 1 }];
  const flatbuffer = writeRoot(model, MODEL_SCHEMA, "Model", "TFL3");
  const result = new Uint8Array(flatbuffer.length + 22);
  result.set(flatbuffer);
  result.set(emptyZipDirectory(flatbuffer.length), flatbuffer.length);
  return result;
}
