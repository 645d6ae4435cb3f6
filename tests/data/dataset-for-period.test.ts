// The sample on both maps: its 29 units as given, and the 10 communes of today rolled up from them.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { assembleDataset, loadDataset } from "../../src/data/dataset";
import { datasetForPeriod } from "../../src/data/dataset-for-period";
import { parseLayer } from "../../src/data/parse-layer";
import { computeCoverage } from "../../src/domain/coverage/compute-coverage";
import { buildCoverageIndex } from "../../src/domain/coverage/coverage-index";
import { rollUpToToday } from "../../src/domain/gazetteer/rollup";
import { sonLaGazetteer } from "../domain/gazetteer/son-la";

const gazetteer = sonLaGazetteer();
const readText = async (path: string) => readFileSync(path, "utf8");

describe("the sample by today's communes", async () => {
  const dataset = await loadDataset(readText, "geodata/manifest.json", gazetteer);

  it("loads as the older map of Sơn La, with nothing to say about periods", () => {
    expect(dataset).toMatchObject({ adminPeriod: "before-2025-07-01", province: "Tỉnh Sơn La" });
    expect(dataset.report.join).toEqual([]);
    expect(datasetForPeriod(dataset, "before-2025-07-01", gazetteer, rollUpToToday)).toEqual({
      dataset,
      messages: [],
    });
  });

  it("rolls up to the 10 communes of today with the same district totals", () => {
    const today = datasetForPeriod(dataset, "from-2025-07-01", gazetteer, rollUpToToday);
    expect(today.dataset?.adminPeriod).toBe("from-2025-07-01");
    expect(today.dataset?.layers.units.features.map((unit) => unit.properties.code)).toEqual([
      "03721",
      "03724",
      "03727",
      "03754",
      "03757",
      "03760",
      "03763",
      "03781",
      "03784",
      "03799",
    ]);
    expect(today.messages.map((message) => [message.code, message.level])).toEqual([
      ["period-view-rolled-up", "info"],
    ]);
    expect(today.messages[0]?.text.en).toContain(
      "29 older units were rolled up into 10 communes from 1 July 2025",
    );
    const totals = (layers: Parameters<typeof buildCoverageIndex>[0]) =>
      computeCoverage(buildCoverageIndex(layers), { from: null, to: null, radiusKm: 5 }).totals;
    const { incidentRate: _rate, ...after } = totals((today.dataset as typeof dataset).layers);
    const { incidentRate: _before, ...before } = totals(dataset.layers);
    expect(after).toEqual(before);
  });
});

describe("what cannot be shown", () => {
  const todaysUnits = () => {
    const text = JSON.stringify({
      type: "FeatureCollection",
      features: [
        {
          type: "Feature",
          properties: { code: "03724", name: "Xã Bình Thuận", adminPeriod: "from-2025-07-01" },
          geometry: {
            type: "Polygon",
            coordinates: [
              [
                [103.5, 21.5],
                [103.6, 21.5],
                [103.6, 21.6],
                [103.5, 21.5],
              ],
            ],
          },
        },
      ],
    });
    return parseLayer({ file: "xa-2025.geojson", kind: "units", text });
  };

  it("says plainly that figures by the older units need the older boundaries", () => {
    const dataset = assembleDataset(null, [todaysUnits()], [], gazetteer);
    expect(dataset.adminPeriod).toBe("from-2025-07-01");
    const older = datasetForPeriod(dataset, "before-2025-07-01", gazetteer, rollUpToToday);
    expect(older.dataset).toBeNull();
    expect(older.messages[0]).toMatchObject({
      code: "period-view-no-old-boundaries",
      level: "error",
      file: "xa-2025.geojson",
    });
    expect(older.messages[0]?.text.en).toContain("not possible");
  });

  it("cannot roll up without the province's gazetteer, and says what to do", () => {
    const units = parseLayer({
      file: "units.geojson",
      kind: "units",
      text: readFileSync("geodata/units.geojson", "utf8"),
    });
    const dataset = { ...assembleDataset(null, [units], [], gazetteer), province: "Tỉnh Lai Châu" };
    const rolled = datasetForPeriod(dataset, "from-2025-07-01", gazetteer, rollUpToToday);
    expect(rolled.dataset).toBeNull();
    expect(rolled.messages[0]?.code).toBe("period-view-no-gazetteer");
  });
});
