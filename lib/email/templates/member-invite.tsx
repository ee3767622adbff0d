/**
 * The member invite email: who invited whom to which organisation as what, what that role may do, the link to accept
 * or decline, and when it expires. Names and links only: React escapes every value, so a name like `<script>` is text.
 */
import "server-only";
import { Button, Heading, Link, Text } from "@react-email/components";
import type { OrganisationRole } from "@/db/schema";
import type { EmailMessage } from "../email-sender";
import { renderEmail } from "../render-email";
import { assertWebLink, EmailLayout, emailStyles } from "./email-layout";

export type MemberInviteEmailInput = {
  to: string;
  organisationName: string;
  /** The inviter's display name or email, as the organisation's members see it. */
  inviterName: string;
  role: OrganisationRole;
  acceptUrl: string;
  expiresAt: Date;
};

/** One line per role, matching the permission table in lib/orgs/permissions.ts. */
export const ROLE_SUMMARIES: Record<OrganisationRole, string> = {
  owner: "Owners can do everything: run assessments and see results, manage members and roles, and the organisation's settings and billing.",
  manager: "Managers create and run assessments, invite candidates and reviewers, and see and review every result.",
  reviewer: "Reviewers see assessments and their results, and rate and comment on them.",
};

const SUBJECT_LIMIT = 80;
const INVITER_LIMIT = 30;

/** Collapses whitespace (a subject is one line) and cuts to `limit` characters, marking the cut with an ellipsis. */
export function clip(value: string, limit: number): string {
  const line = value.replace(/\s+/g, " ").trim();
  return line.length <= limit ? line : `${line.slice(0, Math.max(limit - 1, 0)).trimEnd()}…`;
}

/** "Ana invited you to join Acme on Rehearse", at most 80 characters: the organisation's name gives way first. */
export function memberInviteSubject(inviterName: string, organisationName: string): string {
  const inviter = clip(inviterName, INVITER_LIMIT);
  const frame = (organisation: string) => `${inviter} invited you to join ${organisation} on Rehearse`;
  const room = SUBJECT_LIMIT - frame("").length;
  return frame(clip(organisationName, Math.max(room, 12)));
}

/** "Monday 14 December 2026 at 10:00 UTC": stated in UTC so every reader gets the same, unambiguous moment. */
export function formatExpiry(expiresAt: Date): string {
  // Built from parts: the punctuation of a whole-date style differs between ICU versions.
  const part = (options: Intl.DateTimeFormatOptions) =>
    new Intl.DateTimeFormat("en-GB", { ...options, timeZone: "UTC" }).format(expiresAt);
  const time = `${String(expiresAt.getUTCHours()).padStart(2, "0")}:${String(expiresAt.getUTCMinutes()).padStart(2, "0")}`;
  return `${part({ weekday: "long" })} ${part({ day: "numeric", month: "long", year: "numeric" })} at ${time} UTC`;
}

const withArticle = (role: OrganisationRole) => (role === "owner" ? "an owner" : `a ${role}`);



export function MemberInvite(input: MemberInviteEmailInput) {
  const headline = `${input.inviterName} invited you to join ${input.organisationName} on Rehearse as ${withArticle(input.role)}`;
  return (
    <EmailLayout
      preview={`Join ${input.organisationName} on Rehearse`}
      reason={`You received this email because ${input.inviterName} invited ${input.to} to ${input.organisationName} on Rehearse.`}
    >
      <Heading as="h1" style={emailStyles.heading}>
        {headline}
      </Heading>
      <Text style={emailStyles.text}>{ROLE_SUMMARIES[input.role]}</Text>
      {/* The button is left out of the plain text, where the full link below stands in for it. */}
      <Button href={input.acceptUrl} style={emailStyles.button} data-skip-in-text="true">
        Open the invite
      </Button>
      <Text style={{ ...emailStyles.text, marginTop: 16 }}>
        Link to the invite:{" "}
        <Link href={input.acceptUrl} style={emailStyles.link}>
          {input.acceptUrl}
        </Link>
      </Text>
      <Text style={emailStyles.muted}>{`The invite expires on ${formatExpiry(input.expiresAt)}.`}</Text>
      <Text style={emailStyles.muted}>If you did not expect this, ignore it; nothing happens unless you accept.</Text>
    </EmailLayout>
  );
}

export async function memberInviteEmail(input: MemberInviteEmailInput): Promise<EmailMessage> {
  assertWebLink(input.acceptUrl, "an invite's accept link");
  const { html, text } = await renderEmail(<MemberInvite {...input} />);
  return { to: input.to, subject: memberInviteSubject(input.inviterName, input.organisationName), html, text, kind: "organisation.invite" };
}
