"use client";

/**
 * The one way components send a JSON (or multipart) mutation to our API: `apiRequest` behind a guard that lets one
 * request through at a time, with the pending state and the message to show. Forms backed by server actions keep
 * `useActionState` instead; this is for the routes under /api.
 */
import { useEffect, useRef, useState, useSyncExternalStore } from "react";
import { createMutation, type MutationOptions } from "./mutation";

export type { MutationOptions } from "./mutation";

/**
 * `mutate(url, init)` sends the request, resolving to apiRequest's result, or to null when one is already pending.
 * `error` or `limited` (a 429, with the wait) describes a failure and `fields` its per-field messages; `message` is
 * whichever of the two is set. `fail(message)` shows a message of our own; `reset()` clears the last outcome.
 */
export function useApiMutation<T = unknown>(options: MutationOptions) {
  const optionsRef = useRef(options);
  useEffect(() => {
    optionsRef.current = options;
  });
  const [mutation] = useState(() => createMutation<T>(() => optionsRef.current));
  const state = useSyncExternalStore(mutation.subscribe, mutation.getState, mutation.getState);
  return {
    ...state,
    pending: state.status === "pending",
    message: state.error ?? state.limited,
    mutate: mutation.mutate,
    fail: mutation.fail,
    reset: mutation.reset,
  };
}
