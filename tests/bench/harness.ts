// The benchmark harness: every entry measures the candidate and its baseline in the same run,
// on the same machine, and reports medians and their ratio against a target. Ratios, not
// absolute times, because these machines are shared and noisy.
import { mkdirSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";

export interface BenchmarkResult {
  name: string;
  unit: "ms";
  baselineName: string;
  candidateMedian: number;
  baselineMedian: number;
  /** candidate / baseline: below 1 means the candidate is faster. */
  ratio: number;
  /** The ratio must not exceed this. */
  targetRatio: number;
  /** Optionally, the candidate's median must not exceed this either (in ms). */
  absoluteTargetMs?: number;
  samples: { candidate: number[]; baseline: number[] };
  /** Further figures measured in the same run that explain the ratio, printed under the table. */
  notes?: string[];
}

export interface Benchmark {
  name: string;
  run(): Promise<BenchmarkResult>;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/** Alternates candidate and baseline so that drift on the machine hits both alike. */
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
  targetRatio: number,
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
    targetRatio,
    samples,
  };
}

function met(result: BenchmarkResult): boolean {
  const withinAbsolute =
    result.absoluteTargetMs === undefined || result.candidateMedian <= result.absoluteTargetMs;
  return result.ratio <= result.targetRatio && withinAbsolute;
}

export function report(results: readonly BenchmarkResult[]): boolean {
  const rows = results.map((result) => ({
    benchmark: result.name,
    "candidate median (ms)": result.candidateMedian.toFixed(1),
    baseline: result.baselineName,
    "baseline median (ms)": result.baselineMedian.toFixed(1),
    ratio: result.ratio.toFixed(2),
    target: `≤ ${result.targetRatio}${result.absoluteTargetMs === undefined ? "" : ` and ≤ ${result.absoluteTargetMs} ms`}`,
    verdict: met(result) ? "met" : "MISSED",
  }));
  console.table(rows);
  for (const result of results)
    for (const note of result.notes ?? []) console.log(`  ${result.name}: ${note}`);
  const directory = resolve(import.meta.dirname, "../../bench-results");
  mkdirSync(directory, { recursive: true });
  writeFileSync(resolve(directory, "latest.json"), `${JSON.stringify(results, null, 2)}\n`);
  return results.every(met);
}
