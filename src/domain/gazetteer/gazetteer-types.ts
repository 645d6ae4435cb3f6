// The gazetteer: official commune-level units of a province in both administrative periods, and
// which old units make each new commune. Plain data (it crosses to the import worker as is);
// the indexes for lookups are built from it on first use (lookup.ts).
import type { AdminPeriod, UnitCode, UnitType } from "../types";

export interface GazetteerUnit {
  period: AdminPeriod;
  code: UnitCode;
  /** Official name with its type word, as the list writes it: "Xã Chiềng Pha". */
  name: string;
  unitType: UnitType;
  /** The type word: "Xã", "Thị trấn", "Phường". */
  typeName: string;
  /** Before the reform: "Huyện Thuận Châu"; null since (there are no districts). */
  district: string | null;
  province: string;
  /** Before the reform: the code of the commune it became on 1 July 2025. */
  newCode: UnitCode | null;
  /** A unit merged away before the reform (Chiềng Ly): the code it merged into, same period. */
  mergedInto: UnitCode | null;
  areaKm2: number | null;
  /** [longitude, latitude], approximate. */
  centre: [number, number] | null;
  /** Other spellings seen in real exports and lists, without the type word. */
  aliases: string[];
  /** Line in the CSV file (1 = header), for messages. */
  line: number;
}

export interface GazetteerProvince {
  /** "Tỉnh Sơn La". */
  province: string;
  /** The CSV file it was read from, relative to the gazetteer folder. */
  file: string;
  units: GazetteerUnit[];
}

export interface Gazetteer {
  provinces: GazetteerProvince[];
}

/** A problem in a gazetteer CSV; src/data/gazetteer-messages.ts words it. */
export interface GazetteerProblem {
  level: "error" | "warning";
  code:
    | "gazetteer-column-missing"
    | "gazetteer-bad-value"
    | "gazetteer-duplicate-code"
    | "gazetteer-unknown-code"
    | "gazetteer-duplicate-name"
    | "gazetteer-empty";
  file: string;
  /** Line in the file (1 = header); null for the whole file. */
  line: number | null;
  column: string | null;
  found: string | null;
  expected: string | null;
}
