import { z } from "zod";
import { AppError, type FieldErrors } from "@/lib/api/app-error";

/** Turns zod issues into per-field messages (the first path segment names the field). */
export function fieldErrorsFrom(error: z.ZodError): FieldErrors {
  const fields: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.length > 0 ? String(issue.path[0]) : "_";
    (fields[key] ??= []).push(issue.message);
  }
  return fields;
}

/** Parses input with a schema, or throws a 422 AppError listing each bad field. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const result = schema.safeParse(input);
  if (!result.success) {
    throw new AppError("unprocessable", "Some fields are not valid.", { fields: fieldErrorsFrom(result.error) });
  }
  return result.data;
}
