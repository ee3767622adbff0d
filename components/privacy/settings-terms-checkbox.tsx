import Link from "next/link";

export const AI_DISCLOSURE =
  "Questions and feedback are written by an AI provider, which receives your profile and answers but never your name or email. You can switch this off any time in privacy settings.";

type TermsCheckboxProps = {
  /** The field's error from the action, shown under it and announced. */
  error?: string;
  /** Where AI is configured the form says what it receives and that it is on by default. */
  aiConfigured: boolean;
  defaultChecked?: boolean;
};

/** The required "I accept the terms of use and the privacy notice" checkbox, shared by sign-in and the consent page. */
export function TermsCheckbox({ error, aiConfigured, defaultChecked }: TermsCheckboxProps) {
  return (
    <div className="space-y-2">
      <div className="flex items-start gap-2">
        <input
          id="acceptTerms"
          name="acceptTerms"
          type="checkbox"
          required
          defaultChecked={defaultChecked}
          aria-invalid={Boolean(error)}
          aria-describedby={error ? "acceptTerms-error" : undefined}
          className="mt-1 h-4 w-4"
        />
        <label htmlFor="acceptTerms" className="text-sm">
          I accept the{" "}
          <Link href="/terms" className="text-brand underline underline-offset-2" target="_blank">
            terms of use
          </Link>{" "}
          and the{" "}
          <Link href="/privacy" className="text-brand underline underline-offset-2" target="_blank">
            privacy notice
          </Link>
        </label>
      </div>
      {error ? (
        <p id="acceptTerms-error" className="text-sm text-red-700">
          {error}
        </p>
      ) : null}
      {aiConfigured ? (
        <p className="text-sm text-slate-600" data-testid="ai-disclosure">
          {AI_DISCLOSURE}
        </p>
      ) : null}
    </div>
  );
}
