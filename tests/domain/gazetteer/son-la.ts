// The project's own gazetteer of Sơn La (public/gazetteer/son-la.csv), read as the app reads it.
import { readFileSync } from "node:fs";
import type { Gazetteer, GazetteerProvince } from "../../../src/domain/gazetteer/gazetteer-types";
import { parseGazetteerCsv } from "../../../src/domain/gazetteer/parse-gazetteer";

export const SON_LA_CSV = readFileSync("public/gazetteer/son-la.csv", "utf8");

export function sonLa(): GazetteerProvince {
  const { units, problems } = parseGazetteerCsv(SON_LA_CSV, "son-la.csv", "Tỉnh Sơn La");
  if (problems.some((problem) => problem.level === "error")) throw new Error(JSON.stringify(problems));
  return { province: "Tỉnh Sơn La", file: "son-la.csv", units };
}

export function sonLaGazetteer(): Gazetteer {
  return { provinces: [sonLa()] };
}

/** A gazetteer of a few Thuận Châu units only, written here, for quirks the full list hides. */
export function tinyProvince(csvRows: string): GazetteerProvince {
  const header = "period,code,type,name,district,new_code,merged_into,area_km2,lat,lon,aliases\n";
  const { units, problems } = parseGazetteerCsv(header + csvRows, "tiny.csv", "Tỉnh Sơn La");
  if (problems.some((problem) => problem.level === "error")) throw new Error(JSON.stringify(problems));
  return { province: "Tỉnh Sơn La", file: "tiny.csv", units };
}
