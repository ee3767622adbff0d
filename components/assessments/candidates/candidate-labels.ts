import type { CandidateInviteState } from "@/lib/assessments/invites/invite-state";

/** Each state's words and badge colours (text and background pass WCAG AA contrast). */
export const STATE_BADGES: Record<CandidateInviteState, { label: string; className: string }> = {
  invited: { label: "Invited", className: "bg-slate-100 text-slate-800" },
  opened: { label: "Opened", className: "bg-sky-100 text-sky-900" },
  in_progress: { label: "In progress", className: "bg-indigo-100 text-indigo-900" },
  submitted: { label: "Submitted", className: "bg-emerald-100 text-emerald-900" },
  expired: { label: "Expired", className: "bg-amber-100 text-amber-900" },
  revoked: { label: "Revoked", className: "bg-red-100 text-red-900" },
};

/** "7 Dec 2026, 10:00 UTC": one unambiguous moment for every reader. */
export function formatDeadline(iso: string): string {
  return `${new Date(iso).toLocaleString("en-GB", { day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit", timeZone: "UTC" })} UTC`;
}

export function candidatesApi(slug: string, assessmentId: string, inviteId?: string): string {
  const base = `/api/orgs/${encodeURIComponent(slug)}/assessments/${encodeURIComponent(assessmentId)}/candidates`;
  return inviteId ? `${base}/${encodeURIComponent(inviteId)}` : base;
}
