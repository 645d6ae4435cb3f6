// The gazetteer on the command line: the project's own (public/gazetteer/, the same files the
// browser fetches) unless --gazetteer DIR names another folder.
import { resolve } from "node:path";
import { type LoadedGazetteer, loadGazetteer } from "../data/gazetteer";
import type { CliIo } from "./cli-io";

export const PROJECT_GAZETTEER = resolve(import.meta.dirname, "../../public/gazetteer");

// Read once per folder: tests and long sessions run many commands.
const loaded = new Map<string, Promise<LoadedGazetteer>>();

export function readGazetteer(io: CliIo, folder: string | null): Promise<LoadedGazetteer> {
  const path = folder ?? PROJECT_GAZETTEER;
  let result = loaded.get(path);
  if (!result) {
    result = loadGazetteer(io.readText, path);
    // Only the project's folder is kept: another may be edited between two runs.
    if (folder === null) loaded.set(path, result);
  }
  return result;
}
