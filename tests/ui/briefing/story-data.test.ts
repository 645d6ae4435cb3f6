import { describe, expect, it } from "vitest";
import { incidentsByYear } from "../../../src/ui/briefing/story-data";
import { sampleLayers } from "../../map/sample-layers";

describe("incidents per year", () => {
  it("counts each year once per collection, and a new collection anew", () => {
    const incidents = sampleLayers().incidents;
    const first = incidents.features[0];
    if (!first) throw new Error("the sample has incidents");
    incidents.features.push({
      ...first,
      properties: { ...first.properties, id: "I9", date: "2021-02-03" as never },
    });
    const counted = incidentsByYear(incidents);
    expect(counted).toEqual([
      [2021, 1],
      [2023, 3],
    ]);
    // Every slide asks on every view change: the same answer, not a new count.
    expect(incidentsByYear(incidents)).toBe(counted);
    const fewer = { ...incidents, features: incidents.features.slice(0, 1) };
    expect(incidentsByYear(fewer)).toEqual([[2023, 1]]);
  });
});
