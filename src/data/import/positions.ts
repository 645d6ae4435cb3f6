// Walking the positions of raw (unchecked) geometries: counting what kind of numbers they hold
// and rebuilding a geometry with every position changed. Anything malformed is left alone for
// the schema checks to report.

function isPosition(value: unknown): value is number[] {
  return (
    Array.isArray(value) && value.length >= 2 && typeof value[0] === "number" && typeof value[1] === "number"
  );
}

// Top-level recursion on purpose: a closure made per feature costs more than the walk itself
// once 100,000 features come through.
function walkPositions(value: unknown, visit: (position: number[]) => void): void {
  if (!Array.isArray(value)) return;
  if (typeof value[0] === "number") {
    if (isPosition(value)) visit(value);
    return;
  }
  for (const item of value) walkPositions(item, visit);
}

/** Calls visit for every numeric position of a geometry (GeometryCollections included). */
export function forEachPosition(geometry: unknown, visit: (position: number[]) => void): void {
  if (typeof geometry !== "object" || geometry === null) return;
  const { type, coordinates, geometries } = geometry as {
    type?: unknown;
    coordinates?: unknown;
    geometries?: unknown;
  };
  if (type === "GeometryCollection" && Array.isArray(geometries)) {
    for (const part of geometries) forEachPosition(part, visit);
    return;
  }
  walkPositions(coordinates, visit);
}

/** A copy of the geometry with each position replaced; null from change means "unusable". */
export function mapPositions(geometry: unknown, change: (position: number[]) => number[] | null): unknown {
  if (typeof geometry !== "object" || geometry === null) return geometry;
  const object = geometry as { type?: unknown; coordinates?: unknown; geometries?: unknown };
  if (object.type === "GeometryCollection" && Array.isArray(object.geometries)) {
    return { ...object, geometries: object.geometries.map((part) => mapPositions(part, change)) };
  }
  const walk = (value: unknown): unknown => {
    if (isPosition(value)) return change(value) ?? [Number.NaN, Number.NaN];
    return Array.isArray(value) ? value.map(walk) : value;
  };
  return { ...object, coordinates: walk(object.coordinates) };
}

export type PositionClass = "degrees" | "swapped" | "metres" | "metres-swapped" | "other";

// VN-2000 metres: eastings lie within a few hundred km of the 500 km false easting, northings
// between about 950 km (Cà Mau) and 2,600 km (Hà Giang).
const isEasting = (value: number) => value > 0 && value < 1_100_000;
const isNorthing = (value: number) => value > 900_000 && value < 2_700_000;

export function classifyPosition(x: number, y: number): PositionClass {
  if (!Number.isFinite(x) || !Number.isFinite(y)) return "other";
  if (Math.abs(x) <= 180 && Math.abs(y) <= 90) return "degrees";
  if (Math.abs(x) <= 90 && Math.abs(y) <= 180) return "swapped";
  if (isNorthing(x) && isEasting(y) && x > y) return "metres-swapped";
  if (Math.abs(x) > 1000 || Math.abs(y) > 1000) return "metres";
  return "other";
}
