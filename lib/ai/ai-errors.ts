/**
 * The one error the AI adapter throws when a model cannot give a usable answer. Callers branch on `reason`, never on
 * vendor error classes, so the rest of the code does not depend on the SDK. Messages carry no prompt or answer text:
 * they end up in logs.
 */

/** Why the model could not answer: too slow, unusable output, provider failure (HTTP error, network), or a refusal. */
export type AiUnavailableReason = "timeout" | "invalid_output" | "provider_error" | "refused";

/** Thrown by `completeStructured` for every failure the caller should answer with an offline fallback. */
export class AiUnavailableError extends Error {
  readonly reason: AiUnavailableReason;
  /** The provider's HTTP status, when it sent one (e.g. 503). */
  readonly status?: number;

  constructor(reason: AiUnavailableReason, message: string, options: { status?: number; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = "AiUnavailableError";
    this.reason = reason;
    this.status = options.status;
  }
}
