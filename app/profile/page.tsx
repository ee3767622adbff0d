import type { Metadata } from "next";
import Link from "next/link";
import { definePage } from "@/lib/api/define-page";
import { loadProfile } from "@/lib/profile/profile-service";
import { ProfileForm } from "@/components/profile/profile-form";
import { SignOutEverywhere } from "@/components/profile/sign-out-everywhere";
import { DeleteAccountSection } from "@/components/privacy/delete-account-section";
import { previewAccountDeletion } from "@/lib/privacy/account-deletion/account-deletion-service";
import { ExportDataButton } from "@/components/privacy/export-data-button";

export const metadata: Metadata = { title: "Your profile" };

export default definePage({ name: "profile", auth: "user", returnTo: () => "/profile" }, async (ctx) => {
  const profile = await loadProfile(ctx);
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">Your profile</h1>
        <p className="mt-1 text-slate-600">
          Questions and model answers are tailored to this context. It is sent to the AI provider only when a feature
          needs it, never with your name or email. Clear any field at any time.
        </p>
      </div>
      <ProfileForm
        initial={{ cvText: profile.cvText ?? "", targetRole: profile.targetRole ?? "", goals: profile.goals ?? "" }}
        updatedAt={profile.updatedAt?.toISOString() ?? null}
      />
      <SignOutEverywhere />
      <ExportDataButton />
      <p className="text-sm text-slate-600"><Link href="/profile/privacy" className="font-medium text-brand underline underline-offset-2">Privacy settings</Link>: your consents (including AI processing), sign-in history and activity log, and how long saved sessions are kept.</p>
      <p className="text-sm text-slate-600">
        Hiring for a team?{" "}
        <Link href="/org/new" className="font-medium text-brand underline underline-offset-2">
          Create an organisation
        </Link>
      </p>
      <DeleteAccountSection {...await previewAccountDeletion(ctx)} />
    </div>
  );
});
