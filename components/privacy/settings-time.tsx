/** A date and time in UTC, the same on the server and in every browser (no hydration mismatch). */
export function SettingsTime({ at }: { at: Date }) {
  const text = at.toLocaleString("en-GB", { day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit", timeZone: "UTC" });
  return <time dateTime={at.toISOString()}>{text} UTC</time>;
}
