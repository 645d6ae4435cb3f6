// A steward exports the same table month after month: the mapping confirmed once is offered
// again for any file with the same set of columns (order and case do not matter).
import { KINDS, type Kind } from "../../domain/types";

export interface ImportChoices {
  kind: Kind;
  /** null: let the engine detect it. */
  crs: string | null;
  /** Our property → their column. */
  fields: Record<string, string>;
}

const PREFIX = "binhyen.import.mapping:";

function fold(column: string): string {
  return column.normalize("NFC").trim().toLowerCase();
}

export function mappingKey(columns: readonly string[]): string {
  const folded = [...new Set(columns.map(fold))];
  return `${PREFIX}${JSON.stringify(folded.sort())}`;
}

export function rememberChoices(
  storage: Pick<Storage, "setItem"> | null,
  columns: readonly string[],
  choices: ImportChoices,
): void {
  if (columns.length === 0) return;
  try {
    storage?.setItem(mappingKey(columns), JSON.stringify(choices));
  } catch {
    // storage full or blocked: the mapping is simply proposed again next time
  }
}

function isChoices(value: unknown): value is ImportChoices {
  if (typeof value !== "object" || value === null) return false;
  const { kind, crs, fields } = value as Record<string, unknown>;
  return (
    KINDS.includes(kind as Kind) &&
    (crs === null || typeof crs === "string") &&
    typeof fields === "object" &&
    fields !== null &&
    Object.values(fields).every((column) => typeof column === "string")
  );
}

/**
 * Remembered columns are matched to this file's spelling of them ("Ten_Ban" for "ten_ban"); a
 * column the file lacks is dropped, so a stale entry never points at nothing.
 */
export function recallChoices(
  storage: Pick<Storage, "getItem"> | null,
  columns: readonly string[],
): ImportChoices | null {
  if (columns.length === 0) return null;
  try {
    const saved: unknown = JSON.parse(storage?.getItem(mappingKey(columns)) ?? "null");
    if (!isChoices(saved)) return null;
    const spelling = new Map(columns.map((column) => [fold(column), column]));
    const fields: Record<string, string> = {};
    for (const [property, column] of Object.entries(saved.fields)) {
      const own = spelling.get(fold(column));
      if (own !== undefined) fields[property] = own;
    }
    return { ...saved, fields };
  } catch {
    return null;
  }
}
