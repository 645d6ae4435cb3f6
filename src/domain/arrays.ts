// Array helpers for lists of any length. A spread into a call (`push(...items)`,
// `Math.max(...values)`) puts every element on the stack and overflows it somewhere past
// 100,000 elements; these loop instead (lint/no-spread-into-call.grit keeps spreads out of src/).

/** Appends every item of `items` to `target`, in order; returns `target`. */
export function appendAll<T>(target: T[], items: readonly T[]): T[] {
  for (let index = 0; index < items.length; index++) target.push(items[index] as T);
  return target;
}

/** The largest value, or `empty` when there is none. NaN is skipped, as a missing value. */
export function maxOf(values: readonly number[], empty: number): number {
  let best = Number.NEGATIVE_INFINITY;
  for (const value of values) if (value > best) best = value;
  return best === Number.NEGATIVE_INFINITY && !values.includes(best) ? empty : best;
}

/** The smallest value, or `empty` when there is none. NaN is skipped, as a missing value. */
export function minOf(values: readonly number[], empty: number): number {
  let best = Number.POSITIVE_INFINITY;
  for (const value of values) if (value < best) best = value;
  return best === Number.POSITIVE_INFINITY && !values.includes(best) ? empty : best;
}
