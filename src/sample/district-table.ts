import type { UnitCode, UnitType } from "../domain/types";

// The 29 commune-level units of Thuận Châu before 2025, as listed in /work/shared/domain.md:
// official names and codes, approximate centres and areas. The boundaries are generated from
// these, since the official ones are not free to redistribute.

export interface UnitSeed {
  code: UnitCode;
  name: string;
  unitType: UnitType;
  longitude: number;
  latitude: number;
  targetAreaKm2: number;
}

export const DISTRICT_NAME = "Huyện Thuận Châu";
export const PROVINCE_NAME = "Tỉnh Sơn La";
/** The typical example of the movement in the district. */
export const EXAMPLE_UNIT_CODE = "03730" as UnitCode;
export const EXAMPLE_MODEL_HAMLET_NAME = "Bản Heo Trại";
export const TOWN_UNIT_CODE = "03721" as UnitCode;

type Row = [code: string, name: string, longitude: number, latitude: number, areaKm2: number];

const rows: Row[] = [
  ["03721", "Thị trấn Thuận Châu", 103.691, 21.438, 1],
  ["03724", "Xã Phổng Lái", 103.593, 21.581, 91],
  ["03727", "Xã Mường É", 103.542, 21.514, 89],
  ["03730", "Xã Chiềng Pha", 103.645, 21.512, 26],
  ["03733", "Xã Chiềng La", 103.691, 21.514, 28],
  ["03736", "Xã Chiềng Ngàm", 103.768, 21.509, 49],
  ["03739", "Xã Liệp Tè", 103.89, 21.52, 72],
  ["03742", "Xã É Tòng", 103.48, 21.472, 42],
  ["03745", "Xã Phổng Lập", 103.593, 21.474, 50],
  ["03748", "Xã Phổng Lăng", 103.664, 21.463, 16],
  ["03751", "Xã Chiềng Ly", 103.694, 21.458, 31],
  ["03754", "Xã Noong Lay", 103.738, 21.486, 15],
  ["03757", "Xã Mường Khiêng", 103.883, 21.486, 67],
  ["03760", "Xã Mường Bám", 103.389, 21.381, 73],
  ["03763", "Xã Long Hẹ", 103.506, 21.415, 116],
  ["03766", "Xã Chiềng Bôm", 103.629, 21.403, 92],
  ["03769", "Xã Thôm Mòn", 103.717, 21.42, 15],
  ["03772", "Xã Tông Lạnh", 103.738, 21.439, 23],
  ["03775", "Xã Tông Cọ", 103.787, 21.436, 34],
  ["03778", "Xã Bó Mười", 103.861, 21.454, 63],
  ["03781", "Xã Co Mạ", 103.534, 21.346, 146],
  ["03784", "Xã Púng Tra", 103.687, 21.388, 25],
  ["03787", "Xã Chiềng Pấc", 103.763, 21.399, 21],
  ["03790", "Xã Nậm Lầu", 103.706, 21.317, 156],
  ["03793", "Xã Bon Phặng", 103.779, 21.368, 36],
  ["03796", "Xã Co Tòng", 103.508, 21.303, 29],
  ["03799", "Xã Muổi Nọi", 103.81, 21.331, 29],
  ["03802", "Xã Pá Lông", 103.544, 21.254, 31],
  ["03805", "Xã Bản Lầm", 103.791, 21.257, 63],
];

export const UNIT_SEEDS: readonly UnitSeed[] = rows.map(([code, name, longitude, latitude, areaKm2]) => ({
  code: code as UnitCode,
  name: name.normalize("NFC"),
  unitType: name.startsWith("Thị trấn") ? "town" : "commune",
  longitude,
  latitude,
  targetAreaKm2: areaKm2,
}));

/** "Xã Chiềng Pha" → "xã Chiềng Pha", for phrases such as "Công an xã Chiềng Pha". */
export function lowerCasePrefix(unitName: string): string {
  return unitName
    .replace(/^Thị trấn/, "thị trấn")
    .replace(/^Xã/, "xã")
    .replace(/^Phường/, "phường");
}
