// The benchmark harness: every entry measures the candidate and its baseline in the same run,
// on the same machine, interleaved, and reports both sides, the method, the rounds, medians with
// their spread, the ratio and the target. Ratios, not absolute times, because these machines are
// shared and noisy. A missed target is printed as MISS, never hidden.
import { mkdirSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";

export interface BenchmarkResult {
  name: string;
  unit: "ms" | "MB";
  /** How both sides were measured, in a sentence or two. */
  method?: string;
  candidateName?: string;
  baselineName: string;
  candidateMedian: number;
  baselineMedian: number;
  /** candidate / baseline: below 1 means the candidate is faster (or smaller). */
  ratio: number;
  /** The ratio must not exceed this; absent when the target is an absolute figure only. */
  targetRatio?: number;
  /** The candidate's median must not exceed this either (in the result's unit). */
  absoluteTargetMs?: number;
  samples: { candidate: number[]; baseline: number[] };
  /** Further figures measured in the same run that explain the result, printed under it. */
  notes?: string[];
}

export interface Benchmark {
  name: string;
  /** One result, or several measured together (e.g. one per incident style, one per view). */
  run(): Promise<BenchmarkResult | BenchmarkResult[]>;
}

/** Rounds for a benchmark: its own default, or BENCH_ROUNDS for a quick (or a longer) run. */
export function rounds(fallback: number): number {
  const wanted = Number(process.env.BENCH_ROUNDS);
  return Number.isInteger(wanted) && wanted > 0 ? wanted : fallback;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].filter((value) => !Number.isNaN(value)).sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/** The smallest and largest sample. */
export function spread(values: readonly number[]): [number, number] {
  const kept = values.filter((value) => !Number.isNaN(value));
  return kept.length === 0 ? [Number.NaN, Number.NaN] : [Math.min(...kept), Math.max(...kept)];
}

/**
 * The ratio of each round's pair (candidate i / baseline i): with interleaved rounds, drift on
 * the machine hits both sides of a pair alike, so their range says how far the ratio can be trusted.
 */
export function pairedRatios(samples: { candidate: number[]; baseline: number[] }): number[] {
  const pairs = Math.min(samples.candidate.length, samples.baseline.length);
  return Array.from(
    { length: pairs },
    (_, index) => (samples.candidate[index] as number) / (samples.baseline[index] as number),
  );
}

/** Alternates candidate and baseline (AB, BA, AB, …) so that drift on the machine hits both alike. */
export async function alternate(
  rounds: number,
  candidate: () => Promise<number>,
  baseline: () => Promise<number>,
): Promise<{ candidate: number[]; baseline: number[] }> {
  const samples = { candidate: [] as number[], baseline: [] as number[] };
  for (let round = 0; round < rounds; round++) {
    if (round % 2 === 0) {
      samples.candidate.push(await candidate());
      samples.baseline.push(await baseline());
    } else {
      samples.baseline.push(await baseline());
      samples.candidate.push(await candidate());
    }
  }
  return samples;
}

export function summarise(
  name: string,
  baselineName: string,
  targetRatio: number | undefined,
  samples: { candidate: number[]; baseline: number[] },
): BenchmarkResult {
  const candidateMedian = median(samples.candidate);
  const baselineMedian = median(samples.baseline);
  return {
    name,
    unit: "ms",
    baselineName,
    candidateMedian,
    baselineMedian,
    ratio: candidateMedian / baselineMedian,
    ...(targetRatio === undefined ? {} : { targetRatio }),
    samples,
  };
}

export function met(result: BenchmarkResult): boolean {
  const withinRatio = result.targetRatio === undefined || result.ratio <= result.targetRatio;
  const withinAbsolute =
    result.absoluteTargetMs === undefined || result.candidateMedian <= result.absoluteTargetMs;
  return withinRatio && withinAbsolute && !Number.isNaN(result.ratio);
}

export function targetText(result: BenchmarkResult): string {
  const parts = [];
  if (result.targetRatio !== undefined) parts.push(`ratio ≤ ${result.targetRatio}`);
  if (result.absoluteTargetMs !== undefined) parts.push(`≤ ${result.absoluteTargetMs} ${result.unit}`);
  return parts.join(" and ");
}

const figure = (value: number, unit: string) =>
  Number.isNaN(value) ? "n/a" : `${value >= 100 ? value.toFixed(0) : value.toFixed(1)} ${unit}`;

/** The printed account of one result: method, rounds, both sides with spread, ratio, target, verdict. */
export function resultLines(result: BenchmarkResult): string[] {
  const side = (label: string, values: number[]) => {
    const [low, high] = spread(values);
    return `    ${label.padEnd(44)} median ${figure(median(values), result.unit).padStart(10)}   (${figure(low, result.unit)} – ${figure(high, result.unit)})`;
  };
  const [lowRatio, highRatio] = spread(pairedRatios(result.samples));
  const lines = [`── ${result.name}`];
  if (result.method) lines.push(`    method: ${result.method}`);
  lines.push(
    `    rounds: ${result.samples.candidate.length} candidate, ${result.samples.baseline.length} baseline`,
    side(result.candidateName ?? "candidate", result.samples.candidate),
    side(`baseline: ${result.baselineName}`, result.samples.baseline),
    `    ratio ${result.ratio.toFixed(2)} (round by round ${lowRatio.toFixed(2)}–${highRatio.toFixed(2)})` +
      `   target ${targetText(result)}   ${met(result) ? "PASS" : "MISS"}`,
  );
  for (const note of result.notes ?? []) lines.push(`    note: ${note}`);
  return lines;
}

export function report(results: readonly BenchmarkResult[]): boolean {
  for (const result of results) console.log(resultLines(result).join("\n"));
  console.table(
    results.map((result) => ({
      benchmark: result.name,
      candidate: figure(result.candidateMedian, result.unit),
      baseline: figure(result.baselineMedian, result.unit),
      ratio: result.ratio.toFixed(2),
      target: targetText(result),
      verdict: met(result) ? "PASS" : "MISS",
    })),
  );
  const directory = resolve(import.meta.dirname, "../../bench-results");
  mkdirSync(directory, { recursive: true });
  const stamped = { when: new Date().toISOString(), rounds: process.env.BENCH_ROUNDS ?? null, results };
  writeFileSync(resolve(directory, "latest.json"), `${JSON.stringify(stamped, null, 2)}\n`);
  return results.every(met);
}
