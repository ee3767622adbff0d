import type { ConsentState } from "@/lib/privacy/consents/consent-view";
import type { PrivacySettings } from "@/lib/privacy/consents/privacy-settings";
import { ConsentToggle } from "./settings-consent-toggle";
import { SettingsTime } from "./settings-time";

const stateWords = (consent: ConsentState) =>
  consent.state === "granted" ? "Allowed" : consent.state === "withdrawn" ? "Withdrawn" : consent.on ? "On by default" : "Not asked yet";

type Props = Pick<PrivacySettings, "consents" | "consentHistory" | "aiConfigured">;

/** The user's consents: the current answer per kind with its date and text version, then every answer ever given. */
export function SettingsConsents({ consents, consentHistory, aiConfigured }: Props) {
  return (
    <section aria-labelledby="consents-heading" className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="consents-heading" className="text-lg font-semibold">
        Consents
      </h2>
      <p className="text-sm text-slate-600">
        Withdrawing AI processing switches your questions and feedback to the offline engines: from then on nothing of
        yours is sent to the AI provider.{aiConfigured ? "" : " This server has no AI provider configured, so nothing is sent today either way."}{" "}
        Withdrawing camera or microphone means practice asks you again before turning them on.
      </p>
      <ul className="divide-y divide-slate-200" data-testid="consent-list">
        {consents.map((consent) => (
          <li key={consent.kind} className="flex flex-wrap items-center justify-between gap-3 py-3" data-testid={`consent-${consent.kind}`}>
            <div>
              <p className="font-medium">{consent.label}</p>
              <p className="text-sm text-slate-600">
                <span data-testid="consent-state">{stateWords(consent)}</span>
                {consent.at ? (
                  <>
                    {" "}
                    on <SettingsTime at={consent.at} /> (version {consent.version})
                  </>
                ) : null}
                {consent.outdated ? " — given for an earlier version of the text" : null}
              </p>
            </div>
            {consent.withdrawable ? <ConsentToggle kind={consent.kind} label={consent.label} granted={consent.on} /> : null}
          </li>
        ))}
      </ul>
      <details className="text-sm">
        <summary className="cursor-pointer text-brand underline underline-offset-2">Every answer you have given ({consentHistory.length})</summary>
        <ol className="mt-2 space-y-1" data-testid="consent-history">
          {consentHistory.map((row) => (
            <li key={row.id}>
              <SettingsTime at={row.createdAt} />: {row.granted ? "allowed" : "withdrew"} {row.label} (version {row.version})
            </li>
          ))}
        </ol>
      </details>
    </section>
  );
}
