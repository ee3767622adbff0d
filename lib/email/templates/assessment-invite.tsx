/**
 * The candidate's invite email: which organisation asks them to take which role's interview assessment, by when, what
 * the assessment collects, and the link. Names, the deadline and the link only: never CV text, answers or scores.
 * The reminder (assessment-reminder.tsx) is the same email with its own heading and subject.
 */
import "server-only";
import { Button, Heading, Link, Text } from "@react-email/components";
import type { EmailMessage } from "../email-sender";
import { renderEmail } from "../render-email";
import { BRAND_COLOUR, EmailLayout } from "./email-layout";
import { clip, formatExpiry } from "./member-invite";

export type AssessmentInviteEmailInput = {
  to: string;
  candidateName: string;
  organisationName: string;
  roleTitle: string;
  /** `${APP_URL}/assessment/${token}`. */
  link: string;
  deadlineAt: Date;
  /** Whether the assessment records tab switches and camera signals. */
  proctoring: boolean;
};

/** What the assessment keeps, in the candidate's words; the candidate page lists the same before they start. */
export function collectedSummary(proctoring: boolean): string {
  const base = "Your answers (typed, or spoken and turned into text; recordings are not kept) and how long each took";
  return proctoring
    ? `${base}, plus counts and times of signals such as switching tabs or looking away from the camera (never images).`
    : `${base}.`;
}

function assertWebLink(url: string): void {
  const protocol = URL.canParse(url) ? new URL(url).protocol : null;
  if (protocol !== "https:" && protocol !== "http:") throw new Error("an assessment link must be an http(s) URL");
}

const styles = {
  heading: { fontSize: 20, lineHeight: "28px", fontWeight: 600, margin: "0 0 12px" },
  text: { fontSize: 14, lineHeight: "22px", margin: "0 0 12px" },
  button: { backgroundColor: BRAND_COLOUR, borderRadius: 6, color: "#ffffff", fontSize: 14, fontWeight: 600, padding: "10px 18px" },
  link: { color: BRAND_COLOUR, wordBreak: "break-all" as const },
  muted: { color: "#475569", fontSize: 13, lineHeight: "20px", margin: "0 0 8px" },
};

export function AssessmentInvite(input: AssessmentInviteEmailInput & { heading: string }) {
  return (
    <EmailLayout
      preview={`${input.organisationName}: interview assessment for ${input.roleTitle}`}
      reason={`You received this email because ${input.organisationName} invited ${input.to} to an assessment on Rehearse.`}
    >
      <Heading as="h1" style={styles.heading}>
        {input.heading}
      </Heading>
      <Text style={styles.text}>{`Hello ${input.candidateName},`}</Text>
      <Text style={styles.text}>
        {`${input.organisationName} invites you to a short interview assessment for the role of ${input.roleTitle}. You answer a few questions in your own time, once, before the deadline.`}
      </Text>
      <Button href={input.link} style={styles.button} data-skip-in-text="true">
        Open the assessment
      </Button>
      <Text style={{ ...styles.text, marginTop: 16 }}>
        Link to the assessment:{" "}
        <Link href={input.link} style={styles.link}>
          {input.link}
        </Link>
      </Text>
      <Text style={styles.text}>{`Please finish by ${formatExpiry(input.deadlineAt)}.`}</Text>
      <Text style={styles.muted}>{`What is collected: ${collectedSummary(input.proctoring)} You see all of it before you start.`}</Text>
      <Text style={styles.muted}>The link is yours alone: please do not share it. If you did not expect this, ignore it.</Text>
    </EmailLayout>
  );
}

export function assessmentInviteSubject(organisationName: string, roleTitle: string): string {
  return `${clip(organisationName, 30)}: interview assessment for ${clip(roleTitle, 40)}`;
}

export async function assessmentInviteEmail(input: AssessmentInviteEmailInput): Promise<EmailMessage> {
  assertWebLink(input.link);
  const heading = `${input.organisationName} invites you to an interview assessment`;
  const { html, text } = await renderEmail(<AssessmentInvite {...input} heading={heading} />);
  return { to: input.to, subject: assessmentInviteSubject(input.organisationName, input.roleTitle), html, text, kind: "assessment.invite" };
}

export { assertWebLink as assertAssessmentLink };
