import Link from "next/link";

/** A token that matches no invite: mistyped, or replaced when the invite was sent again. */
export default function InviteNotFound() {
  return (
    <div className="mx-auto max-w-xl space-y-3">
      <h1 className="text-2xl font-semibold">This invite link does not work</h1>
      <p className="text-slate-600">
        It may have been replaced by a newer invite: check your email for the latest one, or ask the person who invited you to
        send it again.
      </p>
      <Link href="/" className="text-brand underline">
        Back to the home page
      </Link>
    </div>
  );
}
