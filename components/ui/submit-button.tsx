import type { ReactNode } from "react";

type SubmitButtonProps = {
  /** While pending the button is disabled and shows `pendingLabel`, so a double click cannot submit twice. */
  pending: boolean;
  pendingLabel: string;
  disabled?: boolean;
  fullWidth?: boolean;
  children: ReactNode;
};

/** The primary submit button of a form. */
export function SubmitButton({ pending, pendingLabel, disabled, fullWidth, children }: SubmitButtonProps) {
  return (
    <button
      type="submit"
      disabled={pending || disabled}
      className={`${fullWidth ? "w-full " : ""}rounded-md bg-brand px-4 py-2 font-medium text-white hover:bg-brand-dark disabled:opacity-60`}
    >
      {pending ? pendingLabel : children}
    </button>
  );
}
