"use client";

import { useEffect, useMemo } from "react";

/**
 * The draft store loads on demand: the sign-out controls are in the layout, so a static import would put it in every
 * page's first-load JavaScript, signed-out pages included (the STAR scorer's budget in e2e/client-bundle.spec.ts).
 */
function loadDraftStore() {
  return import("@/lib/practice/client/draft-store").then((drafts) => drafts.createDraftStore(drafts.browserStorage()));
}

/**
 * For the sign-out controls, which are on every page exactly while someone is signed in: names `ownerId` as the owner
 * of new answer drafts in this browser (lib/practice/client/draft-store.ts), and gives sign-out the step that removes
 * all of that user's drafts before the session ends.
 */
export function useSignedInDrafts(ownerId: string) {
  useEffect(() => {
    void loadDraftStore().then((store) => store.open(ownerId));
  }, [ownerId]);
  return useMemo(
    () => ({
      /** Before signing out: every draft of the user goes, and none is saved again until someone signs in. */
      forget: async () => (await loadDraftStore()).close(),
      /** The sign-out failed, so the user is still signed in: their drafts are kept again from now on. */
      keep: async () => (await loadDraftStore()).open(ownerId),
    }),
    [ownerId],
  );
}
