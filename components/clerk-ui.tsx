/**
 * Everything the app renders from Clerk's React SDK (about 55 kB gzip). Only components/clerk-shell.tsx imports this
 * module, and only through `next/dynamic`, so the SDK is a separate chunk the browser downloads when one of these
 * components actually renders, which is in Clerk mode only. A static import from a layout or page would put it in
 * every page's first-load JavaScript, local mode included. No "use client" of its own: it is not a boundary a server
 * component may import, only a chunk of clerk-shell's.
 */
import { ClerkProvider, SignIn, SignOutButton } from "@clerk/nextjs";
import type { ReactNode } from "react";
import { useSignedInDrafts } from "./use-signed-in-drafts";

/** Clerk's app-router provider: the same client provider the server `ClerkProvider` renders, given the same key. */
export function ClerkProviderClient({ publishableKey, children }: { publishableKey: string | undefined; children: ReactNode }) {
  return <ClerkProvider publishableKey={publishableKey}>{children}</ClerkProvider>;
}

/** Clerk's sign-out, removing the user's answer drafts from this browser first (Clerk runs our onClick before it). */
export function ClerkSignOutButtonClient({ draftOwner }: { draftOwner: string }) {
  const drafts = useSignedInDrafts(draftOwner);
  return (
    <SignOutButton>
      <button type="button" onClick={drafts.forget} className="rounded-md border border-slate-300 px-3 py-1.5">
        Sign out
      </button>
    </SignOutButton>
  );
}

export function ClerkSignInClient({ redirectTo }: { redirectTo: string }) {
  return (
    <div className="flex justify-center">
      <SignIn forceRedirectUrl={redirectTo} />
    </div>
  );
}
