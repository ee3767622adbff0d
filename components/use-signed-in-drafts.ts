"use client";

import { useEffect, useMemo } from "react";
import { browserStorage, createDraftStore } from "@/lib/practice/client/draft-store";

/**
 * For the sign-out controls, which are on every page exactly while someone is signed in: names `ownerId` as the owner
 * of new answer drafts in this browser (lib/practice/client/draft-store.ts), and gives sign-out the step that removes
 * all of that user's drafts before the session ends.
 */
export function useSignedInDrafts(ownerId: string) {
  const store = useMemo(() => createDraftStore(browserStorage()), []);
  useEffect(() => {
    store.open(ownerId);
  }, [store, ownerId]);
  return useMemo(
    () => ({
      /** Before signing out: every draft of the user goes, and none is saved again until someone signs in. */
      forget: () => store.close(),
      /** The sign-out failed, so the user is still signed in: their drafts are kept again from now on. */
      keep: () => store.open(ownerId),
    }),
    [store, ownerId],
  );
}
