import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { formatInviteDate } from "@/components/org/invite-labels";
import { InviteLinkNotice } from "@/components/org/invite-link-notice";
import { InviteStateNotice } from "@/components/org/invite-state-notice";

const link = "http://localhost:3000/invite/abc";

describe("InviteLinkNotice", () => {
  it("shows the link with a labelled field and a Copy button after a sent email, without Retry", () => {
    const html = renderToStaticMarkup(createElement(InviteLinkNotice, { link, emailSent: true, onRetry: () => undefined }));
    expect(html).toContain('role="status"');
    expect(html).toMatch(/<label for="([^"]+)"[^>]*>Invite link[^<]*<\/label>[\s\S]*<input id="\1"[^>]*readOnly=""[^>]*value="http:\/\/localhost:3000\/invite\/abc"/);
    expect(html).toContain("Copy link");
    expect(html).not.toContain("Retry email");
  });

  it("raises an alert with Retry when the email failed, and says the invite was made", () => {
    const html = renderToStaticMarkup(createElement(InviteLinkNotice, { link, emailSent: false, onRetry: () => undefined }));
    expect(html).toContain('role="alert"');
    expect(html).toContain("The invite was made, but we could not send the email");
    expect(html).toContain("Retry email");
  });
});

describe("InviteStateNotice", () => {
  it("tells a user signed in with another email which address they use, as an alert", () => {
    const html = renderToStaticMarkup(createElement(InviteStateNotice, { state: "pending", emailMatches: false, signedInAs: "me@example.test" }));
    expect(html).toContain('role="alert"');
    expect(html).toContain("different email address");
    expect(html).toContain("me@example.test");
  });

  it("says why an invite is closed, and renders nothing for an open one", () => {
    const notice = (state: "expired" | "revoked" | "declined" | "accepted" | "pending") =>
      renderToStaticMarkup(createElement(InviteStateNotice, { state, emailMatches: true, signedInAs: "me@example.test" }));
    expect(notice("expired")).toContain("expired");
    expect(notice("revoked")).toContain("withdrawn");
    expect(notice("declined")).toContain("declined");
    expect(notice("accepted")).toContain("accepted");
    expect(notice("pending")).toBe("");
  });
});

describe("formatInviteDate", () => {
  it("formats in UTC so server and browser agree", () => {
    expect(formatInviteDate("2026-03-14T09:05:00Z")).toBe("14 Mar 2026, 09:05 UTC");
  });
});
