// TanStack Query factories for the app. Every file is its own query, so one missing or broken
// file never holds up the others; neither query ever rejects: problems become reports.
import { queryOptions } from "@tanstack/react-query";
import type { Message } from "../domain/types";
import { type LoadedGazetteer, loadGazetteer } from "./gazetteer";
import { type ParsedManifest, parseManifest } from "./manifest";
import type { ManifestEntry } from "./manifest-types";
import { SentencesNotLoaded, withSentences } from "./message-sentences";
import { fileMessage } from "./messages";
import { type ParsedLayer, parseLayer, unreadable } from "./parse-layer";

/** Resolves with the body, null when the server says the file is not there; throws otherwise. */
export type FetchText = (url: string) => Promise<string | null>;

/**
 * Relative URLs resolve against the page, so the app only ever asks its own origin (the data
 * stays on the agency's server, see domain.md "Sensitivity").
 */
const fetchText: FetchText = async (url) => {
  const response = await fetch(url);
  if (response.status === 404 || response.status === 410) return null;
  if (!response.ok) throw new Error(`HTTP ${response.status} ${response.statusText}`.trim());
  return response.text();
};

function join(baseUrl: string, path: string): string {
  return baseUrl === "" || baseUrl.endsWith("/") ? `${baseUrl}${path}` : `${baseUrl}/${path}`;
}

function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

const MANIFEST_FILE = "manifest.json";

export function manifestQuery(baseUrl: string, read: FetchText = fetchText) {
  return queryOptions({
    queryKey: ["geodata", baseUrl, "manifest"] as const,
    // Its messages' sentences load with the first one (message-sentences.ts): a manifest with
    // something to say is read again once they are in.
    queryFn: (): Promise<ParsedManifest> =>
      withSentences(async () => {
        try {
          return parseManifest(await read(join(baseUrl, MANIFEST_FILE)), MANIFEST_FILE);
        } catch (error) {
          if (error instanceof SentencesNotLoaded) throw error;
          const message: Message = fileMessage(
            "file-unreadable",
            { file: MANIFEST_FILE },
            { found: reason(error) },
          );
          return { manifest: null, messages: [message] };
        }
      }),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

export function layerQuery(baseUrl: string, entry: ManifestEntry, read: FetchText = fetchText) {
  return queryOptions({
    queryKey: ["geodata", baseUrl, "layer", entry.path, entry.kind, entry.fields ?? {}] as const,
    queryFn: async (): Promise<ParsedLayer> => {
      const failed = (error: unknown) =>
        unreadable(
          entry.path,
          entry.kind,
          fileMessage("file-unreadable", { file: entry.path }, { found: reason(error) }),
        );
      let text: string | null;
      try {
        text = await read(join(baseUrl, entry.path));
      } catch (error) {
        return withSentences(() => failed(error));
      }
      // Read once; checked again only if it had something to say before the messages'
      // sentences were in (message-sentences.ts).
      return withSentences(() => {
        try {
          const parsed = parseLayer({ file: entry.path, kind: entry.kind, text, fields: entry.fields });
          performance.mark(`binhyen:parsed:${entry.path}`);
          return entry.adminPeriod ? { ...parsed, adminPeriod: entry.adminPeriod } : parsed;
        } catch (error) {
          if (error instanceof SentencesNotLoaded) throw error;
          return failed(error);
        }
      });
    },
    staleTime: Number.POSITIVE_INFINITY,
  });
}

/** Where the built app finds the gazetteer (public/gazetteer/ in the source): its own origin. */
export const GAZETTEER_BASE_URL = "gazetteer/";

/** The gazetteer of official units; never rejects: unreadable files become messages. */
export function gazetteerQuery(baseUrl: string = GAZETTEER_BASE_URL, read: FetchText = fetchText) {
  return queryOptions({
    queryKey: ["gazetteer", baseUrl] as const,
    // A gazetteer with something to say is read again once the messages' sentences are in.
    queryFn: (): Promise<LoadedGazetteer> => withSentences(() => loadGazetteer(read, baseUrl)),
    staleTime: Number.POSITIVE_INFINITY,
  });
}
