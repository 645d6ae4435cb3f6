// A slider step shows or hides reach circles by feature-state: the circles themselves (every model
// site's) stay the same object, so the map re-tiles nothing; only the sites whose state changed are sent.
import { describe, expect, it } from "vitest";
import type { Coverage } from "../../src/domain/coverage";
import type { IsoDate, Layers } from "../../src/domain/types";
import { applyCoverageState } from "../../src/map/view-sync";
import { coverageMapData } from "../../src/ui/coverage/map-data";
import { sampleLayers } from "../map/sample-layers";

type Site = Layers["sites"]["features"][number];

function sites(): Site[] {
  const [model, post] = sampleLayers().sites.features as [Site, Site];
  const later: Site = {
    ...model,
    properties: { ...model.properties, code: "S2", since: "2023-06-01" as IsoDate },
  };
  return [{ ...model, properties: { ...model.properties, since: "2021-01-01" as IsoDate } }, later, post];
}

function coverageTo(to: string): Coverage {
  return {
    options: { from: null, to: to as IsoDate, radiusKm: 5 },
    window: { from: "2021-01-01" as IsoDate, to: to as IsoDate, years: 1 },
    units: [],
    hamlets: [],
  } as unknown as Coverage;
}

describe("the model's reach over a slider step", () => {
  it("keeps every model site's circle and shows those active at the window's end", () => {
    const all = sites();
    const before = coverageMapData(coverageTo("2023-05-31"), all);
    const after = coverageMapData(coverageTo("2023-06-30"), all);
    expect(after.reach).toBe(before.reach);
    expect(before.reach.features.map((feature) => feature.properties?.code)).toEqual(["S1", "S2"]);
    expect({ ...before.reachShown }).toEqual({ S1: true });
    expect({ ...after.reachShown }).toEqual({ S1: true, S2: true });

    const calls: unknown[][] = [];
    const map = {
      setFeatureState: (...args: unknown[]) => calls.push(args),
    } as unknown as Parameters<typeof applyCoverageState>[0];
    applyCoverageState(map, before, after);
    expect(calls).toEqual([[{ source: "reach", id: "S2" }, { shown: true }]]);
  });
});
