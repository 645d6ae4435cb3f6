// The browser reads the gazetteer from its own origin, as the command line reads it from disk.
import { readFileSync } from "node:fs";
import { QueryClient } from "@tanstack/react-query";
import { describe, expect, it } from "vitest";
import { gazetteerQuery } from "../../src/data/queries";

describe("gazetteerQuery", () => {
  it("reads index.csv and the province files under the app's gazetteer/ path, and never rejects", async () => {
    const asked: string[] = [];
    const read = async (url: string) => {
      asked.push(url);
      return url.startsWith("gazetteer/") ? readFileSync(`public/${url}`, "utf8") : null;
    };
    const loaded = await new QueryClient().fetchQuery(gazetteerQuery("gazetteer/", read));
    expect(asked).toEqual(["gazetteer/index.csv", "gazetteer/son-la.csv"]);
    expect(loaded.messages).toEqual([]);
    expect(loaded.gazetteer.provinces.map((province) => [province.province, province.units.length])).toEqual([
      ["Tỉnh Sơn La", 277],
    ]);
    const failing = async () => {
      throw new Error("HTTP 500");
    };
    const broken = await new QueryClient().fetchQuery(gazetteerQuery("other/", failing));
    expect(broken.gazetteer.provinces).toEqual([]);
    expect(broken.messages[0]).toMatchObject({ code: "gazetteer-file-missing", file: "other/index.csv" });
    expect(broken.messages[0]?.text.en).toContain("HTTP 500");
  });
});
