import type { Metadata } from "next";
import Link from "next/link";
import { AUDIT_RETENTION_DAYS, EXPIRED_INVITE_RETENTION_DAYS, PRACTICE_RETENTION_DAYS, SIGN_IN_RETENTION_DAYS } from "@/lib/jobs/retention-rules";
import { ACCOUNT_EXPORT_RULE } from "@/lib/privacy/export/export-allowance";
import { ABANDONED_SESSION_GRACE_MS, SESSION_TIME_LIMIT_MS } from "@/lib/practice/session/limits";

export const metadata: Metadata = { title: "Privacy" };

const UNSAVED_SESSION_MINUTES = (SESSION_TIME_LIMIT_MS + ABANDONED_SESSION_GRACE_MS) / 60_000;

/**
 * Every statement here must stay true of the code in every mode, the embedded default included; change them together.
 * Periods come from the constants the retention jobs enforce (lib/jobs/retention-rules.ts).
 */
export default function PrivacyPage() {
  return (
    <article className="max-w-3xl space-y-4">
      <h1 className="text-2xl font-semibold">Privacy</h1>
      <h2 className="text-lg font-semibold">What we keep</h2>
      <ul className="list-disc pl-6">
        <li>Your account: the email and display name you sign in with.</li>
        <li>Your profile context, only what you type: CV text, target role and goals. Each field can be cleared on its
          own from your profile page, and clearing removes the text from our database.</li>
        <li>Practice sessions you choose to save: the questions, your answers, the feedback and scores, and the delivery
          and presence numbers measured in your browser (never audio or images). A session you discard is deleted at
          once, with its answers; one you neither save nor discard is removed by a cleanup job that runs about every
          15 minutes, once {UNSAVED_SESSION_MINUTES} minutes have passed since it started. You can delete one saved session,
          or all of them. Saved sessions are kept until you delete them, unless you choose in your privacy settings to
          keep them {PRACTICE_RETENTION_DAYS["90d"]} or {PRACTICE_RETENTION_DAYS["1y"]} days: then an hourly job deletes
          each one that much time after it started.</li>
        <li>An audit log of changes to your data: who, what, when, and a keyed hash of the IP address (never the address
          itself). It records which profile fields changed, not what they say. Events are deleted{" "}
          {AUDIT_RETENTION_DAYS} days after they happened.</li>
        <li>Your sign-in history: when, how, the device and browser named from the user agent, and a keyed hash of the
          IP address, deleted {SIGN_IN_RETENTION_DAYS} days after each sign-in.</li>
        <li>Your consents (terms and privacy notice, camera, microphone, AI processing): each answer you gave, with the
          version of the text, the time and a keyed hash of the IP address.</li>
        <li>The cleanup and retention jobs run inside the server itself on a schedule (on Vercel, Vercel Cron starts
          them), so they run wherever Rehearse is installed, with no extra setup.</li>
      </ul>
      <h2 className="text-lg font-semibold">Your rights, in the product</h2>
      <ul className="list-disc pl-6">
        <li>Download everything we hold about you from your profile page: one ZIP of JSON files with a README that
          explains each (at most {ACCOUNT_EXPORT_RULE.limit} downloads an hour).</li>
        <li>Delete your account from your profile page. Your rows are deleted at once; the audit log keeps what happened
          and when, with nothing that leads back to you. Signing in again with the same email starts a new, empty account. If you are the only owner of an
          organisation with other members, make another member an owner or delete the organisation first.</li>
        <li>In your <Link href="/profile/privacy" className="underline">privacy settings</Link>: see and withdraw your
          consents, read your sign-in history and your own activity log, and choose how long saved sessions are kept.</li>
      </ul>
      <h2 className="text-lg font-semibold">What the AI provider sees</h2>
      <p>
        When AI is configured (OpenAI), we send it only what each feature needs, with no name, email or account id, and
        ask it not to store requests (<code>store: false</code>). Without AI, offline engines do the same work on our
        server and nothing leaves it; the page tells you which engine answered. If you withdraw AI processing in your{" "}
        <Link href="/profile/privacy" className="underline">privacy settings</Link>, the offline engines serve you from
        then on and nothing of yours is sent to the AI provider, until you allow it again.
      </p>
      <ul className="list-disc pl-6">
        <li>Questions: your CV text, target role and goals, and the job description you paste for the session.</li>
        <li>Feedback: the question and your answer (screened first by OpenAI&apos;s moderation endpoint), with your target
          role and CV text so the model answer fits you.</li>
        <li>Reading a question aloud: the question&apos;s text.</li>
        <li>Voice answers: where your browser has live speech recognition, your browser transcribes (Chrome, for
          example, sends the audio to its own speech service, not to us). Elsewhere the recording is uploaded once to
          be transcribed by OpenAI and dropped as soon as the text comes back; we never store audio.</li>
      </ul>
      <h2 className="text-lg font-semibold">What we never do</h2>
      <ul className="list-disc pl-6">
        <li>Send your name, email or account id to an AI provider.</li>
        <li>Send camera video anywhere: presence signals are computed in your browser.</li>
        <li>Put CV or answer text into error reports or logs.</li>
        <li>Sell or share your data with advertisers.</li>
      </ul>
      <h2 className="text-lg font-semibold">Hiring teams</h2>
      <ul className="list-disc pl-6">
        <li>If you belong to an organisation: your membership and role. Invites keep the invited email and a SHA-256 of
          the link&apos;s token, never the token. The organisation&apos;s audit log records who did what with roles and
          statuses, never email addresses or other text.</li>
        <li>When email is configured, invites and assessment links are emailed through Resend; the emails carry names,
          roles and links, never CV text, answers or scores. Without it, nothing is emailed: the messages wait in a
          local outbox on the server.</li>
        <li>An invite nobody answered or used is deleted {EXPIRED_INVITE_RETENTION_DAYS} days after it expired.</li>
      </ul>
      <h2 className="text-lg font-semibold">If a team invites you to an assessment</h2>
      <ul className="list-disc pl-6">
        <li>No account is needed. The team gave us your name and email. We keep your answers (spoken ones as their
          transcript), the delivery numbers your browser measured, and, if the team turned proctoring on, counts and
          times of tab switches, window blurs and camera presence signals computed in your browser (never video or
          images). Your consent is recorded with the notice&apos;s version, the time and a keyed hash of your IP address.</li>
        <li>Your answers are scored by the AI provider (when configured) without your name or email, or by our offline
          rubric. You do not see the scores; the team does.</li>
        <li>The timeline of proctoring signals is deleted 30 days after you submit. After the team&apos;s retention period
          (shown before you start; 180 days unless the team set 30 to 730), your name, email and answers are deleted and
          only anonymous scores and counts remain. An hourly job does this.</li>
      </ul>
      <h2 className="text-lg font-semibold">Who else receives data</h2>
      <p>
        That depends on what this deployment has configured (with the defaults, nobody: everything stays on the
        server). <Link href="/data-protection" className="underline">Data protection</Link> lists the services this
        deployment actually uses, what each receives, and every technical and organisational measure with the test
        that proves it.
      </p>
      <h2 className="text-lg font-semibold">Cookies</h2>
      <p>
        Only the session cookies that keep you signed in (<code>__session</code>, <code>__client_uat</code>), and, on an
        assessment link, <code>rehearse_attempt</code>, which ties your attempt to this browser. No analytics or
        advertising cookies.
      </p>
    </article>
  );
}
