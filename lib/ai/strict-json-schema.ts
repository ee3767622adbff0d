/**
 * Turns a zod schema into a JSON schema that OpenAI's structured outputs accept with `strict: true`, and proves it.
 *
 * Strict mode guarantees the model's JSON matches the schema, but only for a subset of JSON Schema: every object must
 * list all its properties as required and set `additionalProperties: false`, and a few keywords are not allowed.
 * Checking here means a schema that strict mode would reject fails in a unit test, not as a 400 in production.
 */
import { z } from "zod";

/** A JSON schema as plain data. */
export type JsonSchema = Record<string, unknown>;

/**
 * Keywords strict mode rejects. They are dropped from what the model sees; zod still enforces them when the reply is
 * parsed, so a reply that breaks them is still caught.
 */
const UNSUPPORTED_KEYWORDS: readonly string[] = ["minLength", "maxLength"];

/** Thrown when a schema cannot be used in strict mode; lists every offending path. */
export class StrictSchemaError extends Error {
  constructor(readonly problems: string[]) {
    super(`JSON schema is not compatible with OpenAI strict mode:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "StrictSchemaError";
  }
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

function strip(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(strip);
  if (!isRecord(node)) return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    if (UNSUPPORTED_KEYWORDS.includes(key)) continue;
    // Inside `properties` the keys are field names, not keywords: a field called "maxLength" must survive.
    out[key] = key === "properties" && isRecord(value)
      ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, strip(v)]))
      : strip(value);
  }
  return out;
}

/** Lists the strict-mode problems in a JSON schema; empty when it is compatible. Pure, so it is unit-tested. */
export function strictSchemaProblems(schema: unknown, path = "#"): string[] {
  if (Array.isArray(schema)) return schema.flatMap((s, i) => strictSchemaProblems(s, `${path}/${i}`));
  if (!isRecord(schema)) return [];
  const problems: string[] = [];
  if (schema.type === "object" || "properties" in schema) {
    const props = isRecord(schema.properties) ? Object.keys(schema.properties) : [];
    const required = Array.isArray(schema.required) ? schema.required : [];
    if (schema.additionalProperties !== false) problems.push(`${path}: additionalProperties must be false`);
    const optional = props.filter((p) => !required.includes(p));
    if (optional.length > 0) problems.push(`${path}: every property must be required (optional: ${optional.join(", ")})`);
  }
  if (path === "#" && schema.type !== "object") problems.push(`${path}: the root must be an object`);
  for (const keyword of UNSUPPORTED_KEYWORDS) {
    if (keyword in schema) problems.push(`${path}: "${keyword}" is not supported`);
  }
  for (const [key, value] of Object.entries(schema)) {
    if (key === "properties" && isRecord(value)) {
      for (const [name, sub] of Object.entries(value)) problems.push(...strictSchemaProblems(sub, `${path}/properties/${name}`));
    } else if (typeof value === "object" && value !== null && key !== "enum" && key !== "const") {
      problems.push(...strictSchemaProblems(value, `${path}/${key}`));
    }
  }
  return problems;
}

/**
 * Converts a zod schema with zod 4's `z.toJSONSchema`, drops the keywords strict mode rejects (zod still checks them
 * on parse) and throws `StrictSchemaError` if the result is still not strict-compatible, e.g. an `.optional()` field.
 */
export function toStrictJsonSchema(schema: z.ZodType): JsonSchema {
  // Schemas are module constants, so each is converted once rather than on every request that sends it.
  const cached = converted.get(schema);
  if (cached) return structuredClone(cached);
  // `$schema` names the draft; the API does not want it.
  const { $schema: _draft, ...json } = z.toJSONSchema(schema) as JsonSchema;
  const result = strip(json) as JsonSchema;
  const problems = strictSchemaProblems(result);
  if (problems.length > 0) throw new StrictSchemaError(problems);
  converted.set(schema, result);
  return structuredClone(result);
}

const converted = new WeakMap<z.ZodType, JsonSchema>();
