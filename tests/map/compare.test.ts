import { describe, expect, it } from "vitest";
import { beforePlan, clipPathFor, linkCameras, type SyncableMap } from "../../src/map/compare";
import type { PlanMapData } from "../../src/map/map-state";

/** A camera that fires "move" synchronously inside jumpTo, as MapLibre does. */
class CameraFake implements SyncableMap {
  center = { lng: 103.6, lat: 21.4 };
  zoom = 10;
  jumps: { camera: unknown; eventData: unknown }[] = [];
  private listeners: (() => void)[] = [];
  on(_type: "move", listener: () => void) {
    this.listeners.push(listener);
    return { unsubscribe: () => (this.listeners = this.listeners.filter((other) => other !== listener)) };
  }
  jumpTo(camera: { center: [number, number]; zoom: number }, eventData?: object) {
    this.jumps.push({ camera, eventData });
    this.center = { lng: camera.center[0], lat: camera.center[1] };
    this.zoom = camera.zoom;
    this.fireMove();
  }
  /** What a drag or a wheel does: the camera changes, then "move" fires. */
  userMove(lng: number, lat: number, zoom: number) {
    this.center = { lng, lat };
    this.zoom = zoom;
    this.fireMove();
  }
  fireMove() {
    for (const listener of [...this.listeners]) listener();
  }
  getCenter() {
    return this.center;
  }
  getZoom() {
    return this.zoom;
  }
  listenerCount() {
    return this.listeners.length;
  }
}

describe("the swipe's clip", () => {
  it("shows the overlay from the left edge to the divider", () => {
    expect(clipPathFor(50)).toBe("inset(0 50% 0 0)");
    expect(clipPathFor(30)).toBe("inset(0 70% 0 0)");
    expect(clipPathFor(0)).toBe("inset(0 100% 0 0)");
    expect(clipPathFor(100)).toBe("inset(0 0% 0 0)");
    expect(clipPathFor(-5)).toBe("inset(0 100% 0 0)");
    expect(clipPathFor(33.33)).toBe("inset(0 66.7% 0 0)");
  });
});

describe("the plan before the picks", () => {
  it("keeps the candidates and drops the picks, their reach and the timeline", () => {
    const picks = {
      type: "FeatureCollection" as const,
      features: [
        {
          type: "Feature" as const,
          geometry: { type: "Point" as const, coordinates: [103.6, 21.4] },
          properties: { code: "a", order: 1 },
        },
      ],
    };
    const plan: PlanMapData = { candidateClass: { a: 3, b: 1 }, picks, reach: picks, timeline: { a: "new" } };
    const before = beforePlan(plan);
    expect(before?.candidateClass).toBe(plan.candidateClass);
    expect(before?.picks.features).toEqual([]);
    expect(before?.reach.features).toEqual([]);
    expect(before?.timeline).toBeNull();
    // shared empties: an unchanged "before" is the same data, so nothing is re-sent
    expect(beforePlan(plan)?.picks).toBe(before?.picks);
    expect(beforePlan(null)).toBeNull();
  });
});

describe("the camera link", () => {
  it("copies a move of either map to the other once, tagged, without bouncing back", () => {
    const main = new CameraFake();
    const before = new CameraFake();
    const tag = { fromApp: true };
    linkCameras(main, before, tag);
    main.userMove(103.7, 21.5, 11);
    expect(before.jumps).toHaveLength(1);
    expect(before.jumps[0]).toEqual({
      camera: { center: [103.7, 21.5], zoom: 11, bearing: 0, pitch: 0 },
      eventData: tag,
    });
    // the copy's own move event did not come back to the main map
    expect(main.jumps).toHaveLength(0);
    before.userMove(103.8, 21.3, 12.5);
    expect(main.jumps).toHaveLength(1);
    expect(main.center).toEqual({ lng: 103.8, lat: 21.3 });
    expect(main.zoom).toBe(12.5);
    expect(before.jumps).toHaveLength(1);
  });

  it("follows every frame of a drag and stops when unlinked", () => {
    const main = new CameraFake();
    const before = new CameraFake();
    const unlink = linkCameras(main, before, {});
    for (let frame = 1; frame <= 30; frame += 1) main.userMove(103.6 + frame / 1000, 21.4, 10);
    expect(before.jumps).toHaveLength(30);
    expect(before.center).toEqual(main.center);
    unlink();
    expect(main.listenerCount()).toBe(0);
    expect(before.listenerCount()).toBe(0);
    main.userMove(104, 22, 9);
    expect(before.jumps).toHaveLength(30);
  });

  it("lets the next move through after a copy that threw", () => {
    const main = new CameraFake();
    const broken = new CameraFake();
    let fail = true;
    const jump = broken.jumpTo.bind(broken);
    broken.jumpTo = (camera, eventData) => {
      if (fail) throw new Error("context lost");
      jump(camera, eventData);
    };
    linkCameras(main, broken, {});
    expect(() => main.userMove(103.7, 21.5, 11)).toThrow("context lost");
    fail = false;
    main.userMove(103.9, 21.5, 11);
    expect(broken.center).toEqual({ lng: 103.9, lat: 21.5 });
  });
});
