/** Words the invite screens share: role names with what each may do, and dates as the rest of the app shows them. */
import type { OrganisationRole } from "@/db/schema";

export const ROLE_LABELS: Record<OrganisationRole, string> = { owner: "Owner", manager: "Manager", reviewer: "Reviewer" };

export const ROLE_HINTS: Record<OrganisationRole, string> = {
  owner: "everything, including settings, billing and the audit log",
  manager: "assessments, candidates and reviewers",
  reviewer: "views results, rates and comments",
};

/** "14 Mar 2026, 09:00" in UTC, so the server's rendering and the browser's agree. */
export function formatInviteDate(iso: string): string {
  return `${new Date(iso).toLocaleString("en-GB", {
    day: "numeric",
    month: "short",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    timeZone: "UTC",
  })} UTC`;
}
