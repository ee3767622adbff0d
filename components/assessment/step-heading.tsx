"use client";

import { type ReactNode, useEffect, useRef } from "react";

/**
 * The heading of one step of the candidate's journey. It takes focus when the step appears, so a keyboard or screen
 * reader user lands at the top of the new step instead of on a button that no longer exists.
 */
export function StepHeading({ children, id, focusOnMount = true }: { children: ReactNode; id?: string; focusOnMount?: boolean }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusOnMount) ref.current?.focus();
  }, [focusOnMount]);
  return (
    <h1 ref={ref} id={id} tabIndex={-1} className="text-2xl font-semibold break-words focus:outline-none">
      {children}
    </h1>
  );
}
