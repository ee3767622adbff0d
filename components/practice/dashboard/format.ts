/**
 * Display helpers shared by the dashboard and the saved-session view: interview-type names and dates, formatted the
 * same way everywhere (en-GB).
 */
import type { InterviewType } from "@/lib/practice/questions/types";

export const INTERVIEW_TYPE_LABELS: Record<InterviewType, string> = {
  behavioural: "Behavioural",
  role_specific: "Role-specific",
  mixed: "Mixed",
};

/** The label for a stored interview type; an unknown value (an older row) is shown as stored rather than hidden. */
export function interviewTypeLabel(type: string): string {
  return INTERVIEW_TYPE_LABELS[type as InterviewType] ?? type;
}

/** Dates arrive as Date in server components and as ISO strings after JSON; both render the same. */
export function toDate(value: Date | string): Date {
  return value instanceof Date ? value : new Date(value);
}

/** "5 Mar 2026, 14:07": with the time, because several sessions often happen on the same day. */
export function formatSessionDate(value: Date | string): string {
  return toDate(value).toLocaleString("en-GB", {
    day: "numeric",
    month: "short",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
  });
}

/** "5 Mar": short enough for the chart's x axis. */
export function formatShortDate(value: Date | string): string {
  return toDate(value).toLocaleDateString("en-GB", { day: "numeric", month: "short" });
}
