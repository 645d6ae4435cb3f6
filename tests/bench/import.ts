// Import of a 100,000-point GeoJSON file (decode, parse, detect, validate, normalise) against
// plain JSON.parse of the same text, in the same run. Target: at most twice JSON.parse.
import { importFile } from "../../src/data/import";
import { alternate, type Benchmark, rounds, summarise } from "./harness";

const POINTS = 100_000;
const CATEGORIES = ["theft", "drugs", "dispute", "violence", "fire", "weapons", "traffic", "other"];

/** Incidents spread over Thuận Châu, as an export from another system would hold them. */
export function incidentCollectionText(count: number): string {
  const features = [];
  let seed = 7;
  const random = () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    return seed / 2_147_483_648;
  };
  for (let index = 0; index < count; index++) {
    const month = String(1 + Math.floor(random() * 12)).padStart(2, "0");
    const day = String(1 + Math.floor(random() * 28)).padStart(2, "0");
    features.push({
      type: "Feature",
      geometry: { type: "Point", coordinates: [103.33 + random() * 0.66, 21.2 + random() * 0.43] },
      properties: {
        id: `VV-${index}`,
        date: `${2019 + Math.floor(random() * 6)}-${month}-${day}`,
        category: CATEGORIES[index % CATEGORIES.length],
        unitCode: String(3721 + 3 * (index % 29)).padStart(5, "0"),
      },
    });
  }
  return JSON.stringify({ type: "FeatureCollection", features });
}

export const importBenchmark: Benchmark = {
  name: "import 100,000-point GeoJSON",
  async run() {
    const text = incidentCollectionText(POINTS);
    const bytes = new TextEncoder().encode(text);
    let sink = 0;
    const samples = await alternate(
      rounds(9),
      async () => {
        const start = performance.now();
        const result = await importFile({
          fileName: "incidents.geojson",
          bytes,
          kind: "incidents",
          crs: null,
          fields: null,
        });
        sink += result.counts.accepted;
        return performance.now() - start;
      },
      async () => {
        const start = performance.now();
        sink += (JSON.parse(text) as { features: unknown[] }).features.length;
        return performance.now() - start;
      },
    );
    if (sink === 0) throw new Error("nothing was imported");
    return {
      ...summarise(this.name, "JSON.parse of the same file", 2, samples),
      candidateName: "importFile (decode, parse, check, normalise)",
      method: "wall time of one call in this Node process, the file's bytes in memory; AB/BA rounds",
    };
  },
};
