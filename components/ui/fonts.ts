/**
 * The app's typefaces, self-hosted from the `geist` package by next/font.
 *
 * Neither is preloaded. A preload starts both downloads (about 70 kB each) ahead of the stylesheet and the scripts, on
 * every page, and on a slow connection that delays the first paint more than the font improves it. Without it the
 * text paints at once in the size-adjusted fallback next/font generates, and the browser fetches a face only on pages
 * that use it: Geist Mono appears only in the practice timers. Geist Sans is `display: optional`: a page whose font is
 * not there at once keeps the fallback instead of swapping later, so nothing moves (Lighthouse measured CLS 0.006 on
 * `/` with `swap`, 0 with `optional`); the next page has it from the cache.
 */
import localFont from "next/font/local";

export const geistSans = localFont({
  src: "../../node_modules/geist/dist/fonts/geist-sans/Geist-Variable.woff2",
  variable: "--font-geist-sans",
  weight: "100 900",
  preload: false,
  display: "optional",
});

export const geistMono = localFont({
  src: "../../node_modules/geist/dist/fonts/geist-mono/GeistMono-Variable.woff2",
  variable: "--font-geist-mono",
  weight: "100 900",
  preload: false,
  // Digits in a timer: a metric-adjusted fallback would only matter for swaps, and the stack below already is monospace.
  adjustFontFallback: false,
  fallback: ["ui-monospace", "monospace"],
});
