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

/** "4 Mar 2024": the Monday (in UTC, as the series groups weeks) that starts a weekly point. */
export function formatWeekDate(value: Date | string): string {
  return toDate(value).toLocaleDateString("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
}

/** "w/c 4 Mar 2024": a weekly point's row in the figures table. */
export function formatWeekStart(value: Date | string): string {
  return `w/c ${formatWeekDate(value)}`;
}

/** "Mar 2024": the weekly chart's x axis, which spans months or years. */
export function formatMonthYear(value: Date | string): string {
  return toDate(value).toLocaleDateString("en-GB", { month: "short", year: "numeric", timeZone: "UTC" });
}
