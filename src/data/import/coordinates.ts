// From the file's numbers to WGS 84 lon/lat: the CRS is applied when known; metres without a CRS
// refuse the file (with the zone the numbers suggest); lat/lon written in the wrong order are
// swapped back and said so. Nothing is guessed silently.
import type { Message } from "../../domain/types";
import { importMessage } from "../import-messages";
import { type Crs, makeConverter, suggestZones, WGS84 } from "./crs";
import { classifyPosition, forEachPosition, mapPositions, type PositionClass } from "./positions";
import { checkAborted, type Progress } from "./progress";

export interface CoordinateOutcome {
  /** Same length and order as the input; features changed are new objects. */
  features: unknown[];
  messages: Message[];
  /** Whole file refused (projected metres without a CRS, or a CRS that does not fit). */
  refused: boolean;
  repaired: Record<string, number>;
}

type Counts = Record<PositionClass, number>;

const SAMPLE = 20_000;

function countClasses(features: readonly unknown[]): {
  counts: Counts;
  example: Record<PositionClass, number[] | null>;
} {
  const counts: Counts = { degrees: 0, swapped: 0, metres: 0, "metres-swapped": 0, other: 0 };
  const example: Record<PositionClass, number[] | null> = {
    degrees: null,
    swapped: null,
    metres: null,
    "metres-swapped": null,
    other: null,
  };
  const visit = (position: number[]) => {
    const kind = classifyPosition(position[0] as number, position[1] as number);
    counts[kind]++;
    example[kind] ??= position;
  };
  // The decisions below are about the majority, so an even sample of a large file tells the same.
  const step = Math.max(1, Math.floor(features.length / SAMPLE));
  for (let index = 0; index < features.length; index += step) {
    forEachPosition((features[index] as { geometry?: unknown } | null)?.geometry, visit);
  }
  return { counts, example };
}

const show = (position: readonly number[] | null) => (position ? `[${position.slice(0, 2).join(", ")}]` : "");

function withGeometry(feature: unknown, geometry: unknown): unknown {
  return { ...(feature as object), geometry };
}

function allPositions(geometry: unknown, wanted: PositionClass): boolean {
  let all = true;
  let any = false;
  forEachPosition(geometry, (position) => {
    any = true;
    if (classifyPosition(position[0] as number, position[1] as number) !== wanted) all = false;
  });
  return any && all;
}

const swap = (position: number[]) => [position[1] as number, position[0] as number, ...position.slice(2)];

/** Swaps back every feature whose positions are all of the swapped class. */
function swapFeatures(features: unknown[], wanted: PositionClass): { features: unknown[]; swapped: number } {
  let swapped = 0;
  const result = features.map((feature) => {
    const geometry = (feature as { geometry?: unknown } | null)?.geometry;
    if (!allPositions(geometry, wanted)) return feature;
    swapped++;
    return withGeometry(feature, mapPositions(geometry, swap));
  });
  return { features: result, swapped };
}

export function resolveCoordinates(
  input: unknown[],
  crs: Crs | null,
  file: string,
  progress: Progress,
): CoordinateOutcome {
  const messages: Message[] = [];
  const repaired: Record<string, number> = {};
  const { counts, example } = countClasses(input);
  const total = counts.degrees + counts.swapped + counts.metres + counts["metres-swapped"] + counts.other;
  const metres = counts.metres + counts["metres-swapped"];
  const refuse = (message: Message): CoordinateOutcome => ({
    features: input,
    messages: [message],
    refused: true,
    repaired: {},
  });
  let features = input;
  const effective = crs ?? WGS84;
  if (effective.units === "degrees" && metres > total / 2) {
    if (crs === null) {
      const sample = example.metres ?? (example["metres-swapped"] ? swap(example["metres-swapped"]) : null);
      const suggestions = sample ? suggestZones([sample[0] as number, sample[1] as number]) : [];
      return refuse(
        importMessage(
          "crs-missing-projected",
          { file },
          {
            found: show(sample),
            used: suggestions
              .map((suggestion) => `${suggestion.label} (${suggestion.province.name}, ${suggestion.crs})`)
              .join("; "),
            expected: suggestions[0]?.crs ?? "VN2000:104",
          },
        ),
      );
    }
    return refuse(
      importMessage(
        "crs-mismatch",
        { file },
        { found: show(example.metres), used: effective.label, expected: "degrees" },
      ),
    );
  }
  if (effective.units === "metres" && counts.degrees > total / 2) {
    return refuse(
      importMessage(
        "crs-mismatch",
        { file },
        { found: show(example.degrees), used: effective.label, expected: "metres" },
      ),
    );
  }
  const swapClass: PositionClass | null =
    effective.units === "degrees" && counts.swapped > total / 2
      ? "swapped"
      : effective.units === "metres" && counts["metres-swapped"] > total / 2
        ? "metres-swapped"
        : null;
  if (swapClass !== null) {
    const result = swapFeatures(features, swapClass);
    features = result.features;
    if (result.swapped > 0) {
      repaired["coordinates swapped"] = result.swapped;
      messages.push(
        importMessage(
          "coordinates-swapped",
          { file },
          { found: show(example[swapClass]), count: result.swapped },
        ),
      );
    }
  }
  const converter = crs ? makeConverter(crs) : null;
  if (crs && converter) {
    let failed = 0;
    let converted = 0;
    features = features.map((feature, index) => {
      if (index % 5000 === 0) progress.step("reprojecting", index / features.length);
      const geometry = (feature as { geometry?: unknown } | null)?.geometry;
      if (typeof geometry !== "object" || geometry === null) return feature;
      converted++;
      return withGeometry(
        feature,
        mapPositions(geometry, (position) => {
          const result = converter(position);
          if (result === null) failed++;
          return result;
        }),
      );
    });
    checkAborted(progress.signal);
    if (converted > 0) {
      repaired.reprojected = converted;
      messages.push(importMessage("reprojected", { file }, { count: converted, found: crs.label }));
    }
    if (failed > 0) messages.push(importMessage("features-dropped-after-crs", { file }, { count: failed }));
  }
  if (crs?.shiftAdded) messages.push(importMessage("crs-shift-added", { file }, { found: crs.label }));
  return { features, messages, refused: false, repaired };
}
