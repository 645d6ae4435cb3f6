// How the command-line tests run `geodata`: in this process, with what it prints captured, and
// with a fresh folder per test for what it writes.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach } from "vitest";
import { type CliIo, nodeIo } from "../../src/cli/cli-io";
import { runCli } from "../../src/cli/geodata";

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** `geodata ...argv`; `io` replaces parts of the real file system (e.g. where paths are read). */
export async function runGeodata(argv: readonly string[], io: Partial<CliIo> = {}): Promise<CliRun> {
  let stdout = "";
  let stderr = "";
  const code = await runCli([...argv], {
    ...nodeIo,
    ...io,
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
  });
  return { code, stdout, stderr };
}

/** A new empty folder for each test of the file, removed after it; read it inside a test. */
export function folderPerTest(prefix: string): () => string {
  let folder = "";
  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), prefix));
  });
  afterEach(() => rmSync(folder, { recursive: true, force: true }));
  return () => folder;
}

/** `geodata ...argv` on the real file system. */
export const geodata = (...argv: string[]): Promise<CliRun> => runGeodata(argv);
