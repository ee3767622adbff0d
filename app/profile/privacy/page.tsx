import type { Metadata } from "next";
import Link from "next/link";
import { definePage } from "@/lib/api/define-page";
import { HISTORY_LIMIT, loadPrivacySettings } from "@/lib/privacy/consents/privacy-settings";
import { SettingsAuditEvents } from "@/components/privacy/settings-audit-events";
import { SettingsConsents } from "@/components/privacy/settings-consents";
import { SettingsRetention } from "@/components/privacy/settings-retention";
import { SettingsSignIns } from "@/components/privacy/settings-sign-ins";

export const metadata: Metadata = { title: "Privacy settings" };

/** The user's data rights in one place: consents they can withdraw, sign-ins, their audit events, retention. */
export default definePage({ name: "profile.privacy", auth: "user", returnTo: () => "/profile/privacy" }, async (ctx) => {
  const settings = await loadPrivacySettings(ctx);
  return (
    <div className="space-y-6">
      <div>
        <Link href="/profile" className="text-sm text-brand underline underline-offset-2">
          Back to your profile
        </Link>
        <h1 className="mt-1 text-2xl font-semibold">Privacy settings</h1>
        <p className="mt-1 text-slate-600">
          What you agreed to, where you signed in, and what you did, as we recorded it. See the{" "}
          <Link href="/privacy" className="text-brand underline underline-offset-2">
            privacy notice
          </Link>{" "}
          for what we keep and why.
        </p>
      </div>
      <SettingsConsents consents={settings.consents} consentHistory={settings.consentHistory} aiConfigured={settings.aiConfigured} />
      <SettingsRetention current={settings.practiceRetention} />
      <SettingsSignIns signIns={settings.signIns} limit={HISTORY_LIMIT} />
      <SettingsAuditEvents events={settings.auditEvents} limit={HISTORY_LIMIT} />
    </div>
  );
});
