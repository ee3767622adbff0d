import type { FieldErrors } from "@/lib/api/app-error";

/** What a server action hands back to its form. Shared by the server wrapper and client components. */
export type ActionState<T = unknown> = {
  status: "idle" | "success" | "error";
  message?: string;
  fields?: FieldErrors;
  data?: T;
  /** On a refusal, the text fields as submitted, so the form shows them again instead of losing them. */
  values?: Record<string, string>;
  /** On a 402: where to upgrade (the form shows it as a link beside the message). */
  upgradeUrl?: string;
};

export const IDLE_STATE: ActionState = { status: "idle" };
