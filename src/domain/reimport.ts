// Importing rows that are already there: a steward who imports this month's hamlet list over last
// month's must not get every hamlet twice by surprise. findDuplicates says which incoming features
// the layers already hold (same code; for a generated code the same generated code, which the same
// names give again; for incidents the same id; for activities the same unit and year);
// resolveDuplicates applies the user's choice. Pure: the screen that asks and the storing are the
// callers'.
import type { Feature, FeatureCollection } from "geojson";
import type { Kind } from "./types";

export type DuplicateChoice = "replace" | "skip" | "keep-both";

/** A layer already there: a stored import (a StoredLayer fits) or the loaded geodata. */
export interface ExistingLayer {
  id: string;
  kind: Kind;
  collection: FeatureCollection;
}

export interface DuplicateMatch {
  /** Index of the feature in the incoming collection. */
  incomingIndex: number;
  key: string;
  layerId: string;
  /** Index of the feature already there, in its layer's collection. */
  existingIndex: number;
  incomingName: string | null;
  existingName: string | null;
  /** Same properties and geometry: the same row imported again, unchanged. */
  identical: boolean;
}

export interface DuplicateReport {
  kind: Kind;
  /** What identifies a feature of this kind. */
  key: "code" | "id" | "unit and year";
  incoming: number;
  /** Incoming features already there (each counted once), of which identical. */
  duplicates: number;
  identical: number;
  fresh: number;
  /** Per layer already there: how many of its features incoming ones match. */
  byLayer: { layerId: string; count: number }[];
  /** Every match, in incoming order; a screen shows the first few as examples. */
  matches: DuplicateMatch[];
  /** The choices that make sense: activities are one record per unit and year, so never both. */
  choices: DuplicateChoice[];
}

const KEY_NAMES: Record<Kind, DuplicateReport["key"]> = {
  units: "code",
  hamlets: "code",
  sites: "code",
  incidents: "id",
  activities: "unit and year",
};

const text = (value: unknown): string | null =>
  typeof value === "string" && value.trim() !== ""
    ? value.trim()
    : typeof value === "number"
      ? String(value)
      : null;

function keyOf(kind: Kind, feature: Feature): string | null {
  const properties = feature.properties ?? {};
  if (kind === "incidents") return text(properties.id);
  if (kind !== "activities") return text(properties.code);
  const unit = text(properties.unitCode) ?? text(properties.unitName);
  return unit === null ? null : `${unit}/${text(properties.year) ?? ""}`;
}

