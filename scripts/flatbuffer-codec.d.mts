/** Types for scripts/flatbuffer-codec.mjs, so TypeScript tests can import it. */
export type Schema = Record<string, unknown[]>;
export declare function readRoot(bytes: Uint8Array, schema: Schema, rootTable: string): Record<string, unknown>;
export declare function writeRoot(object: Record<string, unknown>, schema: Schema, rootTable: string, identifier: string): Uint8Array;
