/**
 * Turns a React Email element into the two bodies every message carries: HTML, and a plain-text version for clients
 * (and readers) that do not show HTML, in which every link is written out in full.
 */
import "server-only";
import { render } from "@react-email/render";
import type { ReactElement } from "react";

// html-to-text upper-cases headings by default; in an email that reads as shouting.
const PLAIN_TEXT_OPTIONS = {
  selectors: [1, 2, 3].map((level) => ({ selector: `h${level}`, options: { uppercase: false } })),
};

export async function renderEmail(element: ReactElement): Promise<{ html: string; text: string }> {
  const [html, text] = await Promise.all([
    render(element),
    render(element, { plainText: true, htmlToTextOptions: PLAIN_TEXT_OPTIONS }),
  ]);
  return { html, text };
}
