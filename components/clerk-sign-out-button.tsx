"use client";

import { SignOutButton } from "@clerk/nextjs";
import { useSignedInDrafts } from "./use-signed-in-drafts";

/** Clerk's sign-out, removing the user's answer drafts from this browser first (Clerk runs our onClick before it). */
export function ClerkSignOutButton({ draftOwner }: { draftOwner: string }) {
  const drafts = useSignedInDrafts(draftOwner);
  return (
    <SignOutButton>
      <button type="button" onClick={drafts.forget} className="rounded-md border border-slate-300 px-3 py-1.5">
        Sign out
      </button>
    </SignOutButton>
  );
}
