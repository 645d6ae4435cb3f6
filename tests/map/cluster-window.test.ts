import { describe, expect, it } from "vitest";
import { INCIDENT_CATEGORIES, type Layers } from "../../src/domain/types";
import { clusterDiff, incidentsForClusters } from "../../src/map/cluster-window";
import { ALL_VISIBLE_STATE, type IncidentDisplay } from "../../src/map/map-state";

type Incidents = Layers["incidents"];

/** `perMonth` incidents in each month of 2023, alternating two categories. */
function yearOfIncidents(perMonth: number, idOf = (index: number) => `I${index}`): Incidents {
  return {
    type: "FeatureCollection",
    features: Array.from({ length: 12 * perMonth }, (_, index) => {
      const month = Math.floor(index / perMonth);
      return {
        type: "Feature",
        geometry: { type: "Point", coordinates: [103.6 + index * 0.001, 21.5] },
        properties: {
          id: idOf(index),
          date: `2023-${String(month + 1).padStart(2, "0")}-10` as Incidents["features"][number]["properties"]["date"],
          category: index % 2 === 0 ? "theft" : "drugs",
          unitCode: "03730" as Incidents["features"][number]["properties"]["unitCode"],
          joinedBy: "location",
        },
      };
    }),
  };
}

const clusters = (
  from: number,
  to: number,
  categories: readonly string[] = INCIDENT_CATEGORIES,
): IncidentDisplay => ({
  ...ALL_VISIBLE_STATE.incidents,
  style: "clusters",
  fromMonth: 2023 * 12 + from,
  toMonth: 2023 * 12 + to,
  categories,
});

const ids = (collection: { features: { properties: { id: string } }[] }) =>
  collection.features.map((feature) => feature.properties.id).sort();

describe("the clustered incidents under a time window", () => {
  it("holds only the window's incidents while the clusters show, all of them otherwise", () => {
    const incidents = yearOfIncidents(3);
    expect(incidentsForClusters(incidents, clusters(0, 1)).features).toHaveLength(6);
    expect(incidentsForClusters(incidents, { ...clusters(0, 1), style: "points" }).features).toHaveLength(36);
  });

  it("moves one month by removing the month that leaves and adding the one that enters", () => {
    const incidents = yearOfIncidents(3);
    const before = incidentsForClusters(incidents, clusters(0, 5));
    const after = incidentsForClusters(incidents, clusters(1, 6));
    const diff = clusterDiff(before, after);
    expect(diff?.remove).toEqual(["I0", "I1", "I2"]);
    expect(diff?.add.map((feature) => feature.properties.id)).toEqual(["I18", "I19", "I20"]);
  });

  it("gives exactly the new window once applied, whatever the two windows and categories", () => {
    const incidents = yearOfIncidents(4);
    const windows = [
      clusters(0, 11),
      clusters(2, 4),
      clusters(3, 9, ["theft"]),
      clusters(5, 5),
      clusters(0, 11, ["drugs"]),
    ];
    for (const first of windows) {
      for (const second of windows) {
        const before = incidentsForClusters(incidents, first);
        const after = incidentsForClusters(incidents, second);
        const diff = clusterDiff(before, after);
        if (!diff) continue;
        const shown = new Set(ids(before));
        for (const id of diff.remove) shown.delete(id);
        for (const feature of diff.add) shown.add(feature.properties.id);
        expect([...shown].sort()).toEqual(ids(after));
      }
    }
  });

  it("sends the whole window when a diff would be as large, or the data changed", () => {
    const incidents = yearOfIncidents(3);
    const january = incidentsForClusters(incidents, clusters(0, 0));
    // Nothing shared: the diff would name every incident twice.
    expect(clusterDiff(january, incidentsForClusters(incidents, clusters(6, 6)))).toBeNull();
    const other = incidentsForClusters(yearOfIncidents(3), clusters(1, 1));
    expect(clusterDiff(january, other)).toBeNull();
    expect(clusterDiff(undefined, other)).toBeNull();
  });

  it("sends the whole window when ids repeat (MapLibre refuses a diff on such a source)", () => {
    const incidents = yearOfIncidents(3, (index) => `I${index % 30}`);
    const before = incidentsForClusters(incidents, clusters(0, 5));
    expect(clusterDiff(before, incidentsForClusters(incidents, clusters(1, 6)))).toBeNull();
  });
});
