// The one place where the app's data crosses to MapLibre. MapLibre copies every GeoJSON source to
// its workers with a serialiser of its own that reads `value.constructor`, `value.$name` and
// `value.hasOwnProperty(…)` on every object: a feature, a geometry or a properties object with a
// key of one of those names (or without a prototype) makes it throw "can't serialize object of
// unregistered class", and the whole source stays empty. So features go over rebuilt: type, id,
// geometry and properties only, properties as a plain object without those keys, every value
// a string, number, boolean or null (an object or array value is sent as short JSON text), and
// text cut to what a label shows (shown-text.ts). The app's own data is left as it is.
import type { Feature, FeatureCollection, Geometry } from "geojson";
import { LABEL_TEXT_LIMIT, shortText, shortValue } from "../domain/shown-text";

/** Keys MapLibre's serialiser reads as its own on any object it copies. */
const RESERVED_KEYS = new Set(["constructor", "hasOwnProperty", "$name", "__proto__"]);
/** Longer than any code or label the map uses: such text is only ever shown, and cut. */
const TEXT_LIMIT = LABEL_TEXT_LIMIT * 4;

function plainValue(value: unknown): unknown {
  if (typeof value === "string") return value.length > TEXT_LIMIT ? shortText(value, TEXT_LIMIT) : value;
  if (value === null || typeof value !== "object") return value ?? null;
  return shortValue(value, TEXT_LIMIT);
}

/** True when MapLibre can copy the properties as they are. */
function sendable(properties: object | null): boolean {
  if (properties === null) return true;
  if (Object.getPrototypeOf(properties) !== Object.prototype) return false;
  for (const key in properties) {
    if (RESERVED_KEYS.has(key)) return false;
    const value = (properties as Record<string, unknown>)[key];
    if (typeof value === "string" ? value.length > TEXT_LIMIT : typeof value === "object" && value !== null)
      return false;
  }
  // for…in lists an enumerable own "__proto__" (as JSON.parse makes it); a defined one may not be.
  return !Object.hasOwn(properties, "__proto__");
}

function plainProperties(properties: object): Record<string, unknown> {
  const plain: Record<string, unknown> = {};
  for (const key of Object.keys(properties)) {
    if (!RESERVED_KEYS.has(key)) plain[key] = plainValue((properties as Record<string, unknown>)[key]);
  }
  return plain;
}

function plainGeometry(geometry: Geometry | null): Geometry | null {
  if (geometry === null) return null;
  if (geometry.type === "GeometryCollection")
    return {
      type: geometry.type,
      geometries: geometry.geometries.map((part) => plainGeometry(part) as Geometry),
    };
  return { type: geometry.type, coordinates: geometry.coordinates } as Geometry;
}

function plainFeature(feature: Feature): Feature {
  const plain: Feature = {
    type: "Feature",
    geometry: plainGeometry(feature.geometry) as Geometry,
    properties: feature.properties === null ? null : plainProperties(feature.properties),
  };
  if (typeof feature.id === "string" || typeof feature.id === "number") plain.id = feature.id;
  return plain;
}

/** True when a feature has nothing beyond type, id, geometry and sendable properties. */
function sendableFeature(feature: Feature): boolean {
  let keys = 0;
  for (const _ in feature) keys++;
  const expected = 3 + (Object.hasOwn(feature, "id") ? 1 : 0);
  if (keys !== expected || Object.getPrototypeOf(feature) !== Object.prototype) return false;
  const geometry = feature.geometry as (Geometry & Record<string, unknown>) | null;
  if (geometry !== null) {
    let geometryKeys = 0;
    for (const _ in geometry) geometryKeys++;
    if (geometryKeys !== 2 || Object.getPrototypeOf(geometry) !== Object.prototype) return false;
  }
  return sendable(feature.properties);
}

const sent = new WeakMap<object, FeatureCollection>();

/**
 * The collection as MapLibre can take it: the very same object when every feature already is
 * (the common case, checked once per collection), else a copy with the features rebuilt.
 */
export function forMap<T extends FeatureCollection>(collection: T): T {
  const known = sent.get(collection);
  if (known) return known as T;
  let result: FeatureCollection = collection;
  const features = collection.features;
  for (let index = 0; index < features.length; index++) {
    if (sendableFeature(features[index] as Feature)) continue;
    const copy = features.slice(0, index);
    for (let rest = index; rest < features.length; rest++) {
      const feature = features[rest] as Feature;
      copy.push(sendableFeature(feature) ? feature : plainFeature(feature));
    }
    result = { type: "FeatureCollection", features: copy };
    break;
  }
  sent.set(collection, result);
  return result as T;
}
