// Well-known text geometries as spreadsheets and QGIS CSV exports write them ("POINT (103.6 21.5)",
// "MULTIPOLYGON (((…)))", with or without Z/M, or EWKT's "SRID=4326;"). No parser package is
// installed for geometry WKT (wkt-parser reads CRS WKT only), hence this small one.
import type { Geometry, Position } from "geojson";

const SIMPLE_TYPES: Record<string, Geometry["type"]> = {
  POINT: "Point",
  LINESTRING: "LineString",
  POLYGON: "Polygon",
  MULTIPOINT: "MultiPoint",
  MULTILINESTRING: "MultiLineString",
  MULTIPOLYGON: "MultiPolygon",
};

/** Nesting depth of the coordinates of each type: 0 is one position. */
const DEPTH: Record<string, number> = {
  Point: 0,
  LineString: 1,
  MultiPoint: 1,
  Polygon: 2,
  MultiLineString: 2,
  MultiPolygon: 3,
};

type Nested = Position | Nested[];

/** A GeoJSON geometry, or null when the text is not WKT this parser knows. */
export function parseWkt(input: string): Geometry | null {
  const text = input.trim().replace(/^SRID=\d+;/iu, "");
  let index = 0;
  const space = () => {
    while (index < text.length && /\s/u.test(text[index] as string)) index++;
  };
  const word = (): string => {
    space();
    const match = /^[A-Za-z]+/u.exec(text.slice(index));
    if (!match) return "";
    index += match[0].length;
    return match[0].toUpperCase();
  };
  const expect = (char: string): boolean => {
    space();
    if (text[index] !== char) return false;
    index++;
    return true;
  };
  const position = (): Position | null => {
    space();
    const match = /^[-+\d.eE]+(\s+[-+\d.eE]+){1,3}/u.exec(text.slice(index));
    if (!match) return null;
    index += match[0].length;
    const numbers = match[0].trim().split(/\s+/u).map(Number);
    return numbers.every(Number.isFinite) ? numbers.slice(0, 2) : null;
  };
  // MULTIPOINT may write its points with or without parentheses: "MULTIPOINT (1 2, 3 4)".
  const list = (depth: number): Nested | null => {
    if (depth === 0) {
      if (expect("(")) {
        const inner = position();
        return inner && expect(")") ? inner : null;
      }
      return position();
    }
    if (!expect("(")) return null;
    const items: Nested[] = [];
    do {
      const item = list(depth - 1);
      if (item === null) return null;
      items.push(item);
    } while (expect(","));
    return expect(")") ? items : null;
  };
  const geometry = (): Geometry | null => {
    const name = word();
    const modifier = word();
    if (modifier !== "" && !["Z", "M", "ZM"].includes(modifier)) return null;
    if (name === "GEOMETRYCOLLECTION") {
      if (!expect("(")) return null;
      const geometries: Geometry[] = [];
      do {
        const part = geometry();
        if (part === null) return null;
        geometries.push(part);
      } while (expect(","));
      return expect(")") ? { type: "GeometryCollection", geometries } : null;
    }
    const type = SIMPLE_TYPES[name];
    if (type === undefined) return null;
    const depth = DEPTH[type] as number;
    const coordinates = type === "Point" ? (expect("(") ? position() : null) : list(depth);
    if (coordinates === null || (type === "Point" && !expect(")"))) return null;
    return { type, coordinates } as Geometry;
  };
  const result = geometry();
  space();
  return result !== null && index === text.length ? result : null;
}
