/**
 * The local outbox: the sender records exactly what it was given, the listing is newest first, /dev/outbox's service
 * opens only in local mode, and an email shows safely (sandboxed HTML, plain text with working links).
 */
import { randomUUID } from "node:crypto";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { listOutboxEmails } from "@/db/queries/email-outbox";
import { scopedDb } from "@/db/scoped";
import { createContext } from "@/lib/context/request-context";
import type { EmailMessage, EmailSender } from "@/lib/email/email-sender";
import { getEmailSender } from "@/lib/email/get-email-sender";
import { listOutbox, outboxIsViewable } from "@/lib/email/outbox";
import { outboxSender } from "@/lib/email/outbox-sender";
import { memberInviteEmail } from "@/lib/email/templates/member-invite";
import { requiresSession } from "@/lib/security/proxy-policy";
import { OutboxEmail } from "@/components/email/outbox-email";
import { splitLinks } from "@/components/email/text-with-links";
import { expectAppError } from "@/tests/helpers/expect-app-error";

const ACCEPT_URL = "https://app.rehearse.test/invites/accept?token=tok_outbox&x=1";
const appDb = () => scopedDb(getDb, { role: "app" });
const anonymous = (services?: { email: EmailSender }) => createContext({ kind: "anonymous" }, { services });

function message(subject: string): EmailMessage {
  const to = `outbox-${randomUUID()}@example.test`;
  return { to, subject, html: `<p>${subject}</p>`, text: `${subject}\n${ACCEPT_URL}`, kind: "test.outbox" };
}

describe("outboxSender", () => {
  it("is the sender lib/env chooses without RESEND_API_KEY", () => {
    expect(getEmailSender(getDb).kind).toBe("outbox");
  });

  it("records the message it was given as one row, and returns the row's id", async () => {
    const invite = await memberInviteEmail({
      to: `invitee-${randomUUID()}@example.test`,
      organisationName: "Outbox Org",
      inviterName: "Olu",
      role: "manager",
      acceptUrl: ACCEPT_URL,
      expiresAt: new Date("2026-12-20T09:00:00Z"),
    });
    const { id } = await outboxSender(getDb).send(invite);
    const row = (await listOutboxEmails(appDb(), 500)).find((email) => email.id === id);
    expect(row).toMatchObject({ toAddress: invite.to, subject: invite.subject, html: invite.html, text: invite.text, kind: "organisation.invite" });
    expect(row!.createdAt).toBeInstanceOf(Date);
  });
});

describe("listOutboxEmails", () => {
  it("returns the newest first, up to the limit", async () => {
    const sender = outboxSender(getDb);
    const ids: string[] = [];
    for (const subject of ["first", "second", "third"]) ids.push((await sender.send(message(subject))).id);
    const listed = (await listOutboxEmails(appDb(), 500)).map((email) => email.id).filter((id) => ids.includes(id));
    expect(listed).toEqual([...ids].reverse());
    const newest = await listOutboxEmails(appDb(), 1);
    expect(newest.map((email) => email.id)).toEqual([ids[2]]);
  });
});

describe("listOutbox (the /dev/outbox service)", () => {
  it("lists the outbox to anyone in local mode", async () => {
    const { id } = await outboxSender(getDb).send(message("visible"));
    const listed = await listOutbox(anonymous());
    expect(listed[0]?.id).toBe(id);
  });

  it("is not found when emails go through Resend", async () => {
    const resend: EmailSender = { kind: "resend", send: async () => ({ id: "unused" }) };
    await expectAppError(listOutbox(anonymous({ email: resend })), "not_found", 404);
  });

  it("needs no session at the proxy: the page itself decides whether it exists", () => {
    expect(requiresSession("/dev/outbox")).toBe(false);
  });

  it("opens only in local mode, and in a production build only on a loopback APP_URL", () => {
    const local = { emailAdapter: "outbox" as const, production: false, appUrl: "https://rehearse.example.com" };
    expect(outboxIsViewable(local)).toBe(true);
    expect(outboxIsViewable({ ...local, emailAdapter: "resend" })).toBe(false);
    expect(outboxIsViewable({ ...local, production: true })).toBe(false);
    expect(outboxIsViewable({ ...local, production: true, appUrl: "http://127.0.0.1:3000" })).toBe(true);
    expect(outboxIsViewable({ ...local, production: true, appUrl: "http://localhost:3000" })).toBe(true);
  });
});

describe("an outbox email on the page", () => {
  const email = {
    id: randomUUID(),
    toAddress: "casey@example.test",
    subject: `Join <Acme> "now"`,
    kind: "organisation.invite",
    html: `<p>Hello</p><script>parent.document.title = "owned"</script><a href="${ACCEPT_URL}">Open</a>`,
    text: `Hello\n\nLink to the invite: ${ACCEPT_URL}\n\n<b>not markup</b>`,
    createdAt: new Date("2026-12-07T00:20:28.123Z"),
  };
  const page = () => renderToStaticMarkup(createElement(OutboxEmail, { email, open: true }));

  it("shows the HTML in a frame that may run no script and has no access to the page", () => {
    const iframe = page().match(/<iframe\b[^>]*>/)?.[0] ?? "";
    expect(iframe).toContain(`sandbox="allow-popups allow-popups-to-escape-sandbox"`);
    expect(iframe).not.toMatch(/allow-scripts|allow-same-origin/);
    // The HTML is an attribute value, escaped: it never becomes part of the page's own markup.
    expect(iframe).toContain("srcDoc=\"&lt;p&gt;Hello&lt;/p&gt;&lt;script&gt;");
    expect(page()).not.toContain("<script>");
  });

  it("shows who, what, which kind and when, escaped", () => {
    const html = page();
    expect(html).toContain("casey@example.test");
    expect(html).toContain("Join &lt;Acme&gt; &quot;now&quot;");
    expect(html).toContain("organisation.invite");
    expect(html).toContain(`<time dateTime="2026-12-07T00:20:28.123Z">2026-12-07 00:20:28 UTC</time>`);
  });

  it("makes the plain text's links clickable and keeps the rest as text", () => {
    const html = page();
    expect(html).toContain(`<a href="${ACCEPT_URL.replace("&", "&amp;")}"`);
    expect(html).toContain("&lt;b&gt;not markup&lt;/b&gt;");
    expect(splitLinks(`go: ${ACCEPT_URL} now`)).toEqual([{ text: "go: " }, { text: ACCEPT_URL, href: ACCEPT_URL }, { text: " now" }]);
    expect(splitLinks("javascript:alert(1) and ftp://x")).toEqual([{ text: "javascript:alert(1) and ftp://x" }]);
  });
});
