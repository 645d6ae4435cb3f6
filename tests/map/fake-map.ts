import type { MapOptions } from "maplibre-gl";
import type { Camera } from "../../src/map/map-state";

type Listener = (event: Record<string, unknown>) => void;

/** The part of an element the controller touches: its attributes. */
export function fakeContainer(): HTMLElement & { attributes: Map<string, string> } {
  const attributes = new Map<string, string>();
  return {
    attributes,
    setAttribute: (name: string, value: string) => attributes.set(name, value),
    removeAttribute: (name: string) => attributes.delete(name),
    hasAttribute: (name: string) => attributes.has(name),
  } as unknown as HTMLElement & { attributes: Map<string, string> };
}

/** Records the calls the controller makes and fires events the way MapLibre does. */
export class FakeMap {
  calls: { method: string; args: unknown[] }[] = [];
  listeners = new Map<string, Listener[]>();
  sources = new Map<
    string,
    { setData: (data: unknown) => void; updateData: (diff: unknown) => void; getData: () => Promise<unknown> }
  >();
  images = new Set<string>();
  rendered: unknown[] = [];
  center = { lng: 103.65, lat: 21.45 };
  zoom = 10;
  /** Like a WebGL canvas without a preserved buffer: blank unless read while a frame is drawn. */
  canvas = { style: { cursor: "" }, toDataURL: (_type?: string) => "data:," };

  constructor(readonly options: MapOptions) {
    const style = options.style as { sources: Record<string, { data: unknown }> };
    for (const [id, source] of Object.entries(style.sources)) {
      let data = source.data;
      this.sources.set(id, {
        setData: (next) => {
          this.calls.push({ method: "setData", args: [id, next] });
          data = next;
        },
        updateData: (diff) => {
          this.calls.push({ method: "updateData", args: [id, diff] });
        },
        getData: async () => data,
      });
    }
  }

  on(type: string, listener: Listener) {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }
  once(type: string, listener: Listener) {
    const wrapped: Listener = (event) => {
      this.listeners.set(
        type,
        (this.listeners.get(type) ?? []).filter((other) => other !== wrapped),
      );
      listener(event);
    };
    this.on(type, wrapped);
  }
  triggerRepaint() {
    this.calls.push({ method: "triggerRepaint", args: [] });
  }
  fire(type: string, event: Record<string, unknown> = {}) {
    for (const listener of this.listeners.get(type) ?? []) listener({ type, ...event });
  }
  getSource(id: string) {
    return this.sources.get(id);
  }
  setGlobalStateProperty(...args: unknown[]) {
    this.calls.push({ method: "setGlobalStateProperty", args });
  }
  setPaintProperty(...args: unknown[]) {
    this.calls.push({ method: "setPaintProperty", args });
  }
  setLayoutProperty(...args: unknown[]) {
    this.calls.push({ method: "setLayoutProperty", args });
  }
  setFilter(...args: unknown[]) {
    this.calls.push({ method: "setFilter", args });
  }
  setFeatureState(...args: unknown[]) {
    this.calls.push({ method: "setFeatureState", args });
  }
  removeFeatureState(...args: unknown[]) {
    this.calls.push({ method: "removeFeatureState", args });
  }
  queryRenderedFeatures() {
    return this.rendered;
  }
  getCanvas() {
    return this.canvas;
  }
  private move(method: string, camera: { center?: [number, number]; zoom?: number }, eventData?: object) {
    this.calls.push({ method, args: [camera, eventData] });
    if (camera.center) this.center = { lng: camera.center[0], lat: camera.center[1] };
    if (camera.zoom !== undefined) this.zoom = camera.zoom;
    this.fire("movestart", { ...eventData });
    this.fire("moveend", { ...eventData });
  }
  jumpTo(camera: Camera, eventData?: object) {
    this.move("jumpTo", camera, eventData);
  }
  flyTo(camera: Camera, eventData?: object) {
    this.move("flyTo", camera, eventData);
  }
  easeTo(camera: Camera, eventData?: object) {
    this.move("easeTo", camera, eventData);
  }
  fitBounds(_bounds: unknown, _options: unknown, eventData?: object) {
    this.move("fitBounds", { center: [103.66, 21.5], zoom: 11 }, eventData);
  }
  getCenter() {
    return this.center;
  }
  getZoom() {
    return this.zoom;
  }
  addImage(id: string) {
    this.images.add(id);
  }
  hasImage(id: string) {
    return this.images.has(id);
  }
  setMissingStyleImageResolver() {}
  remove() {
    this.calls.push({ method: "remove", args: [] });
  }
  count(method: string) {
    return this.calls.filter((call) => call.method === method).length;
  }
}
