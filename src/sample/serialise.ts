import type { Manifest } from "../data/manifest-types";
import type { Kind } from "../domain/types";
import { DATA_DATE } from "./dates";
import { PROVINCE_NAME } from "./district-table";
import type { RawCollection, SampleMetadata } from "./raw-types";

// One feature per line: small enough (incidents stay well under 1 MB) and still diffable, so a
// review of a regenerated sample shows which features changed.

const SAMPLE_NOTE =
  "Dữ liệu mẫu tổng hợp, không phải số liệu thật; ranh giới là gần đúng. Synthetic sample data, not real figures; boundaries are approximate.";

export const FILE_NAMES: Record<Kind, string> = {
  units: "units.geojson",
  hamlets: "hamlets.geojson",
  sites: "sites.geojson",
  incidents: "incidents.geojson",
  activities: "activities.geojson",
};

function sampleMetadata(seed: number): SampleMetadata {
  return { synthetic: true, generator: "npm run sample", seed, note: SAMPLE_NOTE.normalize("NFC") };
}

export function collection<Member>(features: Member[], seed: number): RawCollection<Member> {
  return { type: "FeatureCollection", metadata: sampleMetadata(seed), features };
}

export function serialiseCollection(collection: RawCollection<unknown>): string {
  const head = JSON.stringify({ type: collection.type, metadata: collection.metadata });
  const lines = collection.features.map((feature) => JSON.stringify(feature));
  return `${head.slice(0, -1)},"features":[\n${lines.join(",\n")}\n]}\n`.normalize("NFC");
}

export function sampleManifest(): Manifest {
  return {
    title: "Huyện Thuận Châu, tỉnh Sơn La",
    sample: true,
    dataDate: DATA_DATE,
    source: "Dữ liệu mẫu tổng hợp (Bình Yên) / synthetic sample data",
    // The sample district as reported for 2022: the 29 units before the 2025 reform.
    province: PROVINCE_NAME,
    adminPeriod: "before-2025-07-01",
    files: (Object.entries(FILE_NAMES) as [Kind, string][]).map(([kind, path]) => ({ path, kind })),
  };
}

export function serialiseManifest(manifest: Manifest): string {
  return `${JSON.stringify(manifest, null, 2)}\n`.normalize("NFC");
}
