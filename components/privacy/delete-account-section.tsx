"use client";

import { useId } from "react";
import Link from "next/link";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { jsonBody } from "@/lib/practice/client/api-request";
import { browserStorage, createDraftStore } from "@/lib/practice/client/draft-store";
import { useApiMutation } from "@/lib/practice/client/use-api-mutation";
import type { OrganisationSummary } from "@/lib/privacy/account-deletion/organisations";
import { DELETE_ACCOUNT_PHRASE } from "@/lib/privacy/account-deletion/phrase";

type Props = {
  /** Organisations the user alone owns that have other members: the deletion is refused until they are handed over. */
  blocking: OrganisationSummary[];
  /** Organisations the user is the only member of: deleted with the account. */
  deletedWithAccount: OrganisationSummary[];
};

function OrganisationList({ organisations, action, page }: { organisations: OrganisationSummary[]; action: string; page: string }) {
  return (
    <ul className="list-disc pl-5">
      {organisations.map((organisation) => (
        <li key={organisation.slug}>
          {organisation.name}{" "}
          <Link href={`/org/${organisation.slug}${page}`} className="text-brand underline underline-offset-2">
            {action}
            <span className="sr-only"> of {organisation.name}</span>
          </Link>
        </li>
      ))}
    </ul>
  );
}

/**
 * Deletes the account after the user types the phrase. Says first what goes and what stays anonymised, and which
 * organisations stand in the way; the API checks both again. On success the session is over: this browser's answer
 * drafts go too, and a full navigation to sign-in drops everything the page still holds.
 */
export function DeleteAccountSection({ blocking, deletedWithAccount }: Props) {
  const id = useId();
  const removal = useApiMutation({
    failed: "We could not delete your account. Nothing was deleted; please try again.",
    offline: "We could not reach the server. Nothing was deleted; check your connection and try again.",
    holdOnSuccess: true,
  });

  async function deleteAccount(): Promise<boolean> {
    const result = await removal.mutate("/api/account", { method: "DELETE", ...jsonBody({ confirm: DELETE_ACCOUNT_PHRASE }) });
    if (!result?.ok) return false;
    createDraftStore(browserStorage()).close();
    window.location.assign("/sign-in?reason=account-deleted");
    // The dialog stays open, its button pending, while the sign-in page loads.
    return false;
  }

  return (
    <section aria-labelledby={`${id}-heading`} className="space-y-3 rounded-lg border border-red-200 bg-white p-4 sm:p-6" data-testid="delete-account">
      <h2 id={`${id}-heading`} className="text-lg font-semibold">
        Delete your account
      </h2>
      <div className="space-y-2 text-sm text-slate-600">
        <p>
          Deleted at once: your account, profile, practice sessions with their answers, feedback and scores, your
          consents, sign-in history and privacy settings, your memberships and reviews in organisations, and invites
          sent to your email.
        </p>
        <p>
          Kept without anything that leads back to you: the audit log keeps what happened and when, but not your id,
          email, name or IP hash. Assessments, candidate invites and decisions you made stay with their organisation,
          with you removed as their author.
        </p>
        <p>This cannot be undone. Signing in again with the same email starts a new, empty account.</p>
      </div>
      {deletedWithAccount.length > 0 ? (
        <div className="text-sm text-slate-700">
          <p>You are the only member of these organisations; they are deleted with your account, with everything in them:</p>
          <OrganisationList organisations={deletedWithAccount} action="Open" page="" />
        </div>
      ) : null}
      {blocking.length > 0 ? (
        <div role="note" className="space-y-1 rounded-md bg-amber-50 p-3 text-sm text-amber-900" data-testid="delete-account-blocked">
          <p>
            You are the only owner of these organisations, which have other members. Make another member an owner, or
            delete the organisation, before you can delete your account:
          </p>
          <OrganisationList organisations={blocking} action="Manage members" page="/members" />
        </div>
      ) : (
        <ConfirmDialog
          triggerLabel="Delete my account"
          title="Delete your account?"
          description="Everything listed above is deleted now and you are signed out. This cannot be undone."
          confirmLabel="Delete my account"
          pendingLabel="Deleting…"
          phrase={DELETE_ACCOUNT_PHRASE}
          pending={removal.pending}
          error={removal.message}
          onConfirm={deleteAccount}
          onOpenChange={() => removal.reset()}
        />
      )}
    </section>
  );
}
