import Link from "next/link";

/** After a plan refusal (402): the way to the plans, as the sentence's last words. */
export function UpgradeLink({ href }: { href: string }) {
  return (
    <>
      {" "}
      <Link href={href} className="font-medium underline underline-offset-2" data-testid="upgrade-link">
        See plans
      </Link>
    </>
  );
}
