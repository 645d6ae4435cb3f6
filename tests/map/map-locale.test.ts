// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { mapOptions, relabelMapControls } from "../../src/map/map-like";

describe("MapLibre's own words", () => {
  it("are given to the map in the reader's language", () => {
    const style = { version: 8 as const, sources: {}, layers: [] };
    const camera = { center: [103.66, 21.43] as [number, number], zoom: 9 };
    const vi = mapOptions(document.createElement("div"), style, camera, "vi").locale ?? {};
    expect(vi["NavigationControl.ZoomIn"]).toBe("Phóng to");
    expect(vi["NavigationControl.ZoomOut"]).toBe("Thu nhỏ");
    expect(vi["Map.Title"]).toBe("Bản đồ");
    const en = mapOptions(document.createElement("div"), style, camera, "en").locale ?? {};
    expect(en["NavigationControl.ZoomIn"]).toBe("Zoom in");
  });

  it("follow a change of language on the controls already made", () => {
    document.body.innerHTML = `
      <div class="maplibregl-map">
        <div class="maplibregl-canvas-container"><canvas class="maplibregl-canvas" aria-label="Bản đồ"></canvas></div>
        <div class="maplibregl-ctrl-group">
          <button class="maplibregl-ctrl-zoom-in" title="Phóng to" aria-label="Phóng to"></button>
          <button class="maplibregl-ctrl-zoom-out" title="Thu nhỏ" aria-label="Thu nhỏ"></button>
        </div>
      </div>`;
    const canvas = document.querySelector("canvas") as HTMLCanvasElement;
    relabelMapControls(canvas, "en");
    const zoomIn = document.querySelector(".maplibregl-ctrl-zoom-in");
    expect(zoomIn?.getAttribute("title")).toBe("Zoom in");
    expect(zoomIn?.getAttribute("aria-label")).toBe("Zoom in");
    expect(document.querySelector(".maplibregl-ctrl-zoom-out")?.getAttribute("title")).toBe("Zoom out");
    expect(canvas.getAttribute("aria-label")).toBe("Map");
    relabelMapControls(canvas, "vi");
    expect(zoomIn?.getAttribute("title")).toBe("Phóng to");
  });
});
