import Link from "next/link";
import type { ReactNode } from "react";
import { OrganisationSwitcher, type SwitcherOrganisation } from "@/components/org/organisation-switcher";

type SiteHeaderProps = {
  /** The signed-in user's name, or null when signed out. */
  displayName: string | null;
  /** The sign-out control for the active auth adapter (a local form, or Clerk's button). */
  signOut: ReactNode;
  /** The signed-in user's organisations (none for a candidate, who then sees no organisation menu). */
  organisations?: SwitcherOrganisation[];
};

/**
 * Rendered on the server, so it needs no Clerk client component (clerk-js cannot load offline). Its links do not
 * prefetch: on every page they would add a request per link while the page loads, for navigations few visits make.
 */
export function SiteHeader({ displayName, signOut, organisations = [] }: SiteHeaderProps) {
  return (
    <header className="border-b border-slate-200 bg-white">
      {/* On a phone the links stay on one row that scrolls sideways, so the page starts near the top. */}
      <nav
        aria-label="Main"
        className="mx-auto flex max-w-5xl items-center gap-x-4 overflow-x-auto whitespace-nowrap px-4 py-2 sm:flex-wrap sm:gap-x-6 sm:gap-y-2 sm:overflow-visible sm:py-3"
      >
        <Link prefetch={false} href="/" className="text-lg font-semibold text-brand">
          Rehearse
        </Link>
        <Link prefetch={false} href="/tools/star-scorer" className="text-sm text-slate-700 hover:underline">
          STAR scorer
        </Link>
        <Link prefetch={false} href="/security" className="text-sm text-slate-700 hover:underline">
          Security
        </Link>
        <Link prefetch={false} href="/privacy" className="text-sm text-slate-700 hover:underline">
          Privacy
        </Link>
        <div className="ml-auto flex shrink-0 items-center gap-3 text-sm">
          {displayName ? (
            <>
              <Link prefetch={false} href="/practice" className="text-slate-700 hover:underline">
                Practice
              </Link>
              <OrganisationSwitcher organisations={organisations} />
              <Link prefetch={false} href="/profile" className="text-slate-700 hover:underline" data-testid="user-menu">
                <span className="hidden sm:inline">Signed in as </span>
                <span className="font-medium">{displayName}</span>
              </Link>
              {signOut}
            </>
          ) : (
            <Link prefetch={false} href="/sign-in" className="rounded-md bg-brand px-3 py-1.5 font-medium text-white hover:bg-brand-dark">
              Sign in
            </Link>
          )}
        </div>
      </nav>
    </header>
  );
}
