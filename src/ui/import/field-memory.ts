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

export function mappingKey(columns: readonly string[]): string {
  const folded = [...new Set(columns.map((column) => column.normalize("NFC").trim().toLowerCase()))];
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

/** Only columns the file still has are kept: a stale entry never points at nothing. */
export function recallChoices(
  storage: Pick<Storage, "getItem"> | null,
  columns: readonly string[],
): ImportChoices | null {
  if (columns.length === 0) return null;
  try {
    const saved: unknown = JSON.parse(storage?.getItem(mappingKey(columns)) ?? "null");
    if (!isChoices(saved)) return null;
    const present = new Set(columns);
    const fields = Object.fromEntries(
      Object.entries(saved.fields).filter(([, column]) => present.has(column)),
    );
    return { ...saved, fields };
  } catch {
    return null;
  }
}
