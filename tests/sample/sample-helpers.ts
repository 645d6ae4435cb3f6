import type { Feature, MultiPolygon, Polygon } from "geojson";
import { UNIT_SEEDS } from "../../src/sample/district-table";

// What domain.md lists, repeated here by hand on purpose: the tests must not read their expected
// values from the generator they check.
export const EXPECTED_UNITS: [code: string, name: string][] = [
  ["03721", "Thị trấn Thuận Châu"],
  ["03724", "Xã Phổng Lái"],
  ["03727", "Xã Mường É"],
  ["03730", "Xã Chiềng Pha"],
  ["03733", "Xã Chiềng La"],
  ["03736", "Xã Chiềng Ngàm"],
  ["03739", "Xã Liệp Tè"],
  ["03742", "Xã É Tòng"],
  ["03745", "Xã Phổng Lập"],
  ["03748", "Xã Phổng Lăng"],
  ["03751", "Xã Chiềng Ly"],
  ["03754", "Xã Noong Lay"],
  ["03757", "Xã Mường Khiêng"],
  ["03760", "Xã Mường Bám"],
  ["03763", "Xã Long Hẹ"],
  ["03766", "Xã Chiềng Bôm"],
  ["03769", "Xã Thôm Mòn"],
  ["03772", "Xã Tông Lạnh"],
  ["03775", "Xã Tông Cọ"],
  ["03778", "Xã Bó Mười"],
  ["03781", "Xã Co Mạ"],
  ["03784", "Xã Púng Tra"],
  ["03787", "Xã Chiềng Pấc"],
  ["03790", "Xã Nậm Lầu"],
  ["03793", "Xã Bon Phặng"],
  ["03796", "Xã Co Tòng"],
  ["03799", "Xã Muổi Nọi"],
  ["03802", "Xã Pá Lông"],
  ["03805", "Xã Bản Lầm"],
];

export function seedFor(code: string) {
  const seed = UNIT_SEEDS.find((candidate) => candidate.code === code);
  if (!seed) throw new Error(`no unit ${code} in the table`);
  return seed;
}

export function ringsOf(feature: Feature<Polygon | MultiPolygon>): number[][][] {
  const geometry = feature.geometry;
  return geometry.type === "Polygon" ? geometry.coordinates : geometry.coordinates.flat();
}

export function countBy<T>(items: readonly T[], key: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
}
