/**
 * The candidate's invite email: which organisation asks them to take which role's interview assessment, by when, what
 * the assessment collects, and the link. Names, the deadline and the link only: never CV text, answers or scores.
 * The reminder (assessment-reminder.tsx) is the same email with its own heading and subject.
 */
import "server-only";
import { Button, Heading, Link, Text } from "@react-email/components";
import type { EmailMessage } from "../email-sender";
import { renderEmail } from "../render-email";
import { assertWebLink, EmailLayout, emailStyles } from "./email-layout";
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



export function AssessmentInvite(input: AssessmentInviteEmailInput & { heading: string }) {
  return (
    <EmailLayout
      preview={`${input.organisationName}: interview assessment for ${input.roleTitle}`}
      reason={`You received this email because ${input.organisationName} invited ${input.to} to an assessment on Rehearse.`}
    >
      <Heading as="h1" style={emailStyles.heading}>
        {input.heading}
      </Heading>
      <Text style={emailStyles.text}>{`Hello ${input.candidateName},`}</Text>
      <Text style={emailStyles.text}>
        {`${input.organisationName} invites you to a short interview assessment for the role of ${input.roleTitle}. You answer a few questions in your own time, once, before the deadline.`}
      </Text>
      <Button href={input.link} style={emailStyles.button} data-skip-in-text="true">
        Open the assessment
      </Button>
      <Text style={{ ...emailStyles.text, marginTop: 16 }}>
        Link to the assessment:{" "}
        <Link href={input.link} style={emailStyles.link}>
          {input.link}
        </Link>
      </Text>
      <Text style={emailStyles.text}>{`Please finish by ${formatExpiry(input.deadlineAt)}.`}</Text>
      <Text style={emailStyles.muted}>{`What is collected: ${collectedSummary(input.proctoring)} You see all of it before you start.`}</Text>
      <Text style={emailStyles.muted}>The link is yours alone: please do not share it. If you did not expect this, ignore it.</Text>
    </EmailLayout>
  );
}

export function assessmentInviteSubject(organisationName: string, roleTitle: string): string {
  return `${clip(organisationName, 30)}: interview assessment for ${clip(roleTitle, 40)}`;
}

export async function assessmentInviteEmail(input: AssessmentInviteEmailInput): Promise<EmailMessage> {
  assertAssessmentLink(input.link);
  const heading = `${input.organisationName} invites you to an interview assessment`;
  const { html, text } = await renderEmail(<AssessmentInvite {...input} heading={heading} />);
  return { to: input.to, subject: assessmentInviteSubject(input.organisationName, input.roleTitle), html, text, kind: "assessment.invite" };
}

/** Refuses an assessment link that is not http(s), for this email and the reminder. */
export const assertAssessmentLink = (link: string) => assertWebLink(link, "an assessment link");
