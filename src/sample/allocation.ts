// Splitting a fixed total into whole numbers: the published totals (391 teams, 2,769 groups, 170
// sessions…) must come out exactly, not merely on average.

/** Largest-remainder split of `total` in proportion to `weights`; ties go to the earlier index. */
export function allocateProportionally(total: number, weights: readonly number[]): number[] {
  const weightSum = weights.reduce((sum, weight) => sum + weight, 0);
  if (weightSum <= 0) throw new Error("cannot allocate over weights that sum to zero");
  const exact = weights.map((weight) => (total * weight) / weightSum);
  const shares = exact.map(Math.floor);
  let left = total - shares.reduce((sum, share) => sum + share, 0);
  const byRemainder = exact
    .map((value, index) => ({ index, remainder: value - Math.floor(value) }))
    .sort((first, second) => second.remainder - first.remainder || first.index - second.index);
  for (const { index } of byRemainder) {
    if (left <= 0) break;
    shares[index] = (shares[index] ?? 0) + 1;
    left--;
  }
  return shares;
}

/** As above, but every share is at least `minimum` (the rest is split by weight). */
export function allocateWithMinimum(total: number, weights: readonly number[], minimum: number): number[] {
  const reserved = minimum * weights.length;
  if (reserved > total) throw new Error("the minimum shares exceed the total");
  return allocateProportionally(total - reserved, weights).map((share) => share + minimum);
}
