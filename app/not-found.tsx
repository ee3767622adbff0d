import Link from "next/link";

export default function NotFound() {
  return (
    <div className="space-y-3">
      <h1 className="text-2xl font-semibold">Page not found</h1>
      <p className="text-slate-600">There is nothing at this address, or it belongs to someone else.</p>
      <Link href="/" className="text-brand underline">
        Back to the home page
      </Link>
    </div>
  );
}
