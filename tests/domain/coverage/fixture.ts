// A small district whose figures are worked out by hand in the tests. It goes through the real
// data layer (parseLayer + assembleDataset), so names that differ in diacritics or spacing are
// joined exactly as they would be for a data steward's files.
//
//   U1 03730 Xã Chiềng Pha  [104.0, 104.1] × [21.0, 21.1]   hamlets H1 H2, post P1, model S1
//   U2 03733 Xã Chiềng La   [104.1, 104.2] × [21.0, 21.1]   hamlets H3 H4 (H4 on the shared border), post P2
//   U3 03754 Xã Noong Lay   two squares [104.0, 104.05] and [104.15, 104.2] × [21.2, 21.25]: H5 (west), H6 (east), model S2
//   U4 03772 Xã Tông Lạnh   [104.0, 104.1] × [21.3, 21.4]   no hamlets
//   H7 names an unknown unit code and lies outside every unit.
import { assembleDataset, type Dataset } from "../../../src/data/dataset";
import { parseLayer } from "../../../src/data/parse-layer";
import type { Kind } from "../../../src/domain/types";

/** One degree of latitude on the mean sphere, in km (6371.0088 × π / 180). */
export const KM_PER_DEGREE = 111.19508;

const square = (west: number, south: number, east: number, north: number) => [
  [west, south],
  [east, south],
  [east, north],
  [west, north],
  [west, south],
];

const unit = (code: string, name: string, geometry: object) => ({
  type: "Feature",
  geometry,
  properties: { code, name, unitType: "commune", approximate: true },
});

const units = [
  unit("03730", "Xã Chiềng Pha", { type: "Polygon", coordinates: [square(104.0, 21.0, 104.1, 21.1)] }),
  unit("03733", "Xã Chiềng La", { type: "Polygon", coordinates: [square(104.1, 21.0, 104.2, 21.1)] }),
  unit("03754", "Xã Noong Lay", {
    type: "MultiPolygon",
    coordinates: [[square(104.0, 21.2, 104.05, 21.25)], [square(104.15, 21.2, 104.2, 21.25)]],
  }),
  unit("03772", "Xã Tông Lạnh", { type: "Polygon", coordinates: [square(104.0, 21.3, 104.1, 21.4)] }),
];

interface HamletSpec {
  code: string;
  name: string;
  at: [number, number];
  unit: { unitCode?: string; unitName?: string };
  population: number;
  households: number;
  teams: string;
  groups: number;
  modelStatus: string;
  modelSince: string | null;
}

const hamletSpecs: HamletSpec[] = [
  {
    code: "03730-01",
    name: "Bản Heo Trại",
    at: [104.05, 21.05],
    unit: { unitCode: "03730" },
    population: 1000,
    households: 200,
    teams: "SMF",
    groups: 10,
    modelStatus: "model-point",
    modelSince: "2020-03-15",
  },
  {
    code: "03730-02",
    name: "Bản Nà Heo",
    at: [104.05, 21.01],
    unit: { unitName: "ChiềngPha" },
    population: 500,
    households: 100,
    teams: "SM",
    groups: 5,
    modelStatus: "replicated",
    modelSince: "2022-06-01",
  },
  {
    code: "03733-01",
    name: "Bản Lọng",
    at: [104.15, 21.05],
    unit: { unitName: "CHIENG  LA" },
    population: 800,
    households: 160,
    teams: "S",
    groups: 8,
    modelStatus: "none",
    modelSince: null,
  },
  {
    code: "03733-02",
    name: "Bản Biên",
    at: [104.1, 21.05],
    unit: {},
    population: 300,
    households: 60,
    teams: "SMF",
    groups: 3,
    modelStatus: "planned",
    modelSince: "2023-01-01",
  },
  {
    code: "03754-01",
    name: "Bản Mường",
    at: [104.02, 21.22],
    unit: { unitCode: "03754" },
    population: 600,
    households: 120,
    teams: "SMF",
    groups: 6,
    modelStatus: "replicated",
    modelSince: "2021-01-10",
  },
  {
    code: "03754-02",
    name: "Bản Phiêng",
    at: [104.17, 21.22],
    unit: { unitCode: "03754" },
    population: 400,
    households: 80,
    teams: "",
    groups: 0,
    modelStatus: "none",
    modelSince: null,
  },
  {
    code: "X-01",
    name: "Bản Lạc",
    at: [105.0, 22.0],
    unit: { unitCode: "99999" },
    population: 200,
    households: 40,
    teams: "S",
    groups: 2,
    modelStatus: "none",
    modelSince: null,
  },
];

const hamlets = hamletSpecs.map((spec) => ({
  type: "Feature",
  geometry: { type: "Point", coordinates: spec.at },
  properties: {
    code: spec.code,
    name: spec.name,
    ...spec.unit,
    population: spec.population,
    households: spec.households,
    securityTeam: spec.teams.includes("S"),
    mediationTeam: spec.teams.includes("M"),
    fireTeam: spec.teams.includes("F"),
    groups: spec.groups,
    modelStatus: spec.modelStatus,
    modelSince: spec.modelSince,
  },
}));

