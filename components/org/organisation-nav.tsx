"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import type { OrganisationRole } from "@/db/schema";
import { can } from "@/lib/orgs/permissions";

type Props = { slug: string; role: OrganisationRole };

/** The organisation's sections the member's role opens (the permission table decides). Marks the current one. */
export function OrganisationNav({ slug, role }: Props) {
  const pathname = usePathname();
  const links = [
    { href: `/org/${slug}/assessments`, label: "Assessments" },
    { href: `/org/${slug}/members`, label: "Members" },
    ...(can(role, "reviewers.manage") ? [{ href: `/org/${slug}/invites`, label: "Invites" }] : []),
    ...(can(role, "organisation.manage")
      ? [
          { href: `/org/${slug}/settings`, label: "Settings" },
          { href: `/org/${slug}/audit`, label: "Audit log" },
        ]
      : []),
  ];
  return (
    <nav aria-label="Organisation" className="flex gap-4 overflow-x-auto border-b border-slate-200 text-sm whitespace-nowrap">
      {links.map((link) => {
        // The assessments section spans its builder pages too.
        const current = pathname === link.href || (link.label === "Assessments" && pathname.startsWith(`${link.href}/`));
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
