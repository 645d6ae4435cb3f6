// The tables beside a tile archive keep, per month, the incidents joined to a commune by category
// apart from those in none, the figures of hamlets joined to none, and activities per year.
import { describe, expect, it } from "vitest";
import { AggregateBuilder } from "../../../src/data/tiles/aggregates";
import { coverageFromTables } from "../../../src/domain/coverage/tables-coverage";
import { INCIDENT_CATEGORIES } from "../../../src/domain/types";

const hamlet = (unitCode: string | null, modelStatus: string, population: number) => ({
  unitCode,
  modelStatus,
  securityTeam: true,
  mediationTeam: unitCode !== null,
  fireTeam: false,
  groups: 3,
  population,
  households: population / 5,
});

const activity = (year: number, outreachSessions: number) => ({
  year,
  outreachSessions,
  outreachAttendances: outreachSessions * 100,
  commitments: 1,
  gunsRecovered: 0,
  reintegrationSupported: 2,
});

function built() {
  const builder = new AggregateBuilder(
    [{ code: "00001", name: "Xã Một" }],
    [hamlet("00001", "replicated", 500), hamlet("00001", "none", 300), hamlet(null, "model-point", 200)],
    [activity(2021, 4), activity(2021, 6), activity(2022, 1)],
  );
  const january = 2022 * 12;
  builder.addIncident("00001", january, "theft");
  builder.addIncident("00001", january, "drugs");
  builder.addIncident(null, january, "theft");
  builder.addIncident("00001", january + 1, "no such category");
  return builder.finish({
    archive: "a.pmtiles",
    title: "A",
    sample: false,
    dataDate: "2022-02-28",
    source: "",
    bounds: null,
    counts: { units: 1, hamlets: 3, sites: 0 },
  });
}

describe("the tile archive's tables", () => {
  it("split each month's incidents joined to a commune by category, those in none apart", () => {
    const tables = built();
    const slot = (category: string) => INCIDENT_CATEGORIES.indexOf(category as never);
    const [january, february] = tables.byMonth;
    expect(january?.month).toBe("2022-01");
    expect(january?.incidents).toBe(3);
    expect(january?.inCommunesByCategory?.[slot("theft")]).toBe(1);
    expect(january?.inCommunesByCategory?.[slot("drugs")]).toBe(1);
    expect(january?.inCommunesByCategory?.reduce((sum, count) => sum + count, 0)).toBe(2);
    // an unknown category is counted as "other", never dropped
    expect(february?.inCommunesByCategory?.[slot("other")]).toBe(1);
    expect(tables.unjoined.incidents).toBe(1);
  });

  it("keep the figures of hamlets joined to no commune, and activities summed per year", () => {
    const tables = built();
    expect(tables.unjoined.hamlets).toBe(1);
    expect(tables.unjoined.hamletFigures).toMatchObject({
      coveredHamlets: 1,
      modelPoints: 1,
      securityTeams: 1,
      mediationTeams: 0,
      population: 200,
    });
    expect(tables.communes[0]).toMatchObject({ hamlets: 2, coveredHamlets: 1, population: 800 });
    expect(tables.activities?.map((row) => [row.year, row.outreachSessions, row.commitments])).toEqual([
      [2021, 10, 2],
      [2022, 1, 1],
    ]);
  });

  it("give the coverage view its figures: every hamlet, and the incidents outside counted apart", () => {
    const coverage = coverageFromTables(built(), { from: null, to: null, categories: INCIDENT_CATEGORIES });
    expect(coverage.totals).toMatchObject({ hamlets: 3, coveredHamlets: 2, population: 1000 });
    expect(coverage.incidents).toMatchObject({ known: true, value: { count: 3, outside: 1 } });
  });
});
