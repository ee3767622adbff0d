import { expect } from "vitest";
import { AppError, type ErrorCode } from "@/lib/api/app-error";

/** Awaits `work`, asserts it rejected with an AppError of `code` and `status`, and returns that error. */
export async function expectAppError(work: Promise<unknown>, code: ErrorCode, status: number): Promise<AppError> {
  const error = await work.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe(code);
  expect((error as AppError).status).toBe(status);
  return error as AppError;
}
