/** Types for scripts/face-model-metadata.mjs, so TypeScript tests can import it. */
export declare const NPM_MODEL_BYTES: number;
export declare const FACE_MODEL_SHA256: string;
export declare const FACE_MODEL_BYTES: number;
export declare const FACE_MODEL_METADATA: Record<string, unknown>;
export declare function buildMetadata(metadata?: Record<string, unknown>): Uint8Array;
export declare function addFaceModelMetadata(modelBytes: Uint8Array, metadata?: Record<string, unknown>): Uint8Array;
