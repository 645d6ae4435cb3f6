// From a tile archive's tables the map gets each commune's share covered, keyed by commune code,
// in the shape it takes from the engine's figures (CoverageMapData); nothing it cannot know.
import { describe, expect, it } from "vitest";
import { coverageFromTables, type TableCommune } from "../../src/domain/coverage/tables-coverage";
import { INCIDENT_CATEGORIES, type IsoDate } from "../../src/domain/types";
import { tablesMapData, tablesUnitRatio } from "../../src/ui/coverage/map-data";

const commune = (code: string, hamlets: number, coveredHamlets: number): TableCommune => ({
  code,
  name: code,
  hamlets,
  coveredHamlets,
  modelPoints: 0,
  securityTeams: 0,
  mediationTeams: 0,
  fireTeams: 0,
  groups: 0,
  population: 0,
  households: 0,
  incidents: 0,
});

const coverage = coverageFromTables(
  {
    dataDate: null,
    categories: [...INCIDENT_CATEGORIES],
    communes: [commune("03730", 12, 12), commune("03733", 8, 2), commune("03721", 0, 0)],
    unjoined: { hamlets: 0, incidents: 0 },
    byMonth: [],
  },
  { from: null, to: null, categories: INCIDENT_CATEGORIES },
);

describe("the map's coverage data from the tables", () => {
  it("colours each commune by its share of hamlets covered; a commune without hamlets has none", () => {
    expect(tablesUnitRatio(coverage.units)).toEqual({ "03730": 1, "03733": 0.25, "03721": null });
  });

  it("keeps the same colours object whatever the window, with no hamlet status and no reach", () => {
    const unitRatio = tablesUnitRatio(coverage.units);
    const january = tablesMapData(unitRatio, { from: "2021-01-01" as IsoDate, to: "2021-01-31" as IsoDate });
    const all = tablesMapData(unitRatio, { from: null, to: null });
    expect(january.unitRatio).toBe(all.unitRatio);
    expect(january.window).toEqual({ from: "2021-01-01", to: "2021-01-31" });
    expect(january.reach.features).toEqual([]);
    expect(Object.keys(january.hamletStatus)).toEqual([]);
    expect(Object.keys(january.reachShown)).toEqual([]);
  });
});
