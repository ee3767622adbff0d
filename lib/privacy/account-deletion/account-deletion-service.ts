/**
 * Deleting an account (issue #14): everything the data map marks as the user's goes, what must stay is anonymised,
 * and the sign-in identity is deleted, all or nothing.
 *
 * One transaction, as the system role: the app role may not read other members' rows (needed to count an
 * organisation's members) nor update the append-only audit log (needed to anonymise it). In order: lock the user's
 * organisations and refuse (409) if the user is the sole owner of one with other members; delete the organisations
 * they alone belong to; strip their id, email and name from audit events (whoever acted) and detach the events they
 * acted in or were the target of; delete invites addressed to their email and local outbox mail about them; delete
 * the user row, whose foreign keys cascade to every owned row (profile, sessions, answers, consents, sign-ins,
 * settings, memberships, reviews) and null the author of what organisations keep; record one anonymous
 * `account.delete` event; and last, delete the identity at the auth provider. A failure there rolls everything back,
 * so a retry starts from the same place; only a failed commit after Clerk said yes can leave rows behind, and those
 * belong to an identity nobody can sign in as.
 */
import "server-only";
import {
  deleteInvitesAddressedTo,
  deleteOutboxMailMentioning,
  detachAuditEventsFromUser,
  listAuditEventsMentioning,
  listMembershipsForDeletion,
  replaceAuditEventValues,
} from "@/db/queries/account-deletion";
import { recordAuditEvent } from "@/db/queries/audit";
import { findBillingRow } from "@/db/queries/billing-webhook";
import { deleteOrganisation } from "@/db/queries/organisations";
import { deleteOrganisationCustomer } from "@/lib/billing/stripe/organisation-customer";
import { deleteUser } from "@/db/queries/users";
import { type ScopedDb, scopedDb } from "@/db/scoped";
import { AppError } from "@/lib/api/app-error";
import type { UserContext } from "@/lib/context/request-context";
import { log } from "@/lib/observability/logger";
import { type ExternalAccounts, externalAccounts } from "./external-accounts";
import { blockingMessage, type OrganisationSummary, organisationOutcomes } from "./organisations";
import type { DeleteAccountInput } from "./schemas";
import { accountIdentifiers, scrubAuditValues } from "./scrub-audit-values";

/** What the profile page shows before the user tries: what blocks the deletion and what goes with it. */
export type AccountDeletionPreview = { blocking: OrganisationSummary[]; deletedWithAccount: OrganisationSummary[] };

export type AccountDeletionResult = { organisationsDeleted: number; membershipsRemoved: number };

const summary = ({ name, slug }: OrganisationSummary): OrganisationSummary => ({ name, slug });

function systemDb(ctx: UserContext): ScopedDb {
  return scopedDb(ctx.services.database, { role: "system", job: "account.delete" });
}

/**
 * The organisations that block the deletion, and those deleted with the account. Read as the system role because the
 * app role sees no other member's row to count; the query reads only organisations the user belongs to.
 */
export async function previewAccountDeletion(ctx: UserContext): Promise<AccountDeletionPreview> {
  const outcomes = organisationOutcomes(await listMembershipsForDeletion(systemDb(ctx), ctx.principal.user.id));
  return { blocking: outcomes.blocking.map(summary), deletedWithAccount: outcomes.deletedWithAccount.map(summary) };
}

/** Deletes the signed-in user's account; 409 naming the organisations a sole owner must hand over first. */
export async function deleteAccount(
  ctx: UserContext,
  _input: DeleteAccountInput,
  external: ExternalAccounts = externalAccounts(),
): Promise<AccountDeletionResult> {
  const user = ctx.principal.user;
  const needles = accountIdentifiers(user);
  const organisationCustomers: string[] = [];
  const result = await systemDb(ctx).transaction(async (tx) => {
    const outcomes = organisationOutcomes(await listMembershipsForDeletion(tx, user.id, { lock: true }));
    if (outcomes.blocking.length > 0) throw new AppError("conflict", blockingMessage(outcomes.blocking));
    for (const organisation of outcomes.deletedWithAccount) {
      // Read before the billing row goes with the organisation; the customer is deleted once this commits.
      const billing = await findBillingRow(tx, { kind: "organisation", id: organisation.orgId });
      if (billing?.customerId) organisationCustomers.push(billing.customerId);
      await deleteOrganisation(tx, organisation.orgId);
    }

    for (const event of await listAuditEventsMentioning(tx, needles)) {
      await replaceAuditEventValues(tx, {
        id: event.id,
        oldValues: scrubAuditValues(event.oldValues, needles),
        newValues: scrubAuditValues(event.newValues, needles),
      });
    }
    await detachAuditEventsFromUser(tx, user.id);
    await deleteInvitesAddressedTo(tx, user.email);
    await deleteOutboxMailMentioning(tx, needles);
    // BILLING HOOK: the customer goes before the row that names it (see BillingCustomerDeleter).
    await external.billing.deleteCustomer(user, tx);
    if (!(await deleteUser(tx, user.id))) throw new AppError("not_found", "This account no longer exists.");

    const counts = { organisationsDeleted: outcomes.deletedWithAccount.length, membershipsRemoved: outcomes.left.length };
    // Anonymous on purpose: no actor, target, IP hash or name; only that an account was deleted, and when.
    await recordAuditEvent(tx, { actorUserId: null, action: "account.delete", targetType: "user", newValues: counts });
    await external.identity.deleteIdentity(user);
    return counts;
  });
  // Ends the Team subscriptions of organisations deleted with the account (never thrown: the account is gone).
  for (const customerId of organisationCustomers) await deleteOrganisationCustomer(ctx, customerId);
  log.info("account_deleted", { requestId: ctx.requestId, provider: external.identity.provider, ...result });
  return result;
}
