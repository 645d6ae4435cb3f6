// `geodata tiles [DIR] --out FILE.pmtiles`: the dataset as vector tiles in one PMTiles archive,
// with its per-commune and per-month tables beside it, for any static web server (see README,
// "The nation on a static server").
import { type CliIo, type Command, EXIT_DATA_ERRORS, EXIT_OK, UsageError } from "../cli-io";
import { buildTiles } from "../tiles/build-tiles";

function parseTilesArgs(args: readonly string[]): { geodata: string; out: string } {
  let geodata = "geodata";
  let out: string | null = null;
  for (let index = 0; index < args.length; index++) {
    const arg = args[index] as string;
    if (arg === "--out") {
      const next = args[index + 1];
      if (next === undefined || next.startsWith("--")) throw new UsageError("--out needs a value");
      out = next;
      index += 1;
    } else if (arg.startsWith("-")) throw new UsageError(`unknown option ${arg}`);
    else geodata = arg.replace(/\/+$/u, "");
  }
  if (!out) throw new UsageError("tiles needs --out FILE.pmtiles");
  if (!out.endsWith(".pmtiles")) throw new UsageError(`--out must end in .pmtiles; got ${out}`);
  return { geodata, out };
}

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

async function tiles(args: readonly string[], io: CliIo): Promise<number> {
  const { geodata, out } = parseTilesArgs(args);
  if ((await io.readText(`${geodata}/manifest.json`)) === null) {
    io.stderr(`No ${geodata}/manifest.json: give the dataset folder (geodata/ by default).\n`);
    return EXIT_DATA_ERRORS;
  }
  const summary = await buildTiles({ geodata, out, progress: (line) => io.stdout(`${line}\n`) });
  const { incidents } = summary;
  io.stdout(
    [
      "",
      `Wrote ${summary.archive}: ${summary.tiles.toLocaleString("en")} tiles, ${megabytes(summary.bytes)}, ` +
        `in ${summary.seconds.toFixed(1)} s (peak memory ${summary.peakMemoryMb} MB).`,
      `  incidents: ${incidents.read.toLocaleString("en")} read, ${incidents.placed.toLocaleString("en")} in tiles, ` +
        `${incidents.rejected} rejected, ${incidents.unjoined} in no commune`,
      `  figures per commune: ${summary.aggregates} (the app reads it), ${summary.communesCsv}`,
      `  incidents per commune, month and category: ${summary.monthsCsv}`,
      `To serve it, copy the four files next to manifest.json and add "tiles": "${summary.archive.split("/").pop()}" to it.`,
      "",
    ].join("\n"),
  );
  for (const problem of summary.problems) io.stderr(`${problem}\n`);
  return incidents.rejected > 0 ? EXIT_DATA_ERRORS : EXIT_OK;
}

export const tilesCommand: Command = {
  usage: "tiles [DIR] --out FILE.pmtiles",
  summary:
    "vector tiles of units, hamlets, sites and incidents in one PMTiles archive, with per-commune and per-month tables beside it",
  run: tiles,
};
