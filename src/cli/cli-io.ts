// What every geodata command shares: its input and output, exit codes and usage errors.
import { readdir, readFile, stat } from "node:fs/promises";
import { FileTooLarge, LIMITS } from "../data/limits";

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** File contents, or null when there is no such file. */
  readText: (path: string) => Promise<string | null>;
  /** Names in a folder, or null when the path is not a folder. */
  listDir: (path: string) => Promise<string[] | null>;
}

export const EXIT_OK = 0;
export const EXIT_DATA_ERRORS = 1;
export const EXIT_USAGE = 2;

/** Thrown for a wrong command line: the CLI prints it with the usage and exits 2. */
export class UsageError extends Error {}

export interface Command {
  usage: string;
  summary: string;
  run: (args: readonly string[], io: CliIo) => Promise<number>;
}

export const nodeIo: CliIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readText: async (path) => {
    try {
      // Past the limit the file is not read at all (and past 512 MB node could not hold the text).
      const { size } = await stat(path);
      if (size > LIMITS.fileBytes) throw new FileTooLarge(size);
      return await readFile(path, "utf8");
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
      throw error;
    }
  },
  listDir: async (path) => {
    try {
      return (await stat(path)).isDirectory() ? await readdir(path) : null;
    } catch {
      return null;
    }
  },
};
