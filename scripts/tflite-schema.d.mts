/** Types for scripts/tflite-schema.mjs, so TypeScript tests can import it. */
import type { Schema } from "./flatbuffer-codec.mjs";
export declare const MODEL_SCHEMA: Schema;
export declare const METADATA_SCHEMA: Schema;
