import Link from "next/link";

export type SwitcherOrganisation = { name: string; slug: string };

/**
 * The header's list of the user's organisations, as a disclosure (`<details>`): it opens with the keyboard and works
 * without JavaScript, and the header stays a server component. Shown only to members of at least one organisation.
 * On a phone the list is fixed to the viewport: the header's row scrolls sideways there and would clip it.
 */
export function OrganisationSwitcher({ organisations }: { organisations: SwitcherOrganisation[] }) {
  if (organisations.length === 0) return null;
  return (
    <details className="relative" data-testid="organisation-switcher">
      <summary className="cursor-pointer list-none text-slate-700 hover:underline">
        Organisations<span aria-hidden="true"> ▾</span>
      </summary>
      <ul className="fixed inset-x-4 top-12 z-30 space-y-1 sm:absolute sm:inset-x-auto sm:top-auto sm:right-0 sm:mt-2 sm:w-64 rounded-md border border-slate-200 bg-white p-2 whitespace-normal shadow-lg">
        {organisations.map((organisation) => (
          <li key={organisation.slug}>
            <Link href={`/org/${organisation.slug}/members`} className="block rounded px-2 py-1.5 break-words hover:bg-slate-50">
              {organisation.name}
            </Link>
          </li>
        ))}
        <li className="border-t border-slate-200 pt-1">
          <Link href="/org/new" className="block rounded px-2 py-1.5 text-brand hover:bg-slate-50">
            New organisation
          </Link>
        </li>
      </ul>
    </details>
  );
}
