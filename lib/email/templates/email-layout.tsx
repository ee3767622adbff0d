/**
 * The frame every Rehearse email shares: the product's name in its brand colour, the message, and a footer that says
 * why the reader got it. Everything is inline styles and text: no images, web fonts or anything else fetched from a
 * server when the email is opened, so opening it tells nobody anything (no tracking pixel, by construction).
 */
import "server-only";
import { Body, Container, Head, Hr, Html, Preview, Section, Text } from "@react-email/components";
import type { CSSProperties, ReactNode } from "react";

/** `--color-brand` in app/globals.css: email clients cannot read CSS variables, so the value is repeated here. */
export const BRAND_COLOUR = "#4f46e5";

/** The text, button and link styles every email's body shares, so all of them look like one product. */
export const emailStyles = {
  heading: { fontSize: 20, lineHeight: "28px", fontWeight: 600, margin: "0 0 12px" },
  text: { fontSize: 14, lineHeight: "22px", margin: "0 0 12px" },
  button: { backgroundColor: BRAND_COLOUR, borderRadius: 6, color: "#ffffff", fontSize: 14, fontWeight: 600, padding: "10px 18px" },
  link: { color: BRAND_COLOUR, wordBreak: "break-all" as const },
  muted: { color: "#475569", fontSize: 13, lineHeight: "20px", margin: "0 0 8px" },
};

/** Refuses a link that is not http(s) before it goes into an email; `what` names it in the error. */
export function assertWebLink(url: string, what: string): void {
  const protocol = URL.canParse(url) ? new URL(url).protocol : null;
  if (protocol !== "https:" && protocol !== "http:") throw new Error(`${what} must be an http(s) URL`);
}

const FONT_STACK = "ui-sans-serif, system-ui, -apple-system, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif";

const styles = {
  body: { backgroundColor: "#f8fafc", color: "#0f172a", fontFamily: FONT_STACK, margin: 0, padding: "24px 0" },
  container: { backgroundColor: "#ffffff", border: "1px solid #e2e8f0", borderRadius: 8, maxWidth: 560, padding: "24px 32px" },
  brand: { color: BRAND_COLOUR, fontSize: 18, fontWeight: 700, margin: "0 0 16px" },
  rule: { borderColor: "#e2e8f0", margin: "24px 0 16px" },
  footer: { color: "#64748b", fontSize: 12, lineHeight: "18px", margin: 0 },
} satisfies Record<string, CSSProperties>;

export type EmailLayoutProps = {
  /** The line inbox lists show next to the subject (hidden in the body, skipped in the plain text). */
  preview: string;
  /** Why the reader got this email, e.g. "You received this email because Ana invited you@example.com to …". */
  reason: string;
  children: ReactNode;
};

export function EmailLayout({ preview, reason, children }: EmailLayoutProps) {
  return (
    <Html lang="en">
      <Head />
      <Preview>{preview}</Preview>
      <Body style={styles.body}>
        <Container style={styles.container}>
          <Text style={styles.brand}>Rehearse</Text>
          <Section>{children}</Section>
          <Hr style={styles.rule} />
          <Text style={styles.footer}>{reason}</Text>
        </Container>
      </Body>
    </Html>
  );
}
