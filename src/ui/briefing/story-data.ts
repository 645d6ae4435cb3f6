// What a story slide is about, found in the data: the model point and its commune, the area's
// name and its units, the incidents' years. Pure; story.ts puts them into words.

import { firstModelPoint } from "../../domain/model-point";
import type { HamletFeature, Layers, UnitFeature, UnitType } from "../../domain/types";
import { featureBounds } from "../../map/geometry";
import type { BoundingBox } from "../../map/map-state";
import type { SlideStory } from "../../state/deck";
import type { Selection } from "../../state/view";

export interface StorySubject {
  /** The feature the slide selects (its panel, its outline, its commune's figures). */
  selected: Selection | null;
  /** The area the camera frames; null frames the whole data. */
  focus: BoundingBox | null;
}

/** How far around the model point its slide looks, in km: its neighbours in view, not the district. */
export const MODEL_POINT_VIEW_KM = 3;

export function modelCommune(layers: Layers): UnitFeature | null {
  const point = firstModelPoint(layers.hamlets);
  const code = point?.properties.unitCode;
  return code ? (layers.units.features.find((unit) => unit.properties.code === code) ?? null) : null;
}

function boxAround(hamlet: HamletFeature, km: number): BoundingBox {
  const [longitude, latitude] = hamlet.geometry.coordinates as [number, number];
  const dLat = km / 111.32;
  const dLon = km / (111.32 * Math.cos((latitude * Math.PI) / 180));
  return [longitude - dLon, latitude - dLat, longitude + dLon, latitude + dLat];
}

export function storySubject(story: SlideStory, layers: Layers): StorySubject {
  if (story === "model-point") {
    const point = firstModelPoint(layers.hamlets);
    return point
      ? {
          selected: { layer: "hamlets", id: point.properties.code },
          focus: boxAround(point, MODEL_POINT_VIEW_KM),
        }
      : { selected: null, focus: null };
  }
  if (story === "replication") {
    const unit = modelCommune(layers);
    return unit
      ? {
          selected: { layer: "units", id: unit.properties.code },
          focus: featureBounds({ type: "FeatureCollection", features: [unit] }),
        }
      : { selected: null, focus: null };
  }
  return { selected: null, focus: null };
}

/** The area's name from the data's title: "Huyện Thuận Châu, tỉnh Sơn La" → "Huyện Thuận Châu". */
export function areaName(title: string): string {
  return title.split(/[,;(]/)[0]?.trim() || title.trim();
}

/** Units by type, in the order people count them: communes, towns, wards. */
export function unitTypeCounts(units: Layers["units"]): [UnitType, number][] {
  const counts = new Map<UnitType, number>();
  for (const { properties } of units.features)
    counts.set(properties.unitType, (counts.get(properties.unitType) ?? 0) + 1);
  return (["commune", "town", "ward"] as const).flatMap((type) => {
    const count = counts.get(type) ?? 0;
    return count > 0 ? [[type, count] as [UnitType, number]] : [];
  });
}

const yearCounts = new WeakMap<Layers["incidents"], [year: number, count: number][]>();

/**
 * Incidents per year, oldest first; counted once per collection: every slide in the list asks
 * again whenever the view changes, and a slider step at 100,000 incidents counted them all anew.
 */
export function incidentsByYear(incidents: Layers["incidents"]): [year: number, count: number][] {
  const known = yearCounts.get(incidents);
  if (known) return known;
  const result = countByYear(incidents);
  yearCounts.set(incidents, result);
  return result;
}

function countByYear(incidents: Layers["incidents"]): [year: number, count: number][] {
  const counts = new Map<number, number>();
  for (const { properties } of incidents.features) {
    const year = Number(properties.date.slice(0, 4));
    if (Number.isFinite(year)) counts.set(year, (counts.get(year) ?? 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => a[0] - b[0]);
}

/** A commune's hamlets: how many, how many covered, and the first and last adoption dates. */
export function unitHamlets(
  layers: Layers,
  unitCode: string,
): { total: number; covered: number; first: string | null; last: string | null } {
  let total = 0;
  let covered = 0;
  let first: string | null = null;
  let last: string | null = null;
  for (const { properties } of layers.hamlets.features) {
    if (properties.unitCode !== unitCode) continue;
    total += 1;
    if (properties.modelStatus !== "model-point" && properties.modelStatus !== "replicated") continue;
    covered += 1;
    const since = properties.modelSince;
    if (since && (first === null || since < first)) first = since;
    if (since && (last === null || since > last)) last = since;
  }
  return { total, covered, first, last };
}

/** "Xã Chiềng Pha" inside a sentence: "xã Chiềng Pha" (the type word is not a proper name). */
export function unitInSentence(name: string): string {
  return name.replace(/^(Xã|Thị trấn|Phường)(?=\s)/u, (word) => word.toLowerCase());
}
