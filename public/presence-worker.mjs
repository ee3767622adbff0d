// Face detection for presence signals, off the main thread (detectForVideo blocks its caller for ~4 ms a frame).
// Frames arrive as ImageBitmaps and are closed here; only boxes, scores, keypoints and a brightness number go back.
// Everything is loaded from our own origin; this script's CSP (next.config) allows wasm and no third-party connects,
// which also stops MediaPipe's usage pings.
import { FaceDetector, FilesetResolver } from "/mediapipe/vision_bundle.mjs";

let detector = null;
let probe = null;

/** Mean luma of a 16x12 thumbnail: enough to say "too dark" without reading the full frame. */
function brightnessOf(bitmap) {
  probe ??= new OffscreenCanvas(16, 12).getContext("2d", { willReadFrequently: true });
  probe.drawImage(bitmap, 0, 0, 16, 12);
  const { data } = probe.getImageData(0, 0, 16, 12);
  let sum = 0;
  for (let i = 0; i < data.length; i += 4) sum += 0.2126 * data[i] + 0.7152 * data[i + 1] + 0.0722 * data[i + 2];
  return sum / (data.length / 4);
}

self.onmessage = async (event) => {
  const message = event.data;
  if (message.type === "init") {
    try {
      // `true`: the ES-module build of the wasm loader, the one a module worker can import.
      const fileset = await FilesetResolver.forVisionTasks("/mediapipe/wasm", true);
      detector = await FaceDetector.createFromOptions(fileset, {
        baseOptions: { modelAssetPath: message.modelUrl, delegate: "CPU" },
        runningMode: "VIDEO",
        minDetectionConfidence: 0.5,
      });
      self.postMessage({ type: "ready" });
    } catch (error) {
      self.postMessage({ type: "error", message: String(error?.message ?? error) });
    }
    return;
  }
  if (message.type === "frame") {
    const { bitmap, t } = message;
    if (!detector) {
      bitmap.close();
      return;
    }
    const started = performance.now();
    const result = detector.detectForVideo(bitmap, t);
    const detectMs = performance.now() - started;
    const width = bitmap.width;
    const height = bitmap.height;
    const brightness = brightnessOf(bitmap);
    bitmap.close();
    const faces = result.detections.map((detection) => ({
      score: detection.categories[0]?.score ?? 0,
      box: {
        x: detection.boundingBox.originX / width,
        y: detection.boundingBox.originY / height,
        width: detection.boundingBox.width / width,
        height: detection.boundingBox.height / height,
      },
      keypoints: (detection.keypoints ?? []).map((point) => ({ x: point.x, y: point.y })),
    }));
    self.postMessage({ type: "result", t, faces, brightness, detectMs });
    return;
  }
  if (message.type === "close") {
    detector?.close();
    detector = null;
    self.close();
  }
};
