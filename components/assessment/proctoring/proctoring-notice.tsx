/** Said on every question while proctoring is on: that it is on, and exactly what it counts. */
export function ProctoringNotice() {
  return (
    <p className="rounded-md bg-amber-50 p-3 text-sm text-amber-900" data-testid="assessment-proctoring-on">
      <strong>Proctoring is on.</strong> This browser counts tab switches, the window losing focus and, with the camera on,
      looking away for over a second, more than one face and your face leaving the picture. Only counts and times are sent;
      no video or image.
    </p>
  );
}
