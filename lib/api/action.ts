/**
 * The wrapper every signed-in server action goes through: authenticate, validate with the shared zod schema, run,
 * and turn refusals into form state instead of thrown errors (so a form never loses what the user typed).
 */
import { z } from "zod";
import { AppError } from "@/lib/api/app-error";
import type { ActionState } from "@/lib/api/action-state";
import { fieldErrorsFrom } from "@/lib/api/validation";
import { requireUser } from "@/lib/auth/current-user";
import { log } from "@/lib/observability/logger";
import { reportError } from "@/lib/observability/sentry-server";
import type { User } from "@/db/schema";

export type { ActionState } from "@/lib/api/action-state";

export function withUserAction<S extends z.ZodType, T>(
  name: string,
  schema: S,
  run: (user: User, input: z.infer<S>) => Promise<{ message: string; data?: T }>,
): (input: unknown) => Promise<ActionState<T>> {
  return async (input: unknown) => {
    try {
      const user = await requireUser();
      const parsed = schema.safeParse(input);
      if (!parsed.success) {
        const fields = fieldErrorsFrom(parsed.error);
        log.info("action_rejected", { action: name, fields: Object.keys(fields) });
        return { status: "error", message: "Please fix the highlighted fields.", fields };
      }
      const result = await run(user, parsed.data);
      return { status: "success", message: result.message, data: result.data };
    } catch (error) {
      if (error instanceof AppError) {
        log.info("action_refused", { action: name, code: error.code });
        return { status: "error", message: error.message, fields: error.fields };
      }
      log.error("action_failed", { action: name, error: error instanceof Error ? error.name : "unknown" });
      reportError(error, { action: name });
      return { status: "error", message: "Something went wrong on our side. Your input is still here; try again." };
    }
  };
}

/** FormData to a plain object of strings (files are ignored: no action here takes one). */
export function formValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  formData.forEach((value, key) => {
    if (typeof value === "string" && !key.startsWith("$ACTION")) values[key] = value;
  });
  return values;
}
