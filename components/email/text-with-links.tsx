/**
 * Plain text with every web address in it made a link (the rest stays text: React escapes it), so an email's plain
 * version can be read and its links followed or copied.
 */
const WEB_ADDRESS = /(https?:\/\/[^\s<>"]+)/g;

/** Splits text into runs of text and web addresses, in order. Pure, for tests. */
export function splitLinks(text: string): { text: string; href?: string }[] {
  return text
    .split(WEB_ADDRESS)
    .filter((part) => part !== "")
    .map((part) => (/^https?:\/\//.test(part) ? { text: part, href: part } : { text: part }));
}

export function TextWithLinks({ text }: { text: string }) {
  return (
    <pre className="overflow-x-auto whitespace-pre-wrap break-words rounded-md bg-slate-50 p-3 font-sans text-sm text-slate-800">
      {splitLinks(text).map((part, index) =>
        part.href ? (
          <a key={index} href={part.href} className="break-all font-medium text-brand underline underline-offset-2">
            {part.text}
          </a>
        ) : (
          part.text
        ),
      )}
    </pre>
  );
}
