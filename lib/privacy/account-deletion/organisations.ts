/**
 * What deleting an account does to each organisation the user belongs to. Pure, so the page's preview and the
 * deletion itself decide the same way, and the rule is unit-tested.
 *
 * - The only member: the organisation goes with the account (nobody else can reach it; keeping it would leave an
 *   organisation nobody owns, holding candidates' data no one can look after).
 * - The only owner, with other members: blocks the deletion until the user transfers ownership or deletes the
 *   organisation, so a team is never left without an owner.
 * - Otherwise the membership is removed and the organisation carries on.
 */
export type OrganisationSummary = { name: string; slug: string };

export type MembershipCounts = OrganisationSummary & {
  orgId: string;
  role: "owner" | "manager" | "reviewer";
  memberCount: number;
  ownerCount: number;
};

export type OrganisationOutcomes<M extends MembershipCounts = MembershipCounts> = {
  /** Sole owner with other members: the account cannot be deleted until these are handed over or deleted. */
  blocking: M[];
  /** The user is the only member: deleted with the account. */
  deletedWithAccount: M[];
  /** The membership is removed; the organisation stays. */
  left: M[];
};

export function organisationOutcomes<M extends MembershipCounts>(memberships: readonly M[]): OrganisationOutcomes<M> {
  const outcomes: OrganisationOutcomes<M> = { blocking: [], deletedWithAccount: [], left: [] };
  for (const membership of memberships) {
    if (membership.memberCount <= 1) outcomes.deletedWithAccount.push(membership);
    else if (membership.role === "owner" && membership.ownerCount <= 1) outcomes.blocking.push(membership);
    else outcomes.left.push(membership);
  }
  return outcomes;
}

/** The refusal for a sole owner, naming each organisation. */
export function blockingMessage(blocking: readonly OrganisationSummary[]): string {
  const names = blocking.map((organisation) => `"${organisation.name}"`);
  const list = names.length === 1 ? names[0] : `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
  const them = blocking.length === 1 ? "it" : "each of them";
  return `You are the only owner of ${list}, which ${blocking.length === 1 ? "has" : "have"} other members. Make another member an owner of ${them}, or delete ${them}, before deleting your account.`;
}
