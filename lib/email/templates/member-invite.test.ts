import { describe, expect, it } from "vitest";
import { clip, formatExpiry, memberInviteEmail, memberInviteSubject, type MemberInviteEmailInput, ROLE_SUMMARIES } from "./member-invite";

const ACCEPT_URL = "https://app.example.test/invites/accept?token=tok_9f8e7d6c5b4a&next=%2Forgs%2Facme";

function invite(overrides: Partial<MemberInviteEmailInput> = {}): MemberInviteEmailInput {
  return {
    to: "casey@example.test",
    organisationName: "Acme Hiring",
    inviterName: "Ana Lima",
    role: "manager",
    acceptUrl: ACCEPT_URL,
    expiresAt: new Date("2026-12-14T10:00:00Z"),
    ...overrides,
  };
}

/** Every URL an element loads by itself when the email is opened (images, stylesheets, scripts, frames). */
function loadedResources(html: string): string[] {
  return [...html.matchAll(/<(img|link|script|iframe|object|embed|video|audio|source)\b[^>]*>/gi)].map((m) => m[0]);
}

describe("memberInviteEmail", () => {
  it("says who invited whom to what as which role, with the link, the expiry and the way out", async () => {
    const message = await memberInviteEmail(invite());
    expect(message).toMatchObject({ to: "casey@example.test", kind: "organisation.invite" });
    expect(message.subject).toBe("Ana Lima invited you to join Acme Hiring on Rehearse");
    for (const body of [message.html, message.text]) {
      expect(body).toContain("Ana Lima invited you to join Acme Hiring on Rehearse as a manager");
      expect(body).toContain(ROLE_SUMMARIES.manager);
      expect(body).toContain("Monday 14 December 2026 at 10:00 UTC");
      expect(body).toContain("If you did not expect this, ignore it; nothing happens unless you accept.");
    }
    expect(message.html).toContain("Open the invite");
    expect(message.html).toContain("#4f46e5");
  });

  it("links the button to the accept URL and writes the full link into the plain text", async () => {
    const message = await memberInviteEmail(invite());
    const escapedUrl = ACCEPT_URL.replaceAll("&", "&amp;");
    expect(message.html).toContain(`href="${escapedUrl}"`);
    expect(message.html.match(/<a\b[^>]*>[\s\S]*?Open the invite/)?.[0]).toContain(`href="${escapedUrl}"`);
    expect(message.text).toContain(ACCEPT_URL);
    expect(message.text).not.toMatch(/<[a-z]/i);
  });

  it("escapes names, so markup in an organisation or inviter name is text", async () => {
    const message = await memberInviteEmail(
      invite({ organisationName: `<script>alert("x")</script> & Co`, inviterName: `<img src=x onerror=alert(1)>` }),
    );
    expect(message.html).not.toContain("<script>");
    expect(message.html).not.toContain("<img");
    expect(message.html).toContain("&lt;script&gt;");
    expect(message.text).toContain(`<script>alert("x")</script> & Co`);
  });

  it("loads nothing from elsewhere when opened: no images, stylesheets or scripts", async () => {
    const message = await memberInviteEmail(invite({ role: "owner" }));
    expect(loadedResources(message.html)).toEqual([]);
    expect(message.html).not.toMatch(/url\(/i);
  });

  it("describes each role in one line, with its article", async () => {
    for (const role of ["owner", "manager", "reviewer"] as const) {
      const message = await memberInviteEmail(invite({ role }));
      expect(message.text).toContain(`on Rehearse as ${role === "owner" ? "an owner" : `a ${role}`}`);
      expect(message.text).toContain(ROLE_SUMMARIES[role]);
    }
  });

  it("refuses an accept link that is not a web address", async () => {
    await expect(memberInviteEmail(invite({ acceptUrl: "javascript:alert(1)" }))).rejects.toThrow(/http/);
  });
});

describe("memberInviteSubject", () => {
  it("keeps the subject within 80 characters by shortening the organisation's name", () => {
    const long = "The Extraordinarily Long-Named International Consortium of Hiring Professionals Ltd";
    const subject = memberInviteSubject("Ana Lima", long);
    expect(subject.length).toBeLessThanOrEqual(80);
    expect(subject).toMatch(/^Ana Lima invited you to join The Extraordinarily .*… on Rehearse$/);
  });

  it("shortens a very long inviter name too, and puts each name on one line", () => {
    const subject = memberInviteSubject("A".repeat(200), "Acme\r\nBcc: someone@example.test");
    expect(subject.length).toBeLessThanOrEqual(80);
    expect(subject).not.toMatch(/[\r\n]/);
    expect(subject).toContain(`${"A".repeat(29)}… invited you to join`);
  });
});

describe("clip and formatExpiry", () => {
  it("leaves short text alone and marks a cut with an ellipsis", () => {
    expect(clip("  Acme   Co ", 20)).toBe("Acme Co");
    expect(clip("abcdefghij", 5)).toBe("abcd…");
  });

  it("states the expiry in UTC whatever the server's time zone", () => {
    expect(formatExpiry(new Date("2027-01-01T23:30:00Z"))).toBe("Friday 1 January 2027 at 23:30 UTC");
  });
});
