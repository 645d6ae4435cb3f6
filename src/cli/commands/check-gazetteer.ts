// `geodata check` on gazetteer files: a folder with index.csv (public/gazetteer/), or a single
// province CSV. Every line and column it cannot use is named, as for data files.
import { basename } from "node:path";
import { GAZETTEER_INDEX, loadGazetteer } from "../../data/gazetteer";
import { gazetteerProblemMessage } from "../../data/gazetteer-messages";
import { parseGazetteerCsv } from "../../domain/gazetteer/parse-gazetteer";
import type { Level, Message } from "../../domain/types";
import type { CliIo } from "../cli-io";

export interface GazetteerCheck {
  path: string;
  provinces: number;
  units: number;
  messages: Message[];
}

const UNIT_HEADER = /^\uFEFF?"?period"?,"?code"?,/iu;

/** Whether a CSV file is a gazetteer province file rather than a data layer. */
export async function isGazetteerCsv(path: string, io: CliIo): Promise<boolean> {
  if (!path.toLowerCase().endsWith(".csv")) return false;
  const text = await io.readText(path);
  return text !== null && UNIT_HEADER.test(text.slice(0, 200));
}

export function isGazetteerFolder(names: readonly string[]): boolean {
  return names.includes(GAZETTEER_INDEX);
}

export async function checkGazetteer(path: string, io: CliIo, folder: boolean): Promise<GazetteerCheck> {
  if (folder) {
    const { gazetteer, messages } = await loadGazetteer(io.readText, path);
    const units = gazetteer.provinces.reduce((sum, province) => sum + province.units.length, 0);
    return { path, provinces: gazetteer.provinces.length, units, messages };
  }
  const text = (await io.readText(path)) ?? "";
  // A lone province file: its province is whatever index.csv beside it would say; the name will do.
  const { units, problems } = parseGazetteerCsv(text, path, basename(path, ".csv"));
  return { path, provinces: 1, units: units.length, messages: problems.map(gazetteerProblemMessage) };
}

const LABEL: Record<Level, string> = { error: "ERROR  ", warning: "warning", info: "info   " };

export function formatGazetteerCheck(check: GazetteerCheck): string {
  const errors = check.messages.filter((message) => message.level === "error").length;
  const status = errors > 0 ? "errors" : check.messages.length > 0 ? "warnings" : "ok";
  const head = `  ${check.path}: ${status} — ${check.provinces} province(s), ${check.units} unit row(s)\n`;
  const lines = check.messages
    .slice(0, 40)
    .map((message) => `    ${LABEL[message.level]} [${message.code}]\n             ${message.text.en}\n`);
  return `${head}${lines.join("")}`;
}

export const hasGazetteerErrors = (checks: readonly GazetteerCheck[]) =>
  checks.some((check) => check.messages.some((message) => message.level === "error"));
