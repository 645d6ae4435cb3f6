// The import engine's pieces around the main flow (import-file.ts): sample rows for the field
// mapping, and which CRS a request means.
import type { Message } from "../../domain/types";
import { importMessage } from "../import-messages";
import { type Crs, parseCrs } from "./crs";
import type { ImportRequest } from "./import-types";

export function sampleProperties(features: readonly unknown[]): Record<string, unknown>[] {
  return features
    .slice(0, 500)
    .map((feature) => (feature as { properties?: unknown } | null)?.properties)
    .filter(
      (properties): properties is Record<string, unknown> =>
        typeof properties === "object" && properties !== null,
    );
}

export function resolveCrs(
  request: ImportRequest,
  declared: string | null,
  file: string,
  messages: Message[],
): Crs | null | "refused" {
  const text = request.crs ?? declared;
  if (text === null || text.trim() === "") return null;
  const crs = parseCrs(text);
  if (crs !== null) return crs;
  const found = JSON.stringify(text.length > 80 ? `${text.slice(0, 77)}…` : text);
  // A CRS the user typed must be right; one a file declares is only a hint.
  messages.push(
    importMessage("crs-unknown", { file }, { found }, request.crs !== null ? "error" : "warning"),
  );
  return request.crs !== null ? "refused" : null;
}
