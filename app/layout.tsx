import { adapters, clerkConfig, env } from "@/lib/env";
import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { definePage } from "@/lib/api/define-page";
import { organisationMenu } from "@/lib/orgs/organisation-menu";
import { SENTRY_DSN_META, SENTRY_ENVIRONMENT_META } from "@/lib/observability/sentry-meta";
import { ClerkShell, ClerkSignOutButton } from "@/components/clerk-shell";
import { BillingOffBanner } from "@/components/billing/billing-off-banner";
import { LocalModeBanner } from "@/components/local-mode-banner";
import { LocalSignOutButton } from "@/components/local-sign-out-button";
import { SiteHeader } from "@/components/site-header";
import { geistMono, geistSans } from "@/components/ui/fonts";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Rehearse: interview practice", template: "%s · Rehearse" },
  description: "Practise interviews with personalised questions, STAR feedback and delivery metrics.",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default definePage({ name: "layout", auth: "optional" }, async (ctx, { children }: { children: ReactNode }) => {
  const user = ctx.principal.kind === "user" ? ctx.principal.user : null;
  const local = adapters.auth === "local";
  const organisations = await organisationMenu(ctx);
  // Clerk's components load on demand (components/clerk-shell.tsx), so local mode's pages do not ship Clerk's SDK.
  // Either button removes the user's answer drafts from this browser before signing out.
  const signOut = !user ? null : local ? <LocalSignOutButton draftOwner={user.id} /> : <ClerkSignOutButton draftOwner={user.id} />;
  const content = (
    <>
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:bg-white focus:p-2">
        Skip to content
      </a>
      {local ? <LocalModeBanner /> : null}
      <SiteHeader displayName={user ? (user.displayName ?? user.email) : null} signOut={signOut} organisations={organisations} />
      <main id="main" className="mx-auto max-w-5xl px-4 py-4 sm:py-8">
        {children}
      </main>
      {/* At the foot of every page, so on a phone the answer box still starts near the top. */}
      {ctx.services.billing === "off" ? <BillingOffBanner /> : null}
    </>
  );
  return (
    <html lang="en" className={`${geistSans.variable} ${geistMono.variable}`}>
      <head>
        {env.SENTRY_DSN ? <meta name={SENTRY_DSN_META} content={env.SENTRY_DSN} /> : null}
        {env.SENTRY_DSN && env.SENTRY_ENVIRONMENT ? <meta name={SENTRY_ENVIRONMENT_META} content={env.SENTRY_ENVIRONMENT} /> : null}
      </head>
      <body className="min-h-screen bg-slate-50 font-sans text-slate-900 antialiased">
        {/* Clerk's provider loads clerk-js from Clerk's servers, so it only wraps the page when Clerk is configured. */}
        {local ? content : <ClerkShell publishableKey={clerkConfig.publishableKey}>{content}</ClerkShell>}
      </body>
    </html>
  );
});
