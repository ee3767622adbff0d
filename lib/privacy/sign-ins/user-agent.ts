/**
 * Device and browser, in words, from a user agent string: what the sign-in history shows ("Chrome on macOS").
 * Pure and deliberately coarse: the raw string (which narrows a person down) is never stored, and two words are
 * enough for someone to recognise their own sign-ins or spot one that is not theirs.
 */

export type DeviceAndBrowser = { device: string | null; browser: string | null };

// Order matters: an iPad's user agent also says "Mac OS X", Android's says "Linux", and Edge's and Opera's say Chrome.
const DEVICES: readonly [RegExp, string][] = [
  [/iPhone/, "iPhone"],
  [/iPad/, "iPad"],
  [/Android/, "Android"],
  [/CrOS/, "ChromeOS"],
  [/Windows/, "Windows"],
  [/Macintosh|Mac OS X/, "macOS"],
  [/Linux/, "Linux"],
];

const BROWSERS: readonly [RegExp, string][] = [
  [/Edg(e|A|iOS)?\//, "Edge"],
  [/OPR\/|Opera/, "Opera"],
  [/SamsungBrowser\//, "Samsung Internet"],
  [/Firefox\/|FxiOS\//, "Firefox"],
  [/Chrome\/|CriOS\//, "Chrome"],
  [/Safari\//, "Safari"],
];

function firstMatch(userAgent: string, table: readonly [RegExp, string][]): string | null {
  return table.find(([pattern]) => pattern.test(userAgent))?.[1] ?? null;
}

/** The device and browser a user agent names, or null for each part it does not reveal. */
export function describeUserAgent(userAgent: string | null | undefined): DeviceAndBrowser {
  const value = (userAgent ?? "").slice(0, 512);
  if (!value) return { device: null, browser: null };
  return { device: firstMatch(value, DEVICES), browser: firstMatch(value, BROWSERS) };
}

/** "Chrome on macOS", "Safari on iPhone", or what is known of it ("Unknown device"). */
export function signInLabel({ device, browser }: DeviceAndBrowser): string {
  if (browser && device) return `${browser} on ${device}`;
  return browser ?? device ?? "Unknown device";
}