/** Units of the two administrative periods may share a code (reused after 2025) and are not the same. */
function samePeriod(a: Feature, b: Feature): boolean {
  const before = a.properties?.adminPeriod;
  const after = b.properties?.adminPeriod;
  return typeof before !== "string" || typeof after !== "string" || before === after;
}

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (typeof value === "object" && value !== null) {
    const entries = Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonical((value as Record<string, unknown>)[key])}`);
    return `{${entries.join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}

const sameFeature = (a: Feature, b: Feature) =>
  canonical(a.properties) === canonical(b.properties) && canonical(a.geometry) === canonical(b.geometry);

export function findDuplicates(
  kind: Kind,
  incoming: FeatureCollection,
  existing: readonly ExistingLayer[],
): DuplicateReport {
  const index = new Map<string, { layerId: string; existingIndex: number; feature: Feature }[]>();
  for (const layer of existing) {
    if (layer.kind !== kind) continue;
    layer.collection.features.forEach((feature, existingIndex) => {
      const key = keyOf(kind, feature);
      if (key === null) return;
      const list = index.get(key) ?? [];
      list.push({ layerId: layer.id, existingIndex, feature });
      index.set(key, list);
    });
  }
  const matches: DuplicateMatch[] = [];
  const matched = new Set<number>();
  const identical = new Set<number>();
  const byLayer = new Map<string, number>();
  incoming.features.forEach((feature, incomingIndex) => {
    const key = keyOf(kind, feature);
    for (const found of (key === null ? undefined : index.get(key)) ?? []) {
      if (!samePeriod(feature, found.feature)) continue;
      const same = sameFeature(feature, found.feature);
      matches.push({
        incomingIndex,
        key: key as string,
        layerId: found.layerId,
        existingIndex: found.existingIndex,
        incomingName: text(feature.properties?.name),
        existingName: text(found.feature.properties?.name),
        identical: same,
      });
      matched.add(incomingIndex);
      if (same) identical.add(incomingIndex);
      byLayer.set(found.layerId, (byLayer.get(found.layerId) ?? 0) + 1);
    }
  });
  return {
    kind,
    key: KEY_NAMES[kind],
    incoming: incoming.features.length,
    duplicates: matched.size,
    identical: identical.size,
    fresh: incoming.features.length - matched.size,
    byLayer: [...byLayer].map(([layerId, count]) => ({ layerId, count })),
    matches,
    choices: kind === "activities" ? ["replace", "skip"] : ["replace", "skip", "keep-both"],
  };
}

export interface DuplicateResolution {
  /** The incoming features to store. */
  collection: FeatureCollection;
  /** "replace": the layers already there that lose features, with what is left of them. */
  changedLayers: { id: string; collection: FeatureCollection; removed: number }[];
  /** "keep-both": the codes (ids for incidents) given to incoming duplicates, old → new. */
  renamed: { from: string; to: string }[];
  counts: { added: number; replaced: number; skipped: number; renamed: number };
}

/** The first free "code-2", "code-3"… among every key in use. */
function freeKey(key: string, used: Set<string>): string {
  let copy = 2;
  while (used.has(`${key}-${copy}`)) copy++;
  return `${key}-${copy}`;
}

export function resolveDuplicates(
  report: DuplicateReport,
  incoming: FeatureCollection,
  existing: readonly ExistingLayer[],
  choice: DuplicateChoice,
): DuplicateResolution {
  if (!report.choices.includes(choice))
    throw new RangeError(`“${choice}” is not a choice for ${report.kind}`);
  const duplicates = new Set(report.matches.map((match) => match.incomingIndex));
  const counts = { added: 0, replaced: 0, skipped: 0, renamed: 0 };
  const renamed: DuplicateResolution["renamed"] = [];
  const changedLayers: DuplicateResolution["changedLayers"] = [];
  let features = incoming.features;
  if (choice === "skip") {
    features = features.filter((_, index) => !duplicates.has(index));
    counts.skipped = duplicates.size;
  } else if (choice === "replace") {
    for (const layer of existing) {
      const gone = new Set(
        report.matches.filter((match) => match.layerId === layer.id).map((match) => match.existingIndex),
      );
      if (gone.size === 0) continue;
      const kept = layer.collection.features.filter((_, index) => !gone.has(index));
      changedLayers.push({
        id: layer.id,
        collection: { ...layer.collection, features: kept },
        removed: gone.size,
      });
    }
    counts.replaced = duplicates.size;
  } else {
    const property = report.kind === "incidents" ? "id" : "code";
    const used = new Set<string>(report.matches.map((match) => match.key));
    for (const layer of existing)
      for (const feature of layer.collection.features) {
        const key = keyOf(report.kind, feature);
        if (key !== null) used.add(key);
      }
    for (const feature of features) {
      const key = keyOf(report.kind, feature);
      if (key !== null) used.add(key);
    }
    features = features.map((feature, index) => {
      if (!duplicates.has(index)) return feature;
      const from = keyOf(report.kind, feature) as string;
      const to = freeKey(from, used);
      used.add(to);
      renamed.push({ from, to });
      return { ...feature, properties: { ...feature.properties, [property]: to, duplicateOf: from } };
    });
    counts.renamed = renamed.length;
  }
  counts.added = features.length - (choice === "replace" ? duplicates.size : 0);
  return { collection: { ...incoming, features }, changedLayers, renamed, counts };
}
