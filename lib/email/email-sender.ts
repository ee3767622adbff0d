/**
 * The email interface: one message in, an id out. Production sends through Resend (RESEND_API_KEY); local mode
 * writes to the outbox table that /dev/outbox lists. Messages carry names, roles and links only: never CV text,
 * answers or scores.
 */
export type EmailMessage = {
  to: string;
  subject: string;
  html: string;
  text: string;
  /** What the email is for, e.g. `organisation.invite` (a tag in Resend, a column in the outbox). */
  kind: string;
};

export type EmailSender = {
  readonly kind: "resend" | "outbox";
  /** Sends (or records) one message; throws EmailSendError when the provider refuses or cannot be reached. */
  send(message: EmailMessage): Promise<{ id: string }>;
};

/** A send that failed: the caller keeps what it was sending for (an invite stays valid) and offers a retry. */
export class EmailSendError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "EmailSendError";
  }
}
