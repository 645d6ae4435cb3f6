// The page loads the data checks' sentences with its first message (src/data/message-sentences.ts),
// not with its own code: a clean export is read without them, and what has something to say
// comes out worded exactly as where they load with the code (the command line, the workers and
// the other tests, through tests/setup-sentences.ts).
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { QueryClient } from "@tanstack/react-query";
import { describe, expect, it, vi } from "vitest";
import * as loadedDataset from "../../src/data/dataset";
import * as loadedQueries from "../../src/data/queries";

const fixtures = fileURLToPath(new URL("../fixtures/geodata/", import.meta.url));

// The valid fixture with one hamlet whose unit is nowhere: the join has something to say.
const UNPLACED = ["valid-unplaced/", "valid/"] as const;
const read = async (url: string): Promise<string | null> => {
  const path = url.startsWith(UNPLACED[0]) ? url.replace(UNPLACED[0], UNPLACED[1]) : url;
  try {
    const text = await readFile(`${fixtures}${path}`, "utf8");
    return url === `${UNPLACED[0]}hamlets.geojson`
      ? text
          .replace('"unitCode": "03733", "unitName": "Xã Chiềng La"', '"unitCode": "99999"')
          .replace("[103.69, 21.50]", "[105.9, 21.0]")
      : text;
  } catch {
    return null;
  }
};

/** The page's modules: fresh, so the sentences the other tests load with the code are not in. */
async function pageModules() {
  vi.resetModules();
  return {
    sentences: await import("../../src/data/message-sentences"),
    config: await import("../../src/data/config"),
    queries: await import("../../src/data/queries"),
    dataset: await import("../../src/data/dataset"),
  };
}

async function readAll(queries: typeof loadedQueries, folder: string) {
  const client = new QueryClient();
  const manifest = await client.fetchQuery(queries.manifestQuery(folder, read));
  const layers = await Promise.all(
    (manifest.manifest?.files ?? []).map((entry) =>
      client.fetchQuery(queries.layerQuery(folder, entry, read)),
    ),
  );
  return { manifest, layers };
}

describe("the data checks' sentences in the page", () => {
  it("are not loaded to read a clean export", async () => {
    const { sentences, queries } = await pageModules();
    const { manifest, layers } = await readAll(queries, "valid/");
    expect(manifest.messages).toEqual([]);
    expect(layers.map((layer) => layer.report.status)).toEqual(["ok", "ok", "ok", "ok", "ok"]);
    expect(sentences.sentencesLoaded()).toBe(false);
    expect(() => sentences.sentences()).toThrow(sentences.SentencesNotLoaded);
  });

  it("load with a file's first message, which comes out as where they load with the code", async () => {
    const { sentences, queries } = await pageModules();
    const page = await readAll(queries, "broken/");
    expect(sentences.sentencesLoaded()).toBe(true);
    const messages = page.layers.flatMap((layer) => layer.report.messages);
    expect(messages.length).toBeGreaterThan(3);
    for (const message of messages) {
      expect(message.text.vi).toMatch(/^Tệp \S+/u);
      expect(message.text.en).toContain(message.file);
    }
    expect(page).toEqual(await readAll(loadedQueries, "broken/"));
  });

  it("hold back a join with something to say inside a render, which runs again once they are in", async () => {
    const { sentences, queries, dataset } = await pageModules();
    const { manifest, layers } = await readAll(queries, "valid-unplaced/");
    expect(sentences.sentencesLoaded()).toBe(false);
    const assemble = () => dataset.assembleDataset(manifest.manifest, layers, manifest.messages, null);
    expect(sentences.attemptWithSentences(false, assemble)).toBeNull();
    await sentences.loadSentences();
    const assembled = sentences.attemptWithSentences(sentences.sentencesLoaded(), assemble);
    expect(assembled?.report.join.map((message) => message.code)).toEqual(["join-unmatched"]);
    expect(assembled?.report.join[0]?.text.vi).toContain("Bản Nà La");
    const loaded = loadedDataset.assembleDataset(manifest.manifest, layers, manifest.messages, null);
    expect(assembled?.report).toEqual(loaded.report);
    expect(() =>
      sentences.attemptWithSentences(false, () => {
        throw new RangeError("not about sentences");
      }),
    ).toThrow(RangeError);
  });

  it("hold back the deployer's configuration only when it has something to say", async () => {
    const { sentences, config } = await pageModules();
    vi.stubGlobal("window", { location: { origin: "http://localhost" } });
    const serve = (body: string) =>
      vi.stubGlobal(
        "fetch",
        async () => new Response(body, { headers: { "content-type": "application/json" } }),
      );
    try {
      serve('{"title": "Huyện Thuận Châu"}');
      const clean = await new QueryClient().fetchQuery(config.configQuery("geodata/"));
      expect(clean.config.title).toBe("Huyện Thuận Châu");
      expect(sentences.sentencesLoaded()).toBe(false);
      serve('{"title": 5, "language": "fr"}');
      const wrong = await new QueryClient().fetchQuery(config.configQuery("geodata/"));
      expect(sentences.sentencesLoaded()).toBe(true);
      expect(wrong.messages.map((message) => message.property)).toEqual(["title", "language"]);
      expect(wrong.messages[1]?.text.vi).toBe(
        'Tệp config.json, khóa “language” ("fr"): cần “vi” hoặc “en”; khóa này bị bỏ qua.',
      );
      expect(wrong.messages[1]?.text.en).toBe(
        'config.json, key “language” ("fr"): needs “vi” or “en”; the key was ignored.',
      );
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
