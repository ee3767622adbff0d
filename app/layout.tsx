import { adapters, clerkConfig, env } from "@/lib/env";
import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { ClerkProvider, SignOutButton } from "@clerk/nextjs";
import { GeistSans } from "geist/font/sans";
import { GeistMono } from "geist/font/mono";
import { definePage } from "@/lib/api/define-page";
import { LocalModeBanner } from "@/components/local-mode-banner";
import { LocalSignOutButton } from "@/components/local-sign-out-button";
import { SiteHeader } from "@/components/site-header";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Rehearse: interview practice", template: "%s · Rehearse" },
  description: "Practise interviews with personalised questions, STAR feedback and delivery metrics.",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default definePage({ name: "layout", auth: "optional" }, async (ctx, { children }: { children: ReactNode }) => {
  const user = ctx.principal.kind === "user" ? ctx.principal.user : null;
  const local = adapters.auth === "local";
  const signOut = local ? (
    <LocalSignOutButton />
  ) : (
    <SignOutButton>
      <button type="button" className="rounded-md border border-slate-300 px-3 py-1.5">
        Sign out
      </button>
    </SignOutButton>
  );
  const page = (
    <html lang="en" className={`${GeistSans.variable} ${GeistMono.variable}`}>
      <head>
        {env.SENTRY_DSN ? <meta name="sentry-dsn" content={env.SENTRY_DSN} /> : null}
        {env.SENTRY_DSN && env.SENTRY_ENVIRONMENT ? <meta name="sentry-environment" content={env.SENTRY_ENVIRONMENT} /> : null}
      </head>
      <body className="min-h-screen bg-slate-50 font-sans text-slate-900 antialiased">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:bg-white focus:p-2">
          Skip to content
        </a>
        {local ? <LocalModeBanner /> : null}
        <SiteHeader displayName={user ? (user.displayName ?? user.email) : null} signOut={signOut} />
        <main id="main" className="mx-auto max-w-5xl px-4 py-4 sm:py-8">
          {children}
        </main>
      </body>
    </html>
  );
  // Clerk's provider loads clerk-js from Clerk's servers, so it only wraps the page when Clerk is configured.
  return local ? page : <ClerkProvider publishableKey={clerkConfig.publishableKey}>{page}</ClerkProvider>;
});
