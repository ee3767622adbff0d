import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: "Security" };

/** Every statement here is enforced by code named beside it; change the code and this page together. */
export default function SecurityPage() {
  return (
    <article className="prose max-w-3xl space-y-4">
      <h1 className="text-2xl font-semibold">Security</h1>
      <h2 className="text-lg font-semibold">Authentication</h2>
      <p>
        Every page and every API that reads a session passes through Clerk&apos;s middleware, which verifies the signed
        session token (RS256) before it runs; each API and server action checks the session again itself, and a session you signed out of
        stops working at its next request (your profile page can sign you out of every device). Signed-out requests to private
        pages are sent to sign-in, and private APIs answer 401. Another user&apos;s records answer 404, as if they did
        not exist. The few endpoints that never read a session skip the middleware and check their own credential:
        the health check, security.txt, the public STAR scorer, scheduled jobs (a bearer secret) and candidates&apos; assessment links
        (the link&apos;s token).
      </p>
      <h2 className="text-lg font-semibold">Headers on every response</h2>
      <ul className="list-disc pl-6">
        <li>HTTP Strict Transport Security for two years, including subdomains.</li>
        <li>A Content Security Policy with a fresh nonce per page: scripts run only from our own origin, and the
          browser may connect only to our own origin (plus our error-monitoring host when it is configured).</li>
        <li>Camera and microphone are denied by Permissions-Policy everywhere except the practice and assessment pages.</li>
        <li>Framing only by our own pages, no MIME sniffing, and a strict referrer policy.</li>
      </ul>
      <h2 className="text-lg font-semibold">Data handling</h2>
      <ul className="list-disc pl-6">
        <li>Every request reads and writes the database as you: PostgreSQL row-level security lets it see only your
          rows, as a second wall behind each query&apos;s own check.</li>
        <li>IP addresses are never stored: the audit log, sign-in history and consents keep a keyed hash (HMAC-SHA-256
          with a server secret).</li>
        <li>Error reports drop request bodies, cookies and any field that may hold CV or answer text before they leave
          the server, and never include your name or email.</li>
        <li>Application logs are structured and pass through the same redaction.</li>
        <li>Profile changes, consent changes and exports are recorded in an audit log that notes which fields
          changed, not their text. The application&apos;s database role may add and read its events, never change or
          delete them; only the retention job and account deletion&apos;s anonymisation do.</li>
      </ul>
      <h2 className="text-lg font-semibold">The free STAR scorer</h2>
      <p>
        The public scorer at /tools/star-scorer answers at most 5 requests per hour per IP address, counting invalid
        requests too. The count is kept under a keyed hash of the address, never the address, and expires with the hour.
        What you paste is scored and discarded: it is not stored and not logged. Behind our own server the address is
        the connection&apos;s; a forwarded-for header is believed only on deployments behind a trusted proxy.
      </p>
      <h2 className="text-lg font-semibold">Reporting a problem</h2>
      <p>
        Write to the contact in <a href="/.well-known/security.txt" className="underline">/.well-known/security.txt</a>{" "}
        (set by each deployment) with steps to reproduce. The technical and organisational measures, with the tests that
        prove them, are on the <Link href="/data-protection" className="underline">data protection</Link> page.
      </p>
    </article>
  );
}
