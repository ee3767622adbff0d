/** Shown on every page while local auth is on, so nobody mistakes a local install for a real deployment. */
export function LocalModeBanner() {
  return (
    <div role="status" className="bg-amber-100 px-4 py-2 text-center text-sm text-amber-900" data-testid="local-mode-banner">
      <strong>Local mode:</strong> sign-in is simulated on this machine with locally issued keys. Do not expose this
      instance to the internet.
    </div>
  );
}
