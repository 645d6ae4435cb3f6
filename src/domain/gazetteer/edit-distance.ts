// Edit distance between folded names, for suggestions when a name is not in the gazetteer:
// insertions, deletions, substitutions and swaps of two neighbouring letters ("thonmon" and
// "thommon" are one apart). Bounded: beyond the limit the exact figure does not matter.

/** The optimal-string-alignment distance, or limit + 1 when it is larger than limit. */
export function editDistance(a: string, b: string, limit = Number.POSITIVE_INFINITY): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const width = b.length + 1;
  let beforePrevious = new Array<number>(width).fill(0);
  let previous = Array.from({ length: width }, (_, index) => index);
  let current = new Array<number>(width).fill(0);
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMinimum = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(
        (previous[j] as number) + 1,
        (current[j - 1] as number) + 1,
        (previous[j - 1] as number) + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        value = Math.min(value, (beforePrevious[j - 2] as number) + 1);
      current[j] = value;
      if (value < rowMinimum) rowMinimum = value;
    }
    if (rowMinimum > limit) return limit + 1;
    [beforePrevious, previous, current] = [previous, current, beforePrevious];
  }
  const distance = previous[b.length] as number;
  return distance > limit ? limit + 1 : distance;
}

/** How far a name of this many letters may be from a candidate to be suggested at all. */
export function suggestionLimit(length: number): number {
  return length <= 4 ? 1 : length <= 8 ? 2 : 3;
}
