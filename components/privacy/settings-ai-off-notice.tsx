import Link from "next/link";

/** Shown where practice would use AI, to a user who switched AI processing off: the offline engines answer instead. */
export function AiOffNotice() {
  return (
    <p className="rounded-md bg-amber-50 p-3 text-sm text-amber-900" data-testid="ai-opted-out">
      Offline engine: you switched off AI processing in{" "}
      <Link href="/profile/privacy" className="font-medium underline">
        privacy settings
      </Link>
      . Questions come from our offline bank and feedback from our rubric; nothing of yours is sent to the AI provider.
    </p>
  );
}
