import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { DeleteAccountSection } from "@/components/privacy/delete-account-section";

const render = (props: Parameters<typeof DeleteAccountSection>[0]) => renderToStaticMarkup(createElement(DeleteAccountSection, props));

describe("DeleteAccountSection", () => {
  it("says what is deleted and what is anonymised, and offers the deletion when nothing blocks it", () => {
    const html = render({ blocking: [], deletedWithAccount: [] });
    expect(html).toContain("Deleted at once");
    expect(html).toContain("not your id, email, name or IP hash");
    expect(html).toContain(">Delete my account</button>");
    expect(html).not.toContain("data-testid=\"delete-account-blocked\"");
  });

  it("lists the organisations deleted with the account", () => {
    const html = render({ blocking: [], deletedWithAccount: [{ name: "Solo studio", slug: "solo" }] });
    expect(html).toContain("they are deleted with your account");
    expect(html).toContain('href="/org/solo"');
    expect(html).toContain("Solo studio");
  });

  it("names each organisation a sole owner must hand over, instead of the delete button", () => {
    const html = render({ blocking: [{ name: "Acme hiring", slug: "acme" }], deletedWithAccount: [] });
    expect(html).toContain('data-testid="delete-account-blocked"');
    expect(html).toContain("Acme hiring");
    expect(html).toContain('href="/org/acme/members"');
    expect(html).not.toContain(">Delete my account</button>");
  });
});
