// What every format reader hands the engine: features as read (GeoJSON-shaped, not yet checked),
// the CRS the file declares, and what the reader had to say.
import type { Message } from "../../../domain/types";

export interface RawLayer {
  /** Entries as read; normally GeoJSON Features, but anything a file holds is passed on. */
  features: unknown[];
  /** A CRS the file itself names (.prj text, GeoJSON "crs" member), or null. */
  declaredCrs: string | null;
  /** Set by readers that decode bytes themselves (Shapefile .dbf, KMZ). */
  encoding: string | null;
  messages: Message[];
  /** Set when the file could not be read at all; no features then. */
  unreadable: boolean;
}

export function rawLayer(features: unknown[], messages: Message[] = []): RawLayer {
  return { features, declaredCrs: null, encoding: null, messages, unreadable: false };
}

export function unreadableLayer(message: Message): RawLayer {
  return { features: [], declaredCrs: null, encoding: null, messages: [message], unreadable: true };
}

export function errorText(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.length > 200 ? `${text.slice(0, 197)}…` : text;
}
