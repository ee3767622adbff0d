import { describe, expect, it } from "vitest";
import { z } from "zod";
import { StrictSchemaError, strictSchemaProblems, toStrictJsonSchema } from "./strict-json-schema";

describe("toStrictJsonSchema", () => {
  it("requires every property and closes every object", () => {
    const json = toStrictJsonSchema(z.object({ a: z.string(), nested: z.object({ b: z.number().int().min(0) }) }));
    expect(json).toMatchObject({
      type: "object",
      required: ["a", "nested"],
      additionalProperties: false,
      properties: { nested: { required: ["b"], additionalProperties: false } },
    });
    expect(json).not.toHaveProperty("$schema");
  });

  it("drops string length limits, which strict mode rejects, and keeps fields named after them", () => {
    const json = toStrictJsonSchema(z.object({ maxLength: z.string().min(1).max(10) }));
    expect(json.properties).toEqual({ maxLength: { type: "string" } });
  });

  it("keeps number bounds, array sizes and nullable enums, which strict mode supports", () => {
    const json = toStrictJsonSchema(
      z.object({ n: z.number().int().min(0).max(100), xs: z.array(z.enum(["a", "b"]).nullable()).min(3).max(6) }),
    );
    expect(json.properties).toMatchObject({
      n: { type: "integer", minimum: 0, maximum: 100 },
      xs: { minItems: 3, maxItems: 6, items: { anyOf: [{ enum: ["a", "b"] }, { type: "null" }] } },
    });
  });

  it("rejects an optional property", () => {
    expect(() => toStrictJsonSchema(z.object({ a: z.string(), b: z.string().optional() }))).toThrow(StrictSchemaError);
  });

  it("rejects an object open to extra keys, at any depth", () => {
    expect(() => toStrictJsonSchema(z.object({ inner: z.looseObject({ a: z.string() }) }))).toThrow(/properties\/inner/);
  });

  it("rejects a root that is not an object", () => {
    expect(() => toStrictJsonSchema(z.array(z.string()))).toThrow(/root must be an object/);
  });
});

describe("strictSchemaProblems", () => {
  it("names each problem with its path", () => {
    const problems = strictSchemaProblems({
      type: "object",
      properties: { a: { type: "object", properties: { b: { type: "string", minLength: 1 } } } },
      required: ["a"],
      additionalProperties: false,
    });
    expect(problems).toEqual([
      "#/properties/a: additionalProperties must be false",
      "#/properties/a: every property must be required (optional: b)",
      '#/properties/a/properties/b: "minLength" is not supported',
    ]);
  });
});
