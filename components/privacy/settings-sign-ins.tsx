import type { SignInView } from "@/lib/privacy/consents/privacy-settings";
import { SettingsTime } from "./settings-time";

/** The user's recent sign-ins, newest first: when, from which device and browser, and how. */
export function SettingsSignIns({ signIns, limit }: { signIns: SignInView[]; limit: number }) {
  return (
    <section aria-labelledby="sign-ins-heading" className="space-y-2 rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="sign-ins-heading" className="text-lg font-semibold">
        Sign-in history
      </h2>
      <p className="text-sm text-slate-600">
        Your last {limit} sign-ins. We keep the device and browser in words and a keyed hash of the IP address, never the
        address itself. If one is not yours, sign out of all devices from your profile.
      </p>
      {signIns.length === 0 ? (
        <p className="text-sm text-slate-600">No sign-ins recorded yet.</p>
      ) : (
        <ol className="divide-y divide-slate-200 text-sm" data-testid="sign-in-history">
          {signIns.map((signIn) => (
            <li key={signIn.id} className="flex flex-wrap justify-between gap-2 py-2">
              <span>{signIn.label}</span>
              <span className="text-slate-600">
                <SettingsTime at={signIn.at} /> · {signIn.method === "clerk" ? "Clerk" : "local sign-in"}
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
