/**
 * The Resend sender: the real `resend` SDK over HTTP to a local server that answers like Resend, so what the SDK puts
 * on the wire (path, key, body) and how each kind of failure surfaces are both checked.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { EmailSendError } from "@/lib/email/email-sender";
import { kindTag, resendSender } from "@/lib/email/resend-sender";
import { memberInviteEmail } from "@/lib/email/templates/member-invite";
import { env } from "@/lib/env";
import { type ResendServer, startResendServer } from "@/tests/helpers/resend-server";

const API_KEY = "re_test_local_1234567890";
const FROM = "Rehearse Test <invites@rehearse.test>";
const TO = "invitee.person@example.test";
const ACCEPT_URL = "https://app.rehearse.test/invites/accept?token=tok_a1b2c3&source=email";

/** What the SDK may put in the body of POST /emails for our messages: nothing about tracking, nothing else. */
const ALLOWED_FIELDS = ["from", "to", "subject", "html", "text", "tags"];

let server: ResendServer;

beforeAll(async () => {
  server = await startResendServer();
});
afterAll(async () => {
  await server.close();
});
beforeEach(() => server.reset());

function invite() {
  return memberInviteEmail({
    to: TO,
    organisationName: "Acme <Talent> & Co",
    inviterName: "Ana Lima",
    role: "reviewer",
    acceptUrl: ACCEPT_URL,
    expiresAt: new Date("2026-12-14T10:00:00Z"),
  });
}

describe("resendSender", () => {
  it("sends a rendered member invite through the SDK as Resend expects it", async () => {
    const message = await invite();
    const result = await resendSender({ apiKey: API_KEY, baseUrl: server.url, from: FROM }).send(message);

    expect(server.requests).toHaveLength(1);
    const [request] = server.requests;
    expect(request).toMatchObject({ method: "POST", path: "/emails" });
    expect(request!.headers.authorization).toBe(`Bearer ${API_KEY}`);
    expect(request!.headers["content-type"]).toMatch(/application\/json/);
    expect(result.id).toBe(server.sentIds[0]);

    const body = request!.body!;
    expect(body).toMatchObject({
      from: FROM,
      to: [TO],
      subject: "Ana Lima invited you to join Acme <Talent> & Co on Rehearse",
      tags: [{ name: "kind", value: "organisation_invite" }],
    });
    expect(body.html).toContain(`href="${ACCEPT_URL.replaceAll("&", "&amp;")}"`);
    expect(body.html).toContain("Acme &lt;Talent&gt; &amp; Co");
    expect(body.text).toContain(ACCEPT_URL);
    expect(body.html).toBe(message.html);
    expect(body.text).toBe(message.text);
  });

  it("sends no tracking options and no fields beyond the message", async () => {
    await resendSender({ apiKey: API_KEY, baseUrl: server.url, from: FROM }).send(await invite());
    const body = server.requests[0]!.body!;
    const sent = Object.entries(body).filter(([, value]) => value !== undefined && value !== null).map(([key]) => key);
    expect(sent.sort()).toEqual([...ALLOWED_FIELDS].sort());
    expect(JSON.stringify(body)).not.toMatch(/track/i);
    expect(String(body.html)).not.toMatch(/<img\b/i);
  });

  it("sends from EMAIL_FROM unless told otherwise, and accepts a base URL with a trailing slash", async () => {
    await resendSender({ apiKey: API_KEY, baseUrl: `${server.url}/` }).send(await invite());
    expect(server.requests[0]).toMatchObject({ path: "/emails", body: { from: env.EMAIL_FROM } });
  });

  it("turns Resend's refusal into an EmailSendError that names the code, not the address", async () => {
    server.failNext({ status: 422, name: "validation_error", message: `Invalid \`to\` field: ${TO} is not allowed.` });
    const error = await resendSender({ apiKey: API_KEY, baseUrl: server.url, from: FROM })
      .send(await invite())
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(EmailSendError);
    const { message } = error as EmailSendError;
    expect(message).toContain("validation_error");
    expect(message).toContain("422");
    expect(message).not.toContain(TO);
    expect(message).not.toContain("invitee");
    expect(JSON.stringify(error)).not.toContain(TO);
    expect((error as EmailSendError).cause).toBeUndefined();
  });

  it("turns a server error with a body that is not JSON into an EmailSendError", async () => {
    server.failNext({ status: 502, raw: "<html>Bad gateway</html>" });
    await expect(resendSender({ apiKey: API_KEY, baseUrl: server.url, from: FROM }).send(await invite())).rejects.toThrow(
      new EmailSendError("Resend refused the email: application_error (HTTP 502)."),
    );
  });

  it("turns an unreachable server into an EmailSendError", async () => {
    const gone = await startResendServer();
    await gone.close();
    const error = await resendSender({ apiKey: API_KEY, baseUrl: gone.url, from: FROM })
      .send(await invite())
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(EmailSendError);
    expect((error as Error).message).toMatch(/could not be reached/);
    expect((error as Error).message).not.toContain(TO);
  });

  it("gives up on a server that does not answer, with an EmailSendError", async () => {
    server.failNext({ stall: true });
    const send = resendSender({ apiKey: API_KEY, baseUrl: server.url, from: FROM, timeoutMs: 50 }).send(await invite());
    await expect(send).rejects.toThrow(new EmailSendError("Resend could not be reached (application_error)."));
    expect(server.requests).toHaveLength(1);
  });

  it("refuses to build without an API key", () => {
    expect(() => resendSender({ apiKey: "" })).toThrow(/API key/);
  });
});

describe("kindTag", () => {
  it("keeps only the characters Resend allows in a tag", () => {
    expect(kindTag("organisation.invite")).toEqual({ name: "kind", value: "organisation_invite" });
    expect(kindTag("a-b_C9 é/x").value).toBe("a-b_C9___x");
  });
});
