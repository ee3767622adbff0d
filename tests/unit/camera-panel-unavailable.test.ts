import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { CameraPanel } from "@/components/presence/camera-panel";

type Tracker = Parameters<typeof CameraPanel>[0]["tracker"];

const renderWith = (status: Tracker["status"]) =>
  renderToStaticMarkup(
    createElement(CameraPanel, {
      tracker: { status, error: null, videoRef: { current: null }, start: () => {}, stop: () => {} } as unknown as Tracker,
    }),
  );

describe("camera panel without a face model on the server", () => {
  it("tells the candidate plainly that camera presence is not available", () => {
    const html = renderWith("unavailable");
    expect(html).toContain("Camera presence is not available on this server");
    expect(html).not.toContain("Turn camera on");
  });

  it("shows candidates no operator instructions: no file names, settings or scripts", () => {
    const text = renderWith("unavailable").replace(/<[^>]+>/g, " ");
    expect(text).not.toMatch(/tflite|PRESENCE_MODEL_FILE|scripts\/|prepare-mediapipe|administrator|\.\.\/shared|npm /i);
  });
});
