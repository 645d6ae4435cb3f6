// Loads the gazetteer (public/gazetteer/: index.csv and one CSV per province) through a reader
// that the browser (fetch from the app's own origin) and the command line (the disk) each supply.
// Never fails: a missing or broken file becomes messages, and what could be read is used.
import { appendAll } from "../domain/arrays";
import type { Gazetteer, GazetteerProvince } from "../domain/gazetteer/gazetteer-types";
import { parseGazetteerCsv, parseGazetteerIndex } from "../domain/gazetteer/parse-gazetteer";
import type { Message } from "../domain/types";
import { gazetteerMessage, gazetteerProblemMessage } from "./gazetteer-messages";

/** Resolves with the text, null when there is no such file; may throw (network, permissions). */
export type ReadGazetteerText = (path: string) => Promise<string | null>;

export const GAZETTEER_INDEX = "index.csv";

export interface LoadedGazetteer {
  gazetteer: Gazetteer;
  messages: Message[];
}

function under(folder: string, file: string): string {
  return folder === "" || folder.endsWith("/") ? `${folder}${file}` : `${folder}/${file}`;
}

async function readOrMessage(read: ReadGazetteerText, path: string, messages: Message[]) {
  try {
    const text = await read(path);
    if (text === null) messages.push(gazetteerMessage("gazetteer-file-missing", { file: path }));
    return text;
  } catch (error) {
    const found = error instanceof Error ? error.message : String(error);
    messages.push(gazetteerMessage("gazetteer-file-missing", { file: path }, { found }));
    return null;
  }
}

/** folder: "gazetteer/" in the browser, "public/gazetteer" on the command line. */
export async function loadGazetteer(read: ReadGazetteerText, folder: string): Promise<LoadedGazetteer> {
  const messages: Message[] = [];
  const indexPath = under(folder, GAZETTEER_INDEX);
  const indexText = await readOrMessage(read, indexPath, messages);
  if (indexText === null) return { gazetteer: { provinces: [] }, messages };
  const index = parseGazetteerIndex(indexText, indexPath);
  appendAll(messages, index.problems.map(gazetteerProblemMessage));
  const provinces = await Promise.all(
    index.entries.map(async (entry): Promise<GazetteerProvince | null> => {
      const path = under(folder, entry.file);
      const text = await readOrMessage(read, path, messages);
      if (text === null) return null;
      const { units, problems } = parseGazetteerCsv(text, path, entry.province);
      appendAll(messages, problems.map(gazetteerProblemMessage));
      return units.length > 0 ? { province: entry.province, file: entry.file, units } : null;
    }),
  );
  return { gazetteer: { provinces: provinces.filter((province) => province !== null) }, messages };
}