const site = (
  code: string,
  siteType: string,
  at: [number, number],
  unitCode: string,
  since: string | null,
) => ({
  type: "Feature",
  geometry: { type: "Point", coordinates: at },
  properties: { code, name: code, siteType, unitCode, since },
});

const sites = [
  site("MH-03730", "model", [104.05, 21.05], "03730", "2020-03-15"),
  site("MH-03754", "model", [104.02, 21.22], "03754", "2021-01-10"),
  site("CA-03730", "police-post", [104.05, 21.06], "03730", null),
  site("CA-03733", "police-post", [104.15, 21.06], "03733", null),
];

const AT = {
  H1: [104.051, 21.051],
  H2: [104.05, 21.011],
  H3: [104.151, 21.051],
  H5: [104.021, 21.221],
  H6: [104.17, 21.221],
  border: [104.1, 21.03],
  U4: [104.05, 21.35],
  outside: [104.5, 21.5],
} as const;

/** [id, date, where, category]; the tests name incidents by these ids. */
export const INCIDENTS: [string, string, keyof typeof AT, string][] = [
  ["I01", "2019-01-05", "H1", "theft"],
  ["I02", "2019-03-02", "H1", "theft"],
  ["I03", "2019-05-20", "H1", "drugs"],
  ["I04", "2019-08-11", "H1", "theft"],
  ["I05", "2019-10-30", "H1", "dispute"],
  ["I06", "2019-12-24", "H1", "violence"],
  ["I07", "2020-02-29", "H1", "theft"],
  ["I08", "2020-03-20", "H1", "theft"],
  ["I09", "2020-07-07", "H1", "fire"],
  ["I10", "2021-03-31", "H1", "other"],
  ["I11", "2020-01-01", "H5", "drugs"],
  ["I12", "2020-04-15", "H5", "drugs"],
  ["I13", "2020-09-09", "H5", "weapons"],
  ["I14", "2020-12-31", "H5", "traffic"],
  ["I15", "2021-02-01", "H5", "theft"],
  ["I16", "2022-01-31", "H5", "dispute"],
  ["I17", "2019-06-10", "H3", "theft"],
  ["I18", "2020-06-10", "H3", "theft"],
  ["I19", "2021-06-10", "H3", "dispute"],
  ["I20", "2020-02-10", "H6", "drugs"],
  ["I21", "2021-05-10", "H6", "violence"],
  ["I22", "2021-02-10", "H2", "theft"],
  ["I23", "2022-03-03", "border", "traffic"],
  ["I24", "2021-07-01", "U4", "other"],
  ["I25", "2021-08-08", "outside", "theft"],
  ["I26", "2022-12-20", "H2", "theft"],
];

const incidents = INCIDENTS.map(([id, date, where, category]) => ({
  type: "Feature",
  geometry: { type: "Point", coordinates: AT[where] },
  properties: { id, date, category },
}));

const activity = (unit: { unitCode?: string; unitName?: string }, year: number, counts: number[]) => {
  const [outreachSessions, outreachAttendances, commitments, gunsRecovered, reintegrationSupported] = counts;
  return {
    type: "Feature",
    geometry: null,
    properties: {
      ...unit,
      year,
      outreachSessions,
      outreachAttendances,
      commitments,
      gunsRecovered,
      reintegrationSupported,
    },
  };
};

const activities = [
  activity({ unitCode: "03730" }, 2020, [5, 300, 2, 1, 3]),
  activity({ unitName: "Chieng Pha" }, 2021, [7, 450, 3, 2, 4]),
  activity({ unitCode: "03754" }, 2021, [4, 200, 1, 0, 2]),
  activity({ unitName: "Xã Không Tồn Tại" }, 2021, [1, 10, 0, 0, 1]),
];

export const FIXTURE_LAYERS: Record<Kind, object[]> = { units, hamlets, sites, incidents, activities };

/** Feature lists as GeoJSON text per kind, e.g. for the command line through files. */
export function fixtureTexts(layers: Record<Kind, object[]> = FIXTURE_LAYERS): Record<Kind, string> {
  const text = (features: object[]) => JSON.stringify({ type: "FeatureCollection", features });
  return {
    units: text(layers.units),
    hamlets: text(layers.hamlets),
    sites: text(layers.sites),
    incidents: text(layers.incidents),
    activities: text(layers.activities),
  };
}

export function fixtureDataset(layers: Record<Kind, object[]> = FIXTURE_LAYERS): Dataset {
  const texts = fixtureTexts(layers);
  const parsed = (Object.keys(texts) as Kind[]).map((kind) =>
    parseLayer({ file: `${kind}.geojson`, kind, text: texts[kind] }),
  );
  return assembleDataset(null, parsed);
}
