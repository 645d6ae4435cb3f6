// What every view shows: the sample, the user's imports merged in or standing in for the sample,
// on the old units or rolled up to today's communes.
import { readFileSync } from "node:fs";
import type { FeatureCollection } from "geojson";
import { describe, expect, it } from "vitest";
import type { Dataset } from "../../src/data/dataset";
import { loadDataset } from "../../src/data/dataset";
import { periodView } from "../../src/data/dataset-for-period";
import type { ImportDetection } from "../../src/data/import/import-types";
import type { StoredLayer } from "../../src/data/imported-layers";
import {
  mergedDataset,
  type ShownDataset,
  shownDataset,
  wantsOtherPeriod,
} from "../../src/data/shown-dataset";
import { rollUpToToday } from "../../src/domain/gazetteer/rollup";
import type { AdminPeriod, Kind } from "../../src/domain/types";
import { sonLaGazetteer } from "../domain/gazetteer/son-la";

const gazetteer = sonLaGazetteer();
const readText = async (path: string) => readFileSync(path, "utf8");
const sample = await loadDataset(readText, "geodata/manifest.json", gazetteer);

function stored(
  kind: Kind,
  collection: FeatureCollection,
  detection: Partial<ImportDetection> = {},
): StoredLayer {
  const count = collection.features.length;
  return {
    id: `${kind}-1`,
    name: kind,
    kind,
    fileName: `${kind}.csv`,
    createdAt: "2026-11-01T08:00:00.000Z",
    importedAt: "2026-11-01T08:00:00.000Z",
    detection: {
      format: "csv",
      encoding: "UTF-8",
      crs: "EPSG:4326",
      kind,
      kindProposed: false,
      fields: {},
      columns: [],
      ...detection,
    },
    counts: { read: count, accepted: count, rejected: 0, repaired: {} },
    collection,
  };
}

const square = (west: number, south: number) => ({
  type: "Polygon" as const,
  coordinates: [
    [
      [west, south],
      [west + 0.02, south],
      [west + 0.02, south + 0.02],
      [west, south + 0.02],
      [west, south],
    ],
  ],
});

/** Two old units as an import gives them: official codes, found by name, period set. */
const importedUnits = () =>
  stored(
    "units",
    {
      type: "FeatureCollection",
      features: [
        { code: "03730", name: "Xã Chiềng Pha", west: 103.635, south: 21.502 },
        { code: "03724", name: "Xã Phổng Lái", west: 103.583, south: 21.571 },
      ].map(({ code, name, west, south }) => ({
        type: "Feature" as const,
        geometry: square(west, south),
        properties: {
          code,
          name,
          unitType: "commune",
          district: "Huyện Thuận Châu",
          province: "Tỉnh Sơn La",
          areaKm2: null,
          approximate: false,
          adminPeriod: "before-2025-07-01",
        },
      })),
    },
    { province: "Tỉnh Sơn La", adminPeriod: "before-2025-07-01" },
  );

const importedHamlets = () =>
  stored("hamlets", {
    type: "FeatureCollection",
    features: [
      {
        type: "Feature",
        geometry: { type: "Point", coordinates: [103.645, 21.512] },
        properties: {
          code: "chiengpha-heotrai",
          name: "Bản Heo Trại",
          unitName: "Chiềng Pha",
          population: 1045,
        },
      },
    ],
  });

describe("mergedDataset", () => {
  it("adds imports to the sample, which stays the sample", () => {
    const merged = mergedDataset(sample, [importedHamlets()], "add", gazetteer);
    expect(merged.sample).toBe(true);
    expect(merged.layers.hamlets.features).toHaveLength(sample.layers.hamlets.features.length + 1);
    expect(merged.adminPeriod).toBe("before-2025-07-01");
  });

  it("in place of the sample: every kind is the user's, none of the sample's incidents are left", () => {
    const merged = mergedDataset(sample, [importedUnits(), importedHamlets()], "replace-sample", gazetteer);
    expect(merged).toMatchObject({ sample: false, title: "Tỉnh Sơn La", province: "Tỉnh Sơn La" });
    expect(merged.adminPeriod).toBe("before-2025-07-01");
    expect(merged.layers.incidents.features).toEqual([]);
    expect(merged.layers.sites.features).toEqual([]);
    expect(merged.layers.hamlets.features[0]?.properties).toMatchObject({ unitCode: "03730" });
  });
});

function shownWith(
  dataset: Dataset,
  period: AdminPeriod | null,
  known: typeof gazetteer | null,
): ShownDataset {
  const shown = shownDataset(dataset, period, known, periodView(rollUpToToday));
  if (shown === null) throw new Error("nothing shown with the roll-up given");
  return shown;
}

describe("shownDataset", () => {
  it("waits for the roll-up's code only when another map is wanted", () => {
    expect(wantsOtherPeriod(sample, null)).toBe(false);
    expect(wantsOtherPeriod(sample, "before-2025-07-01")).toBe(false);
    expect(wantsOtherPeriod(sample, "from-2025-07-01")).toBe(true);
    expect(shownDataset(sample, "from-2025-07-01", gazetteer, null)).toBeNull();
    expect(shownDataset(sample, "before-2025-07-01", gazetteer, null)?.dataset).toBe(sample);
  });

  it("shows the units as given, and offers today's communes when the gazetteer knows the province", () => {
    const shown = shownWith(sample, null, gazetteer);
    expect(shown).toMatchObject({
      givenPeriod: "before-2025-07-01",
      period: "before-2025-07-01",
      rolledUp: false,
    });
    expect(shown.periods).toEqual(["before-2025-07-01", "from-2025-07-01"]);
    expect(shown.dataset).toBe(sample);
    expect(shownWith(sample, null, null).periods).toEqual(["before-2025-07-01"]);
  });

  it("rolls imported old units up to today's communes, the hamlets with them", () => {
    const merged = mergedDataset(sample, [importedUnits(), importedHamlets()], "replace-sample", gazetteer);
    const today = shownWith(merged, "from-2025-07-01", gazetteer);
    expect(today).toMatchObject({ period: "from-2025-07-01", rolledUp: true });
    // Chiềng Pha and Phổng Lái are one commune today: Xã Bình Thuận, with Phổng Lái's old code
    expect(
      today.dataset.layers.units.features.map((unit) => [unit.properties.code, unit.properties.name]),
    ).toEqual([["03724", "Xã Bình Thuận"]]);
    expect(today.dataset.layers.units.features[0]?.properties).toMatchObject({ approximate: true });
    expect(today.dataset.layers.hamlets.features[0]?.properties).toMatchObject({ unitCode: "03724" });
    // that it was rolled up is said beside the switch, not among the data's problems
    expect(today.periodMessages.map((message) => message.code)).toEqual(["period-view-rolled-up"]);
    expect(today.dataset.report.join.filter((message) => message.code.startsWith("period-view"))).toEqual([]);
  });

  it("says why a map cannot be shown, and shows the data as given", () => {
    const today = shownWith(sample, "from-2025-07-01", gazetteer).dataset;
    const back = shownWith(today, "before-2025-07-01", gazetteer);
    expect(back).toMatchObject({ period: "from-2025-07-01", rolledUp: false, periods: ["from-2025-07-01"] });
    expect(back.dataset).toBe(today);
    expect(back.periodMessages.map((message) => message.code)).toEqual(["period-view-no-old-boundaries"]);
  });
});
