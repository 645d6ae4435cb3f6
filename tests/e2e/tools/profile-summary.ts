// A CPU profile (Chrome DevTools Protocol) summed into self time per function and per file.

/** The parts of a CDP `Profiler.Profile` read here. */
interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[];
  startTime: number;
  endTime: number;
  samples?: number[];
}

export function selfTimes(profile: CpuProfile): {
  byFunction: Map<string, number>;
  byFile: Map<string, number>;
} {
  const counts = new Map<number, number>();
  for (const sample of profile.samples ?? []) counts.set(sample, (counts.get(sample) ?? 0) + 1);
  const interval = (profile.endTime - profile.startTime) / (profile.samples ?? []).length / 1000;
  const byFunction = new Map<string, number>();
  const byFile = new Map<string, number>();
  for (const node of profile.nodes) {
    const frame = node.callFrame;
    const ms = (counts.get(node.id) ?? 0) * interval;
    const file = frame.url.replace(/^.*\//, "") || "(native)";
    const key = `${frame.functionName || "(anon)"} ${file}:${frame.lineNumber}`;
    byFunction.set(key, (byFunction.get(key) ?? 0) + ms);
    byFile.set(file, (byFile.get(file) ?? 0) + ms);
  }
  return { byFunction, byFile };
}

/** The `count` largest entries, one line each: milliseconds, then the name. */
export function printLargest(times: Map<string, number>, count: number): void {
  for (const [key, ms] of [...times.entries()].sort((a, b) => b[1] - a[1]).slice(0, count))
    console.log(ms.toFixed(0).padStart(6), key);
}
