"use client";

import { useId, useRef, useState, type ReactNode } from "react";
import { AlertDialog } from "radix-ui";
import { cancelButton, dangerButton, dangerOutlineButton } from "./button-styles";
import { ConfirmPhraseField, phraseMatches } from "./confirm-phrase-field";
import { UpgradeLink } from "./upgrade-link";

export type ConfirmDialogProps = {
  /** The label of the outlined red button that opens the dialog. */
  triggerLabel: string;
  title: string;
  /** What will be lost, in a sentence or two; read out as the dialog's description. */
  description: ReactNode;
  /** The destructive button's label, e.g. "Delete all". */
  confirmLabel: string;
  /** Its label while the action runs, e.g. "Deleting…". */
  pendingLabel: string;
  cancelLabel?: string;
  /** When set, this phrase must be typed (case and outer spaces ignored) before the action runs. */
  phrase?: string;
  /**
   * True while the action runs: both buttons do nothing and Escape waits. They are aria-disabled rather than disabled,
   * so the focused button keeps focus and a keyboard user is still in the dialog when a failure is shown.
   */
  pending: boolean;
  /** Why the action failed, shown inside the dialog, which stays open so nothing is lost. */
  error: string | null;
  /** On a 402: where to upgrade, linked after the error. */
  upgradeUrl?: string;
  /**
   * Runs the action. Resolve true to close the dialog (focus returns to the trigger); false keeps it open, after a
   * failure or while the page that follows a success loads.
   */
  onConfirm: () => Promise<boolean>;
  /** Told when the dialog opens or is cancelled, e.g. to forget the last failure. */
  onOpenChange?: (open: boolean) => void;
};

/**
 * The one confirmation for destructive actions: an alert dialog with a title, what will be lost, an optional typed
 * phrase, a red confirm button and a cancel button. Radix moves focus into it (to Cancel, or to the phrase field),
 * hides the page behind it from assistive technology, cancels on Escape and returns focus to the trigger.
 */
export function ConfirmDialog(props: ConfirmDialogProps) {
  const { triggerLabel, title, description, confirmLabel, pendingLabel, cancelLabel = "Cancel", phrase, pending, error, upgradeUrl, onConfirm, onOpenChange } =
    props;
  const id = useId();
  const [open, setOpen] = useState(false);
  const [typed, setTyped] = useState("");
  const [phraseError, setPhraseError] = useState<string | null>(null);
  const phraseRef = useRef<HTMLInputElement>(null);
  const shownError = phraseError ?? error;

  function changeOpen(next: boolean) {
    // A request cannot be called back half-way: Escape and Cancel wait until it has answered.
    if (!next && pending) return;
    setOpen(next);
    setTyped("");
    setPhraseError(null);
    onOpenChange?.(next);
  }

  async function confirm(event: React.FormEvent) {
    event.preventDefault();
    if (pending) return;
    if (phrase && !phraseMatches(typed, phrase)) {
      setPhraseError(`Type "${phrase}" to confirm.`);
      phraseRef.current?.focus();
      return;
    }
    setPhraseError(null);
    if (await onConfirm()) {
      setOpen(false);
      setTyped("");
    }
  }

  return (
    <AlertDialog.Root open={open} onOpenChange={changeOpen}>
      <AlertDialog.Trigger asChild>
        <button type="button" className={dangerOutlineButton}>
          {triggerLabel}
        </button>
      </AlertDialog.Trigger>
      <AlertDialog.Portal>
        <AlertDialog.Overlay className="fixed inset-0 z-40 bg-slate-900/40" />
        <AlertDialog.Content
          onOpenAutoFocus={(event) => {
            // With a phrase to type, start in its field; otherwise Radix focuses Cancel, the safe choice.
            if (!phrase) return;
            event.preventDefault();
            phraseRef.current?.focus();
          }}
          className="fixed top-1/2 left-1/2 z-50 w-[calc(100vw-2rem)] max-w-md -translate-x-1/2 -translate-y-1/2 rounded-lg bg-white p-5 shadow-lg"
        >
          <form onSubmit={confirm} aria-busy={pending} noValidate className="space-y-4">
            <AlertDialog.Title className="text-lg font-semibold">{title}</AlertDialog.Title>
            <AlertDialog.Description className="text-sm text-slate-700">{description}</AlertDialog.Description>
            {phrase ? (
              <ConfirmPhraseField
                ref={phraseRef}
                id={`${id}-phrase`}
                phrase={phrase}
                value={typed}
                onChange={setTyped}
                invalid={phraseError !== null}
                errorId={shownError ? `${id}-error` : undefined}
                readOnly={pending}
              />
            ) : null}
            {shownError ? (
              <p id={`${id}-error`} role="alert" className="rounded-md bg-red-50 p-3 text-sm text-red-800" data-testid="confirm-error">
                {shownError}
                {upgradeUrl && shownError === error ? <UpgradeLink href={upgradeUrl} /> : null}
              </p>
            ) : null}
            <div className="flex flex-wrap justify-end gap-2">
              <AlertDialog.Cancel asChild>
                <button type="button" aria-disabled={pending} className={`${cancelButton} aria-disabled:opacity-60`}>
                  {cancelLabel}
                </button>
              </AlertDialog.Cancel>
              <button type="submit" aria-disabled={pending} className={`${dangerButton} aria-disabled:opacity-60`}>
                {pending ? pendingLabel : confirmLabel}
              </button>
            </div>
          </form>
        </AlertDialog.Content>
      </AlertDialog.Portal>
    </AlertDialog.Root>
  );
}
