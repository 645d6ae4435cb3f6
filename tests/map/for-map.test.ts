// forMap: what reaches MapLibre's workers goes through MapLibre's own serialiser, here the real
// one from its source, so a property named like a built-in cannot empty a source again.
import type { Feature, FeatureCollection } from "geojson";
import { beforeAll, describe, expect, it } from "vitest";
import { LABEL_TEXT_LIMIT } from "../../src/domain/shown-text";
import { forMap } from "../../src/map/for-map";

type Serialise = (input: unknown, transferables?: unknown[]) => unknown;
let serialize: Serialise;
let deserialize: (input: unknown) => unknown;

beforeAll(async () => {
  // The serialiser checks `instanceof ImageData`, which node lacks.
  (globalThis as { ImageData?: unknown }).ImageData ??= class ImageData {};
  // A computed path: the type checker does not follow it into MapLibre's sources.
  const path = ["maplibre-gl", "src", "util", "web_worker_transfer.ts"].join("/");
  const transfer = (await import(/* @vite-ignore */ `../../node_modules/${path}`)) as {
    serialize: Serialise;
    deserialize: (input: unknown) => unknown;
  };
  serialize = transfer.serialize;
  deserialize = transfer.deserialize;
});

const HOSTILE_KEYS = ["constructor", "hasOwnProperty", "$name", "__proto__", "toString", "valueOf"];

function hamlet(code: string, extra: Record<string, unknown>): Feature {
  // JSON.parse makes "__proto__" an own property, as a file read from disk would have it.
  return JSON.parse(
    JSON.stringify({
      type: "Feature",
      geometry: { type: "Point", coordinates: [103.6, 21.5] },
      properties: { code, name: `Bản ${code}` },
    }).replace(
      '"properties":{',
      `"properties":{${JSON.stringify(extra).slice(1, -1)}${Object.keys(extra).length > 0 ? "," : ""}`,
    ),
  ) as Feature;
}

const collection = (features: Feature[]): FeatureCollection => ({ type: "FeatureCollection", features });

describe("forMap", () => {
  it("MapLibre's serialiser refuses such properties as they are (the bug this guards)", () => {
    expect(() => serialize(collection([hamlet("A", { constructor: "x" })]))).toThrow(/unregistered class/);
    expect(() => serialize(collection([hamlet("A", { hasOwnProperty: "x" })]))).toThrow();
    expect(() => serialize(collection([hamlet("A", { $name: "x" })]))).toThrow();
  });

  it.each(HOSTILE_KEYS)("a property named %s reaches the map's worker with every other value", (key) => {
    const features = [hamlet("A", { [key]: "x" }), hamlet("B", { [key]: { nested: { constructor: 1 } } })];
    const sent = forMap(collection(features));
    const copied = deserialize(serialize(sent)) as FeatureCollection;
    expect(copied.features.map((feature) => feature.properties?.code)).toEqual(["A", "B"]);
    expect(copied.features.map((feature) => feature.properties?.name)).toEqual(["Bản A", "Bản B"]);
  });

  it("a null prototype, foreign members or an odd geometry member are rebuilt too", () => {
    const properties = Object.assign(Object.create(null), { code: "N", name: "Bản N" });
    const odd = { ...hamlet("F", {}), constructor: "x" } as unknown as Feature;
    const geometry = {
      ...hamlet("G", {}),
      geometry: { type: "Point", coordinates: [1, 2], $name: "Color" },
    } as unknown as Feature;
    const sent = forMap(collection([{ ...hamlet("N", {}), properties }, odd, geometry]));
    const copied = deserialize(serialize(sent)) as FeatureCollection;
    expect(copied.features.map((feature) => feature.properties?.code)).toEqual(["N", "F", "G"]);
    expect(copied.features[2]?.geometry).toEqual({ type: "Point", coordinates: [1, 2] });
  });

  it("gives the same object back when nothing needs rebuilding, and the same copy twice", () => {
    const clean = collection([hamlet("A", { note: "ok" })]);
    expect(forMap(clean)).toBe(clean);
    const hostile = collection([hamlet("A", { constructor: "x" })]);
    expect(forMap(hostile)).not.toBe(hostile);
    expect(forMap(hostile)).toBe(forMap(hostile));
    expect(hostile.features[0]?.properties?.constructor).toBe("x");
  });

  it("cuts long text for labels and leaves the data whole", () => {
    const long = "Bản ".repeat(250_000);
    const data = collection([hamlet("L", {}), hamlet("M", {})]);
    (data.features[0]?.properties as Record<string, unknown>).name = long;
    const name = forMap(data).features[0]?.properties?.name as string;
    expect(name.length).toBeLessThanOrEqual(LABEL_TEXT_LIMIT * 4);
    expect(name.endsWith("…")).toBe(true);
    expect(data.features[0]?.properties?.name).toBe(long);
  });
});
