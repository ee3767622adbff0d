import type { PracticeRetentionChoice } from "@/db/schema/privacy";

/** The practice retention choices with the words the settings page shows. Pure and zod-free: the select imports it. */
export const PRACTICE_RETENTION_OPTIONS = [
  { value: "keep", label: "Keep until I delete them" },
  { value: "90d", label: "Delete after 90 days" },
  { value: "1y", label: "Delete after 1 year" },
] as const satisfies readonly { value: PracticeRetentionChoice; label: string }[];
