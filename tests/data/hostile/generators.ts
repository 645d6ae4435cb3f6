// Generators of hostile and huge inputs, shared by the corpus, the property tests, the CLI
// tests and the browser tests. Seeded, so every run builds the same bytes.

/** A small seeded random generator (LCG), enough to spread points. */
export function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

const CATEGORIES = ["theft", "drugs", "dispute", "violence", "fire", "weapons", "traffic", "other"];

export type Feature = { type: "Feature"; geometry: unknown; properties: Record<string, unknown> } & Record<
  string,
  unknown
>;

export function point(longitude: number, latitude: number) {
  return { type: "Point", coordinates: [longitude, latitude] };
}

/** Valid incidents inside Thuận Châu. */
export function incidentPoints(count: number, seed = 7): Feature[] {
  const random = seeded(seed);
  const features: Feature[] = new Array(count);
  for (let index = 0; index < count; index++) {
    const month = String(1 + Math.floor(random() * 12)).padStart(2, "0");
    features[index] = {
      type: "Feature",
      geometry: point(103.33 + random() * 0.66, 21.2 + random() * 0.43),
      properties: {
        id: `VV-${index}`,
        date: `${2019 + (index % 5)}-${month}-15`,
        category: CATEGORIES[index % CATEGORIES.length],
        unitCode: "03730",
      },
    };
  }
  return features;
}

/** A valid hamlet. */
export function hamlet(index: number, properties: Record<string, unknown> = {}): Feature {
  return {
    type: "Feature",
    geometry: point(103.6 + (index % 100) / 1000, 21.5 + Math.floor(index / 100) / 1000),
    properties: { code: `H-${index}`, name: `Bản ${index}`, unitCode: "03730", ...properties },
  };
}

/** Hamlets without population, households and groups: each gets three defaults. */
export function hamletsMissingDefaults(count: number): Feature[] {
  const features: Feature[] = new Array(count);
  for (let index = 0; index < count; index++) {
    features[index] = hamlet(index, {
      securityTeam: true,
      mediationTeam: false,
      fireTeam: false,
      modelStatus: "none",
    });
  }
  return features;
}

export function collectionText(features: readonly unknown[], members: Record<string, unknown> = {}): string {
  return JSON.stringify({ type: "FeatureCollection", ...members, features });
}

/** Files held in memory, read as loadDataset and the CLI read them. */
export function memoryFiles(files: Record<string, string>) {
  const map = new Map(Object.entries(files));
  return {
    readText: async (path: string) => map.get(path) ?? null,
    listDir: async (_path: string) => null,
  };
}
