// The single-file briefing: a template built once (dist/briefing-template.html: the read-only
// presentation app with its scripts, styles, fonts and MapLibre's worker inline) and filled with
// one deck and the data it shows. The same filling serves the browser's export and `geodata pack`.
import type { Layers } from "../domain/types";
import type { Deck } from "../state/deck";
import type { Language } from "../state/view";

export const BRIEFING_FORMAT = "binh-yen-briefing";
export const BRIEFING_VERSION = 1;
/** The template's file name in dist/, fetched by the app from its own origin. */
export const TEMPLATE_FILE = "briefing-template.html";
/** Where the template holds the payload; the element's text is replaced whole. */
export const PAYLOAD_ELEMENT_ID = "binhyen-briefing";
export const PAYLOAD_MARKER = `"__BINHYEN_BRIEFING_PAYLOAD__"`;

export interface BriefingPayload {
  format: typeof BRIEFING_FORMAT;
  version: typeof BRIEFING_VERSION;
  /** When the file was made, ISO 8601. */
  createdAt: string;
  language: Language;
  theme: "projector-light" | "projector-dark";
  deck: Deck;
  data: {
    title: string;
    sample: boolean;
    dataDate: string | null;
    source: string;
    layers: Layers;
  };
}

/**
 * JSON that cannot end its script element or open a comment in it: every "<" is escaped, which
 * JSON.parse reads back as the same character.
 */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value).replaceAll("<", "\\u003c");
}

/** The template with the payload in it; throws if the text is not the briefing template. */
export function fillTemplate(template: string, payload: BriefingPayload): string {
  const open = `<script type="application/json" id="${PAYLOAD_ELEMENT_ID}">${PAYLOAD_MARKER}</script>`;
  const at = template.indexOf(open);
  if (at < 0) throw new Error(`${TEMPLATE_FILE} is not the briefing template (its data element is missing).`);
  const start = at + open.indexOf(PAYLOAD_MARKER);
  return `${template.slice(0, start)}${scriptSafeJson(payload)}${template.slice(start + PAYLOAD_MARKER.length)}`;
}

/** "3,2 MB" / "3.2 MB": the size a user is told before downloading. */
export function formatSize(bytes: number, language: Language): string {
  const megabytes = bytes / 1_000_000;
  const text = megabytes >= 1 ? megabytes.toFixed(1) : (bytes / 1000).toFixed(0);
  const unit = megabytes >= 1 ? "MB" : "kB";
  return `${language === "vi" ? text.replace(".", ",") : text} ${unit}`;
}

/** The payload read back in the briefing file; null when it is missing or not ours. */
export function readPayload(text: string | null | undefined): BriefingPayload | null {
  if (!text) return null;
  try {
    const value = JSON.parse(text) as Partial<BriefingPayload>;
    if (value.format !== BRIEFING_FORMAT || value.version !== BRIEFING_VERSION) return null;
    if (!value.deck || !value.data?.layers) return null;
    return value as BriefingPayload;
  } catch {
    return null;
  }
}
