/**
 * Production's sender: the `resend` SDK, built here and nowhere else, from values lib/env read (the SDK is given its
 * key, base URL and user agent, so it does not fall back to reading `process.env` for them; it still reads
 * RESEND_DEBUG, which only makes it log Resend's error replies to the console).
 *
 * No tracking: the request carries no tracking options and the templates load nothing when opened. Open and click
 * tracking in Resend is a setting of the sending domain, off unless someone turns it on in Resend's dashboard; keep it
 * off (click tracking would also rewrite invite links through Resend's servers).
 */
import "server-only";
import { type ErrorResponse, Resend } from "resend";
import { env } from "@/lib/env";
import { EmailSendError, type EmailMessage, type EmailSender } from "./email-sender";

const RESEND_API = "https://api.resend.com";
const USER_AGENT = "rehearse";
const DEFAULT_TIMEOUT_MS = 10_000;

export type ResendSenderOptions = {
  /** Defaults to RESEND_API_KEY. */
  apiKey?: string;
  /** Defaults to RESEND_BASE_URL, else Resend's API. Tests pass their local server's URL. */
  baseUrl?: string;
  /** The From header; defaults to EMAIL_FROM. */
  from?: string;
  /** How long one send may take before it counts as failed. */
  timeoutMs?: number;
};

/**
 * Resend's tags allow only ASCII letters, digits, `_` and `-`: `organisation.invite` goes as `organisation_invite`.
 * Exported for tests.
 */
export function kindTag(kind: string): { name: "kind"; value: string } {
  return { name: "kind", value: kind.replace(/[^A-Za-z0-9_-]/g, "_").slice(0, 256) };
}

/**
 * What a refusal says in our logs: Resend's error code and HTTP status, never its message, which can quote an address
 * ("You can only send testing emails to your own email address (…)").
 */
function refusal(error: ErrorResponse | null): EmailSendError {
  if (!error) return new EmailSendError("Resend answered without an email id.");
  if (error.statusCode === null) return new EmailSendError(`Resend could not be reached (${error.name}).`);
  return new EmailSendError(`Resend refused the email: ${error.name} (HTTP ${error.statusCode}).`);
}

export function resendSender(options: ResendSenderOptions = {}): EmailSender {
  const apiKey = options.apiKey ?? env.RESEND_API_KEY;
  if (!apiKey) throw new Error("resendSender needs an API key (RESEND_API_KEY).");
  const baseUrl = (options.baseUrl ?? env.RESEND_BASE_URL ?? RESEND_API).replace(/\/+$/, "");
  const client = new Resend(apiKey, { baseUrl, userAgent: USER_AGENT });
  const from = options.from ?? env.EMAIL_FROM;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;

  return {
    kind: "resend",
    async send(message: EmailMessage) {
      let reply: Awaited<ReturnType<typeof client.emails.send>>;
      try {
        reply = await client.emails.send(
          {
            from,
            to: [message.to],
            subject: message.subject,
            html: message.html,
            text: message.text,
            tags: [kindTag(message.kind)],
          },
          { signal: AbortSignal.timeout(timeoutMs) },
        );
      } catch {
        // The SDK turns most failures into `{ error }`; what still throws (a malformed success body) says nothing
        // worth keeping, and its message could quote the request.
        throw new EmailSendError("Resend's reply could not be read.");
      }
      if (reply.error || !reply.data?.id) throw refusal(reply.error);
      return { id: reply.data.id };
    },
  };
}
