import { adapters } from "@/lib/env";
import type { Metadata } from "next";
import { ClerkSignIn } from "@/components/clerk-shell";
import { safeRedirectPath } from "@/lib/auth/schemas";
import { LocalSignInForm } from "@/components/auth/local-sign-in-form";

export const metadata: Metadata = { title: "Sign in" };

type Props = { searchParams: Promise<{ redirect_url?: string; reason?: string }> };

export default async function SignInPage({ searchParams }: Props) {
  const { redirect_url: redirectUrl, reason } = await searchParams;
  const redirectTo = safeRedirectPath(redirectUrl);
  if (adapters.auth === "clerk") {
    return (
      <>
        {reason === "account-deleted" ? <AccountDeletedNotice className="mx-auto mb-4 max-w-md" /> : null}
        <ClerkSignIn redirectTo={redirectTo} />
      </>
    );
  }
  return (
    <div className="mx-auto max-w-md rounded-lg border border-slate-200 bg-white p-6">
      <h1 className="text-2xl font-semibold">Sign in</h1>
      <p className="mt-2 text-sm text-slate-600">
        Local sign-in: enter any email and a display name. This machine issues and verifies the session itself; no
        account or network is needed. The same email always reaches the same account.
      </p>
      {reason === "account-deleted" ? <AccountDeletedNotice className="mt-3" /> : null}
      {reason === "expired" || reason === "signed-out-everywhere" ? (
        <p role="alert" className="mt-3 rounded-md bg-amber-50 p-2 text-sm text-amber-900">
          {reason === "expired"
            ? "Your session expired. Sign in again to continue."
            : "You are signed out on every device. Sign in again to continue here."}
        </p>
      ) : null}
      <div className="mt-6">
        <LocalSignInForm redirectTo={redirectTo} aiConfigured={adapters.ai === "openai"} />
      </div>
    </div>
  );
}

/** After DELETE /api/account: plain words that it is done, and what signing in again means. */
function AccountDeletedNotice({ className }: { className: string }) {
  return (
    <p role="status" className={`${className} rounded-md bg-slate-100 p-3 text-sm text-slate-800`}>
      Your account has been deleted and you are signed out. Signing in again with the same email starts a new, empty
      account.
    </p>
  );
}
