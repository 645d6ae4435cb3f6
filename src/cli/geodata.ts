// `npx tsx src/cli/geodata.ts <command> …`: the data steward's tool. Same loading code as the app
// (src/data), so what passes here loads in the browser. Each command lives in commands/ and is
// listed in COMMANDS.
// The messages' sentences with the command's own code (src/data/message-sentences.ts).
import "../data/sentences/all";
import { pathToFileURL } from "node:url";
import { type CliIo, type Command, EXIT_OK, EXIT_USAGE, nodeIo, UsageError } from "./cli-io";
import { checkCommand, DEFAULT_MANIFEST } from "./commands/check";
import { importCommand } from "./commands/import";
import { packCommand } from "./commands/pack";
import { planCommand } from "./commands/plan";
import { reportCommand } from "./commands/report";
import { tilesCommand } from "./commands/tiles";

export const COMMANDS: Record<string, Command> = {
  check: checkCommand,
  report: reportCommand,
  import: importCommand,
  plan: planCommand,
  pack: packCommand,
  tiles: tilesCommand,
};

function usage(): string {
  const lines = Object.values(COMMANDS).map((command) => `  ${command.usage}\n      ${command.summary}`);
  return `Usage: npx tsx src/cli/geodata.ts <command>\n\nCommands:\n${lines.join("\n")}\n\nWith no DIR or FILE, check reads ${DEFAULT_MANIFEST}.\n`;
}

export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const [name, ...args] = argv;
  if (name === "--help" || name === "-h" || name === "help") {
    io.stdout(usage());
    return EXIT_OK;
  }
  const command = name === undefined ? undefined : COMMANDS[name];
  if (!command) {
    io.stderr(
      `${name === undefined ? "No command given." : `Unknown command ${JSON.stringify(name)}.`}\n${usage()}`,
    );
    return EXIT_USAGE;
  }
  if (args.includes("--help") || args.includes("-h")) {
    io.stdout(`Usage: npx tsx src/cli/geodata.ts ${command.usage}\n  ${command.summary}\n`);
    return EXIT_OK;
  }
  try {
    return await command.run(args, io);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`${error.message}\n${usage()}`);
    return EXIT_USAGE;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await runCli(process.argv.slice(2), nodeIo);
}
