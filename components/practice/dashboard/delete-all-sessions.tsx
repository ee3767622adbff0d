"use client";

import { useEffect, useId, useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { Label } from "radix-ui";
import { cancelButton, dangerButton, dangerOutlineButton } from "@/components/ui/button-styles";
import { apiRequest, jsonBody } from "@/lib/practice/client/api-request";

/** The phrase the API requires with the request (`{ confirm: "delete all" }`), so a stray click cannot wipe history. */
const PHRASE = "delete all";

function savedLabel(count: number): string {
  if (count === 0) return "you have no saved sessions";
  return count === 1 ? "your 1 saved session" : `all ${count} saved sessions`;
}

/**
 * Deletes the candidate's whole practice history after they type the phrase. Typing rather than a second click,
 * because this cannot be undone and a double click must not do it.
 */
export function DeleteAllSessions({ savedCount }: { savedCount: number }) {
  const router = useRouter();
  const id = useId();
  const [open, setOpen] = useState(false);
  const [typed, setTyped] = useState("");
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [result, setResult] = useState<string | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const openerRef = useRef<HTMLButtonElement>(null);
  const matches = typed.trim().toLowerCase() === PHRASE;

  useEffect(() => {
    if (open) inputRef.current?.focus();
  }, [open]);

  function cancel() {
    setOpen(false);
    setTyped("");
    setError(null);
    // Put focus back where the keyboard user was, rather than at the top of the page.
    requestAnimationFrame(() => openerRef.current?.focus());
  }

  async function confirm(event: React.FormEvent) {
    event.preventDefault();
    if (!matches) {
      setError(`Type "${PHRASE}" to confirm.`);
      return;
    }
    setPending(true);
    setError(null);
    const result = await apiRequest<{ deleted?: unknown }>(
      "/api/practice/sessions",
      { method: "DELETE", ...jsonBody({ confirm: PHRASE }) },
      {
        failed: "We could not delete your sessions. Please try again.",
        offline: "We could not reach the server. Check your connection and try again.",
      },
    );
    setPending(false);
    if (!result.ok) {
      setError(result.message);
      return;
    }
    const deleted = Number(result.body?.deleted ?? 0);
    setResult(deleted === 0 ? "There were no sessions to delete." : `Deleted ${deleted} session${deleted === 1 ? "" : "s"}.`);
    setOpen(false);
    setTyped("");
    router.refresh();
  }

  return (
    <section aria-labelledby={`${id}-heading`} className="space-y-3 rounded-lg border border-red-200 bg-white p-4 sm:p-6">
      <h2 id={`${id}-heading`} className="text-lg font-semibold">
        Delete your practice history
      </h2>
      <p className="text-sm text-slate-600">
        Removes every session you have started ({savedLabel(savedCount)}, and any unfinished ones), with their answers,
        feedback and scores. This cannot be undone.
      </p>
      {open ? (
        <form onSubmit={confirm} className="space-y-3 rounded-md bg-red-50 p-3" aria-busy={pending} noValidate>
          <div>
            <Label.Root htmlFor={`${id}-confirm`} className="block font-medium text-red-900">
              Type delete all to confirm
            </Label.Root>
            <input
              ref={inputRef}
              id={`${id}-confirm`}
              value={typed}
              onChange={(event) => setTyped(event.target.value)}
              autoComplete="off"
              spellCheck={false}
              aria-invalid={error !== null}
              aria-describedby={error ? `${id}-error` : undefined}
              className="mt-1 w-full max-w-xs rounded-md border border-red-300 bg-white px-3 py-2"
            />
          </div>
          <div className="flex flex-wrap gap-3">
            <button type="submit" disabled={pending} className={dangerButton}>
              {pending ? "Deleting…" : "Delete all"}
            </button>
            <button type="button" onClick={cancel} disabled={pending} className={cancelButton}>
              Cancel
            </button>
          </div>
          {error ? (
            <p id={`${id}-error`} role="alert" className="text-sm text-red-700">
              {error}
            </p>
          ) : null}
        </form>
      ) : (
        <button
          ref={openerRef}
          type="button"
          onClick={() => {
            setResult(null);
            setOpen(true);
          }}
          className={dangerOutlineButton}
        >
          Delete all sessions
        </button>
      )}
      <p role="status" aria-live="polite" className="text-sm text-green-700" data-testid="delete-all-status">
        {result ?? ""}
      </p>
    </section>
  );
}
