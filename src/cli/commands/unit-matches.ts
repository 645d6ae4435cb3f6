// How the import tells a data steward which units were found by name, which need their
// confirmation (with the --unit answer to give), and which the gazetteer does not know.
import type { ImportResult } from "../../data/import";
import { ADMIN_PERIODS, type AdminPeriod } from "../../domain/types";
import { UsageError } from "../cli-io";

export function parseAdminPeriod(value: string | undefined): AdminPeriod {
  if (!ADMIN_PERIODS.includes(value as AdminPeriod))
    throw new UsageError(
      `--admin-period needs ${ADMIN_PERIODS.join(" or ")}; got ${JSON.stringify(value ?? "")}`,
    );
  return value as AdminPeriod;
}

const SHOWN = 20;

export function describeUnitMatches(result: ImportResult): string {
  const matches = result.unitMatches;
  if (!matches || matches.length === 0) return "";
  const count = (status: string) => matches.filter((match) => match.status === status).length;
  const where = [result.detection.province, result.detection.adminPeriod].filter(Boolean).join(", ");
  let text =
    `      units${where ? ` (${where})` : ""}: ${count("exact")} found by name, ${count("code")} by their own code, ` +
    `${count("chosen")} as chosen, ${count("suggested")} to confirm, ${count("unknown")} unknown\n`;
  const doubtful = matches.filter((match) => match.status === "suggested");
  for (const match of doubtful.slice(0, SHOWN)) {
    const options = match.candidates.map(
      (candidate) => `${candidate.code} ${candidate.name} (${candidate.distance})`,
    );
    const best = match.candidates[0];
    const answer = best && !match.ambiguous ? `; confirm with --unit "${match.nameInFile}=${best.code}"` : "";
    text += `        ${JSON.stringify(match.nameInFile)}${match.ambiguous ? " (ambiguous)" : ""}: ${options.join(", ")}${answer}\n`;
  }
  if (doubtful.length > SHOWN)
    text += `        … and ${doubtful.length - SHOWN} more; use --json to see all\n`;
  return text;
}
