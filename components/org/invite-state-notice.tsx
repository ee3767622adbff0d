import type { InviteState } from "@/lib/orgs/invites/token";

const MESSAGES: Record<Exclude<InviteState, "pending">, string> = {
  accepted: "This invite has been accepted.",
  declined: "You declined this invite. If that was a mistake, ask the person who invited you to send a new one.",
  revoked: "This invite was withdrawn by the organisation.",
  expired: "This invite has expired. Ask the person who invited you to send it again.",
};

/** Why the invite page offers no buttons: another email is signed in, or the invite is no longer open. */
export function InviteStateNotice({ state, emailMatches, signedInAs }: { state: InviteState; emailMatches: boolean; signedInAs: string }) {
  if (!emailMatches && state === "pending") {
    return (
      <div role="alert" className="space-y-2 rounded-md bg-amber-50 p-3 text-amber-900">
        <p>This invite was sent to a different email address than the one you are signed in with ({signedInAs}).</p>
        <p>Sign out, then sign in with the address the invite was sent to. Nothing has changed.</p>
      </div>
    );
  }
  if (state === "pending") return null;
  return (
    <p role="status" className="rounded-md bg-slate-50 p-3 text-slate-700">
      {MESSAGES[state]}
    </p>
  );
}
