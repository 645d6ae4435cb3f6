// Puts factors measured in different units (incidents per 1,000 people, people, km) on one 0–1
// scale over the candidates being compared, so that weights mean what the planner thinks.
import type { Normalisation } from "./planner-types";

/**
 * `values` are oriented so that higher is better. A missing value counts as the worst (0) or the
 * best (1) as the caller says; the others are scaled among themselves. A factor that does not
 * vary among candidates cannot separate them and gives 0 to all.
 */
export function normalise(
  values: readonly (number | null)[],
  method: Normalisation,
  missing: "worst" | "best",
): number[] {
  const present = values.filter((value): value is number => value !== null);
  const missingValue = missing === "worst" ? 0 : 1;
  const scale = method === "min-max" ? minMaxScale(present) : rankScale(present);
  return values.map((value) => (value === null ? missingValue : scale(value)));
}

function minMaxScale(values: readonly number[]): (value: number) => number {
  let min = Infinity;
  let max = -Infinity;
  for (const value of values) {
    if (value < min) min = value;
    if (value > max) max = value;
  }
  const range = max - min;
  return range > 0 ? (value) => (value - min) / range : () => 0;
}

/** Fractional ranking: tied values share the mean of the places they occupy. */
function rankScale(values: readonly number[]): (value: number) => number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length < 2 || sorted[0] === sorted[sorted.length - 1]) return () => 0;
  const placeOf = new Map<number, number>();
  for (let start = 0; start < sorted.length; ) {
    let end = start;
    while (end + 1 < sorted.length && sorted[end + 1] === sorted[start]) end++;
    placeOf.set(sorted[start] as number, (start + end) / 2);
    start = end + 1;
  }
  const last = sorted.length - 1;
  return (value) => (placeOf.get(value) ?? 0) / last;
}
