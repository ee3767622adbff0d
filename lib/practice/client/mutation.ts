/**
 * The framework-free half of `useApiMutation`: one JSON request at a time through `apiRequest`, with the state a
 * button and its form show (pending, an error or a rate-limit notice, per-field messages). Kept out of React so the
 * double-submit guard and the wording of failures are tested in plain node.
 */
import { apiRequest, type ApiFailure, type ApiRequestOptions, type ApiResult } from "./api-request";
import { withRetryHint } from "./timer";

export type FieldErrors = Record<string, string[]>;

export type MutationStatus = "idle" | "pending" | "succeeded" | "failed";

/** What the screen shows. At most one of `error` and `limited` is set, and only when the status is "failed". */
export type MutationState = {
  status: MutationStatus;
  error: string | null;
  limited: string | null;
  fields: FieldErrors;
  /** On a 402: where to upgrade, shown as a link beside the error. */
  upgradeUrl?: string;
};

export const IDLE: MutationState = { status: "idle", error: null, limited: null, fields: {} };

export type FailureWording = {
  /**
   * The notice for a 429, given the Retry-After wait in seconds (null when the server gave none). Without it the
   * server's own sentence is shown with "Try again in …" appended.
   */
  rateLimited?: (waitSeconds: number | null) => string;
  /** Sentences of our own for particular statuses, in place of the server's, e.g. `{ 401: "Sign in again…" }`. */
  byStatus?: Partial<Record<number, string>>;
};

export type MutationOptions = ApiRequestOptions &
  FailureWording & {
    /**
     * Stay pending after a success, for a request that is followed by navigation or a page refresh: the button
     * cannot fire again while the next page loads. Only `fail` releases it.
     */
    holdOnSuccess?: boolean;
  };

/** The failure's message, as an error or (for a 429) a rate-limit notice, with the per-field messages. */
export function describeFailure(failure: ApiFailure, wording: FailureWording = {}): MutationState {
  if (failure.status === 429) {
    const wait = failure.retryAfterSeconds ?? null;
    const limited = wording.rateLimited ? wording.rateLimited(wait) : withRetryHint(failure.message, wait);
    return { status: "failed", error: null, limited, fields: {} };
  }
  const fixed = failure.status === null ? undefined : wording.byStatus?.[failure.status];
  if (fixed) return { status: "failed", error: fixed, limited: null, fields: {} };
  const failed: MutationState = { status: "failed", error: failure.message, limited: null, fields: failure.fields ?? {} };
  return failure.upgradeUrl ? { ...failed, upgradeUrl: failure.upgradeUrl } : failed;
}

export type Mutation<T> = {
  getState: () => MutationState;
  subscribe: (listener: () => void) => () => void;
  /**
   * Sends the request unless one is already in flight (or held after a success); then it resolves to null without
   * sending anything. Otherwise it resolves to apiRequest's result, after the state has been updated.
   */
  mutate: (url: string, init: RequestInit) => Promise<ApiResult<T> | null>;
  /** Shows a message of our own (a check before sending, or a success body we cannot use) and releases the guard. */
  fail: (message: string) => void;
  /** Forgets the last outcome, e.g. when its dialog is cancelled. Does nothing while a request is in flight. */
  reset: () => void;
};

/** One mutation's state and guard. `getOptions` is read at each send, so the latest callbacks are used. */
export function createMutation<T = unknown>(getOptions: () => MutationOptions): Mutation<T> {
  let state: MutationState = IDLE;
  const listeners = new Set<() => void>();
  const set = (next: MutationState) => {
    state = next;
    listeners.forEach((listener) => listener());
  };

  return {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async mutate(url, init) {
      // The guard is the status itself, set synchronously: a second click in the same tick already sees "pending".
      if (state.status === "pending") return null;
      set({ ...IDLE, status: "pending" });
      const { rateLimited, byStatus, holdOnSuccess, ...request } = getOptions();
      const result = await apiRequest<T>(url, init, request);
      if (!result.ok) set(describeFailure(result, { rateLimited, byStatus }));
      else if (!holdOnSuccess) set({ ...IDLE, status: "succeeded" });
      return result;
    },
    fail(message) {
      set({ status: "failed", error: message, limited: null, fields: {} });
    },
    reset() {
      if (state.status !== "pending" && state !== IDLE) set(IDLE);
    },
  };
}
