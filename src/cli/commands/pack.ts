// `geodata pack --out FILE.html`: one briefing file for a USB stick (src/briefing-file): the
// built template (dist/briefing-template.html) filled with a deck and the data of geodata/.
import { writeFile } from "node:fs/promises";
import {
  BRIEFING_FORMAT,
  BRIEFING_VERSION,
  type BriefingPayload,
  fillTemplate,
  formatSize,
  TEMPLATE_FILE,
} from "../../briefing-file/payload";
import { loadDataset } from "../../data/dataset";
import { parseDeck } from "../../state/deck-validate";
import type { Language } from "../../state/view";
import { sampleDeck } from "../../ui/briefing/sample-deck";
import { type CliIo, type Command, EXIT_DATA_ERRORS, EXIT_OK, UsageError } from "../cli-io";
import { hasErrors } from "./check";

interface PackArgs {
  out: string;
  deck: string | null;
  language: Language;
  theme: BriefingPayload["theme"];
  template: string;
  geodata: string;
}

function parsePackArgs(args: readonly string[]): PackArgs {
  const parsed: Partial<PackArgs> & Omit<PackArgs, "out"> = {
    deck: null,
    language: "vi",
    theme: "projector-light",
    template: `dist/${TEMPLATE_FILE}`,
    geodata: "geodata",
  };
  for (let index = 0; index < args.length; index++) {
    const arg = args[index] as string;
    const value = () => {
      const next = args[index + 1];
      if (next === undefined || next.startsWith("--")) throw new UsageError(`${arg} needs a value`);
      index += 1;
      return next;
    };
    if (arg === "--out") parsed.out = value();
    else if (arg === "--deck") parsed.deck = value();
    else if (arg === "--template") parsed.template = value();
    else if (arg === "--lang") {
      const language = value();
      if (language !== "vi" && language !== "en")
        throw new UsageError(`--lang needs vi or en; got ${language}`);
      parsed.language = language;
    } else if (arg === "--theme") {
      const theme = value();
      if (theme !== "light" && theme !== "dark")
        throw new UsageError(`--theme needs light or dark; got ${theme}`);
      parsed.theme = theme === "dark" ? "projector-dark" : "projector-light";
    } else if (arg.startsWith("-")) throw new UsageError(`unknown option ${arg}`);
    else parsed.geodata = arg.replace(/\/+$/u, "");
  }
  if (!parsed.out) throw new UsageError("pack needs --out FILE.html");
  return parsed as PackArgs;
}

async function pack(args: readonly string[], io: CliIo): Promise<number> {
  const options = parsePackArgs(args);
  const template = await io.readText(options.template);
  if (template === null) {
    io.stderr(`No ${options.template}: run \`npm run build\` first (it builds the briefing template).\n`);
    return EXIT_DATA_ERRORS;
  }
  const dataset = await loadDataset(io.readText, `${options.geodata}/manifest.json`);
  if (hasErrors(dataset.report))
    io.stderr(`Warning: ${options.geodata} has errors (see \`geodata check\`); packed what could be read.\n`);
  let deck = sampleDeck(options.language);
  if (options.deck) {
    const text = await io.readText(options.deck);
    const parsed = text === null ? null : parseDeck(text);
    if (!parsed?.ok) {
      const reasons =
        parsed && !parsed.ok ? parsed.errors.map((error) => error.en).join("; ") : "no such file";
      io.stderr(`Cannot use the deck ${options.deck}: ${reasons}\n`);
      return EXIT_DATA_ERRORS;
    }
    deck = parsed.deck;
  }
  const { layers, title, sample, dataDate, source } = dataset;
  const payload: BriefingPayload = {
    format: BRIEFING_FORMAT,
    version: BRIEFING_VERSION,
    createdAt: new Date().toISOString(),
    language: options.language,
    theme: options.theme,
    deck,
    data: { title, sample, dataDate, source, layers },
  };
  const page = fillTemplate(template, payload);
  const bytes = Buffer.byteLength(page, "utf8");
  await writeFile(options.out, page);
  const features = Object.values(layers).reduce((sum, layer) => sum + layer.features.length, 0);
  io.stdout(
    `Wrote ${options.out}: ${formatSize(bytes, "en")} (${bytes} bytes); ${deck.slides.length} slides, ` +
      `${features} features${sample ? ", sample data" : ""}${dataDate ? `, data as of ${dataDate}` : ""}.\n`,
  );
  return EXIT_OK;
}

export const packCommand: Command = {
  usage: "pack --out FILE.html [DIR] [--deck DECK.json] [--lang vi|en] [--theme light|dark]",
  summary:
    "one .html briefing file that opens from a USB stick with no server or network: the deck (the sample deck by default) and the data of DIR (geodata/)",
  run: pack,
};
