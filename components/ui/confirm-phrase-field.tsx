import type { Ref } from "react";
import { Label } from "radix-ui";

/** True when `typed` is the phrase, ignoring case and the spaces around it. */
export function phraseMatches(typed: string, phrase: string): boolean {
  return typed.trim().toLowerCase() === phrase.trim().toLowerCase();
}

type ConfirmPhraseFieldProps = {
  ref?: Ref<HTMLInputElement>;
  id: string;
  phrase: string;
  value: string;
  onChange: (value: string) => void;
  invalid: boolean;
  /** The id of the message that explains a refusal, when one is shown. */
  errorId?: string;
  /** While the action runs the field keeps its focus but cannot be edited. */
  readOnly: boolean;
};

/** The "Type … to confirm" field of a confirmation that must not be given by a stray click. */
export function ConfirmPhraseField({ ref, id, phrase, value, onChange, invalid, errorId, readOnly }: ConfirmPhraseFieldProps) {
  return (
    <div>
      <Label.Root htmlFor={id} className="block font-medium text-red-900">
        Type {phrase} to confirm
      </Label.Root>
      <input
        ref={ref}
        id={id}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        autoComplete="off"
        spellCheck={false}
        readOnly={readOnly}
        aria-invalid={invalid}
        aria-describedby={errorId}
        className="mt-1 w-full rounded-md border border-red-300 bg-white px-3 py-2"
      />
    </div>
  );
}
