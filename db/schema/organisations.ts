/**
 * Hiring teams: organisations, their members with a role, invites to join, and the local email outbox.
 *
 * Every table here belongs to one organisation (`org_id`, or `id` for the organisation itself) and cascades from it,
 * so deleting an organisation removes everything it holds. Members and invites also point at users: a member row
 * goes with its user's account; the inviter is nulled, so an invite outlives the person who sent it.
 */
import { relations, sql } from "drizzle-orm";
import { check, index, integer, pgTable, text, timestamp, unique, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { users } from "./core";

/** Roles in an organisation; the check constraints in the migration hold the same list. */
export const ORGANISATION_ROLES = ["owner", "manager", "reviewer"] as const;
export type OrganisationRole = (typeof ORGANISATION_ROLES)[number];

/** Where an invite stands. "Expired" is not stored: a pending invite past `expires_at` is expired. */
export const INVITE_STATUSES = ["pending", "accepted", "declined", "revoked"] as const;
export type InviteStatus = (typeof INVITE_STATUSES)[number];

export const organisations = pgTable(
  "organisations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    name: text("name").notNull(),
    /** The URL segment under /org/; unique, lower-case letters, digits and single hyphens. */
    slug: text("slug").notNull(),
    /** Days after submission that candidates' names, emails and answers are kept (30 to 730). */
    retentionDays: integer("retention_days").notNull().default(180),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique("organisations_slug_unique").on(t.slug),
    check("organisations_retention_days_check", sql`${t.retentionDays} between 30 and 730`),
  ],
);

export const organisationMembers = pgTable(
  "organisation_members",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    orgId: uuid("org_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    role: text("role", { enum: ORGANISATION_ROLES }).notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique("organisation_members_org_user_unique").on(t.orgId, t.userId),
    // Serves "my organisations" (the header's switcher) and the cascade from users.
    index("organisation_members_user_idx").on(t.userId),
    check("organisation_members_role_check", sql`${t.role} in ('owner', 'manager', 'reviewer')`),
  ],
);

export const organisationInvites = pgTable(
  "organisation_invites",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    orgId: uuid("org_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    /** Lower-cased; acceptance compares the signed-in user's email with it. */
    email: text("email").notNull(),
    role: text("role", { enum: ORGANISATION_ROLES }).notNull(),
    /** SHA-256 (hex) of the link's token; the token itself is never stored. */
    tokenHash: text("token_hash").notNull(),
    status: text("status", { enum: INVITE_STATUSES }).notNull().default("pending"),
    invitedByUserId: uuid("invited_by_user_id").references(() => users.id, { onDelete: "set null" }),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    /** When it was accepted, declined or revoked. */
    respondedAt: timestamp("responded_at", { withTimezone: true }),
  },
  (t) => [
    unique("organisation_invites_token_hash_unique").on(t.tokenHash),
    // At most one pending invite per email per organisation (an expired one is revoked before a new one is made).
    uniqueIndex("organisation_invites_pending_email_idx")
      .on(t.orgId, t.email)
      .where(sql`${t.status} = 'pending'`),
    index("organisation_invites_invited_by_idx").on(t.invitedByUserId),
    check("organisation_invites_role_check", sql`${t.role} in ('owner', 'manager', 'reviewer')`),
    check("organisation_invites_status_check", sql`${t.status} in ('pending', 'accepted', 'declined', 'revoked')`),
  ],
);

/**
 * Local mode's outbox: with no RESEND_API_KEY, every email the app would send is written here and listed at
 * /dev/outbox. Empty in production.
 */
export const emailOutbox = pgTable(
  "email_outbox",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    toAddress: text("to_address").notNull(),
    subject: text("subject").notNull(),
    html: text("html").notNull(),
    text: text("text").notNull(),
    /** What the email is for (e.g. `organisation.invite`), for the outbox's listing and tests. */
    kind: text("kind").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true })
      .notNull()
      .default(sql`clock_timestamp()`),
  },
  (t) => [index("email_outbox_created_idx").on(t.createdAt)],
);

export const organisationsRelations = relations(organisations, ({ many }) => ({
  members: many(organisationMembers),
  invites: many(organisationInvites),
}));

export const organisationMembersRelations = relations(organisationMembers, ({ one }) => ({
  organisation: one(organisations, { fields: [organisationMembers.orgId], references: [organisations.id] }),
  user: one(users, { fields: [organisationMembers.userId], references: [users.id] }),
}));

export const organisationInvitesRelations = relations(organisationInvites, ({ one }) => ({
  organisation: one(organisations, { fields: [organisationInvites.orgId], references: [organisations.id] }),
  invitedBy: one(users, { fields: [organisationInvites.invitedByUserId], references: [users.id] }),
}));

export type Organisation = typeof organisations.$inferSelect;
export type OrganisationMember = typeof organisationMembers.$inferSelect;
export type OrganisationInvite = typeof organisationInvites.$inferSelect;
export type EmailOutboxRow = typeof emailOutbox.$inferSelect;
