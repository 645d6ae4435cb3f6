// A small seeded generator so that the sample is the same byte for byte on every run and every
// machine; Math.random would make the committed geodata/ impossible to reproduce.

export interface Random {
  /** Uniform in [0, 1). */
  next(): number;
  /** Uniform in [minimum, maximum). */
  between(minimum: number, maximum: number): number;
  /** Uniform integer in [minimum, maximum], both ends included. */
  integer(minimum: number, maximum: number): number;
  /** Standard normal (mean 0, deviation 1). */
  normal(): number;
  pick<T>(items: readonly T[]): T;
  /** A shuffled copy; the input is left alone. */
  shuffle<T>(items: readonly T[]): T[];
  /** An index drawn with probability proportional to its weight. */
  weightedIndex(weights: readonly number[]): number;
  /** An independent stream, so that adding draws in one part does not shift every other part. */
  fork(label: string): Random;
}

// sfc32: 128 bits of state, passes PractRand, and needs only 32-bit integer arithmetic.
function sfc32(a: number, b: number, c: number, d: number): () => number {
  let stateA = a >>> 0;
  let stateB = b >>> 0;
  let stateC = c >>> 0;
  let stateD = d >>> 0;
  return () => {
    const sum = (((stateA + stateB) >>> 0) + stateD) >>> 0;
    stateD = (stateD + 1) >>> 0;
    stateA = stateB ^ (stateB >>> 9);
    stateB = (stateC + (stateC << 3)) >>> 0;
    stateC = ((stateC << 21) | (stateC >>> 11)) >>> 0;
    stateC = (stateC + sum) >>> 0;
    return sum / 4294967296;
  };
}

// FNV-1a spreads a seed and a label into the four state words.
function hashWords(seed: number, label: string): [number, number, number, number] {
  const words: number[] = [];
  for (let round = 0; round < 4; round++) {
    let hash = (2166136261 ^ round) >>> 0;
    const text = `${seed}:${label}:${round}`;
    for (let index = 0; index < text.length; index++) {
      hash ^= text.charCodeAt(index);
      hash = Math.imul(hash, 16777619) >>> 0;
    }
    words.push(hash);
  }
  return [words[0] ?? 1, words[1] ?? 2, words[2] ?? 3, words[3] ?? 4];
}

export function createRandom(seed: number, label = "root"): Random {
  const [a, b, c, d] = hashWords(seed, label);
  const nextRaw = sfc32(a, b, c, d);
  // The first outputs of sfc32 still carry the seed's structure; discard them.
  for (let warmUp = 0; warmUp < 15; warmUp++) nextRaw();

  const random: Random = {
    next: nextRaw,
    between: (minimum, maximum) => minimum + (maximum - minimum) * nextRaw(),
    integer: (minimum, maximum) => minimum + Math.floor(nextRaw() * (maximum - minimum + 1)),
    normal: () => {
      // Box–Muller; 1 - u keeps the logarithm away from zero.
      const radius = Math.sqrt(-2 * Math.log(1 - nextRaw()));
      return radius * Math.cos(2 * Math.PI * nextRaw());
    },
    pick: (items) => {
      const item = items[Math.floor(nextRaw() * items.length)];
      if (item === undefined) throw new Error("pick from an empty list");
      return item;
    },
    shuffle: (items) => {
      const copy = [...items];
      for (let index = copy.length - 1; index > 0; index--) {
        const other = Math.floor(nextRaw() * (index + 1));
        const held = copy[index] as (typeof copy)[number];
        copy[index] = copy[other] as (typeof copy)[number];
        copy[other] = held;
      }
      return copy;
    },
    weightedIndex: (weights) => {
      const total = weights.reduce((sum, weight) => sum + weight, 0);
      let remaining = nextRaw() * total;
      for (let index = 0; index < weights.length; index++) {
        remaining -= weights[index] ?? 0;
        if (remaining < 0) return index;
      }
      return weights.length - 1;
    },
    fork: (childLabel) => createRandom(seed, `${label}/${childLabel}`),
  };
  return random;
}
