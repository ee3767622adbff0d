/** Shown on every page while local auth is on, so nobody mistakes a local install for a real deployment. */
export function LocalModeBanner() {
  return (
    <div role="status" className="bg-amber-100 px-4 py-1 text-center text-xs text-amber-900 sm:py-2 sm:text-sm" data-testid="local-mode-banner">
      <strong>Local mode:</strong>
      {/* One line on a phone, so the page itself starts near the top. */}
      <span className="sm:hidden"> simulated sign-in, not for the internet.</span>
      <span className="hidden sm:inline">
        {" "}
        sign-in is simulated on this machine with locally issued keys. Do not expose this instance to the internet.
      </span>
    </div>
  );
}
