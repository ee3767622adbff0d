/** /.well-known/security.txt through the real proxy: public, RFC 9116's fields, an Expires less than a year ahead. */
import { describe, expect, it } from "vitest";
import { GET } from "@/app/.well-known/security.txt/route";
import { env } from "@/lib/env";
import { SECURITY_TXT_VALID_DAYS } from "@/lib/security/security-txt";
import { callThroughProxy } from "@/tests/helpers/through-proxy";

const DAY_MS = 24 * 60 * 60 * 1000;

async function fetchSecurityTxt() {
  const response = await callThroughProxy(GET, new Request("http://localhost:3000/.well-known/security.txt"));
  const fields = new Map((await response.text()).trim().split("\n").map((line) => line.split(/: (.*)/s).slice(0, 2) as [string, string]));
  return { response, fields };
}

describe("GET /.well-known/security.txt", () => {
  it("answers a signed-out visitor with plain text holding Contact, Expires, Policy and Preferred-Languages", async () => {
    const { response, fields } = await fetchSecurityTxt();
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/plain/);
    expect([...fields.keys()].sort()).toEqual(["Canonical", "Contact", "Expires", "Policy", "Preferred-Languages"]);
    expect(fields.get("Contact")).toBe(`mailto:security@${new URL(env.APP_URL).hostname}`);
    expect(fields.get("Policy")).toBe(new URL("/security", env.APP_URL).toString());
    expect(fields.get("Preferred-Languages")).toBe("en");
  });

  it("computes an Expires in the future and less than a year ahead, in RFC 3339 form", async () => {
    const before = Date.now();
    const { fields } = await fetchSecurityTxt();
    const expires = fields.get("Expires")!;
    expect(expires).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
    const ahead = Date.parse(expires) - before;
    expect(ahead).toBeGreaterThan((SECURITY_TXT_VALID_DAYS - 1) * DAY_MS);
    expect(ahead).toBeLessThan(365 * DAY_MS);
  });
});
