/** Pages that run the camera, the microphone and MediaPipe's wasm. Everything else denies them (see headers.ts). */
const CAPTURE_PATH = /^\/(practice|assessment)(\/|$)/;

/** Pure and dependency-free, so the browser's capture-policy guard shares it with the server's headers. */
export function pageUsesCapture(pathname: string): boolean {
  return CAPTURE_PATH.test(pathname);
}
