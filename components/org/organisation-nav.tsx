"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

type Props = { slug: string; isOwner: boolean };

/** The organisation's sections; Settings and the audit log are for owners only. Marks the current one. */
export function OrganisationNav({ slug, isOwner }: Props) {
  const pathname = usePathname();
  const links = [
    { href: `/org/${slug}/members`, label: "Members" },
    { href: `/org/${slug}/invites`, label: "Invites" },
    ...(isOwner
      ? [
          { href: `/org/${slug}/settings`, label: "Settings" },
          { href: `/org/${slug}/audit`, label: "Audit log" },
        ]
      : []),
  ];
  return (
    <nav aria-label="Organisation" className="flex gap-4 overflow-x-auto border-b border-slate-200 text-sm whitespace-nowrap">
      {links.map((link) => {
        const current = pathname === link.href;
        return (
          <Link
            key={link.href}
            href={link.href}
            aria-current={current ? "page" : undefined}
            className={`-mb-px border-b-2 px-1 py-2 ${current ? "border-brand font-medium text-brand" : "border-transparent text-slate-700 hover:underline"}`}
          >
            {link.label}
          </Link>
        );
      })}
    </nav>
  );
}
