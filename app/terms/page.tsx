import type { Metadata } from "next";
import Link from "next/link";
import { CONSENT_QUESTIONS } from "@/lib/privacy/consent-kinds";

export const metadata: Metadata = { title: "Terms of use" };

/**
 * The terms a user accepts at sign-in. Every statement must stay true of the code; raise the terms version in
 * lib/privacy/consent-kinds.ts when their substance changes, and signed-in users are asked to accept again.
 */
export default function TermsPage() {
  return (
    <article className="max-w-3xl space-y-4">
      <h1 className="text-2xl font-semibold">Terms of use</h1>
      <p className="text-sm text-slate-600">Version {CONSENT_QUESTIONS.terms.version}</p>
      <h2 className="text-lg font-semibold">What Rehearse is</h2>
      <p>
        A tool for practising interviews: it asks you questions, scores your answers and suggests improvements. Scores and
        feedback come from a model or a rubric; they are practice aids, not a judgement of you or a prediction of any
        hiring decision.
      </p>
      <h2 className="text-lg font-semibold">Your part</h2>
      <ul className="list-disc pl-6">
        <li>Use an email address you control, and only your own account.</li>
        <li>Put only your own information in your profile and answers, nothing you are not allowed to share (for
          example another person&apos;s data or an employer&apos;s confidential material).</li>
        <li>Do not try to reach other people&apos;s data, overload the service, or get round its limits.</li>
      </ul>
      <h2 className="text-lg font-semibold">Our part</h2>
      <ul className="list-disc pl-6">
        <li>We handle your data as the <Link href="/privacy" className="text-brand underline underline-offset-2">privacy
          notice</Link> describes, and nothing more.</li>
        <li>You can see your consents, sign-in history and your own audit events, withdraw consent to AI processing,
          camera and microphone use, and choose how long saved practice sessions are kept, in your{" "}
          <Link href="/profile/privacy" className="text-brand underline underline-offset-2">privacy settings</Link>.</li>
        <li>The service is provided as it is, without a promise that it is always available or free of mistakes.</li>
      </ul>
      <h2 className="text-lg font-semibold">Changes</h2>
      <p>
        When these terms or the privacy notice change in substance, their version changes and you are asked to accept
        them again before you carry on.
      </p>
    </article>
  );
}
