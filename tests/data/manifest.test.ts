import { describe, expect, it } from "vitest";
import { parseManifest } from "../../src/data/manifest";

describe("parseManifest", () => {
  it("reads a good manifest", () => {
    const text = JSON.stringify({
      title: "Huyện Thuận Châu",
      sample: true,
      dataDate: "2022-12-31",
      source: "mẫu",
      files: [{ path: "units.geojson", kind: "units", fields: { code: "MA_XA" } }],
    });
    expect(parseManifest(text, "manifest.json")).toEqual({
      manifest: {
        title: "Huyện Thuận Châu",
        sample: true,
        dataDate: "2022-12-31",
        source: "mẫu",
        files: [{ path: "units.geojson", kind: "units", fields: { code: "MA_XA" } }],
      },
      messages: [],
    });
  });

  it("reports a missing manifest and invalid JSON", () => {
    expect(parseManifest(null, "geodata/manifest.json").messages[0]?.code).toBe("manifest-missing");
    const broken = parseManifest('{"title": "x",\n"files": [}', "manifest.json");
    expect(broken.manifest).toBeNull();
    expect(broken.messages[0]?.text.en).toContain("line 2, column 11");
  });

  it("skips bad entries and keeps the good ones", () => {
    const text = JSON.stringify({
      title: "t",
      files: [
        { path: "units.geojson", kind: "units" },
        { path: "x.geojson", kind: "communes" },
        { path: "../secret.json", kind: "units" },
        { path: "https://example.org/a.geojson", kind: "units" },
        { path: "units.geojson", kind: "units" },
        { kind: "hamlets" },
        { path: "h.geojson", kind: "hamlets", fields: { code: 7 } },
      ],
    });
    const { manifest, messages } = parseManifest(text, "manifest.json");
    expect(manifest?.files).toEqual([{ path: "units.geojson", kind: "units" }]);
    expect(messages.map((message) => [message.featureIndex, message.code, message.property])).toEqual([
      [1, "manifest-bad-property", "kind"],
      [2, "manifest-bad-path", "path"],
      [3, "manifest-bad-path", "path"],
      [4, "manifest-duplicate-path", "path"],
      [5, "manifest-bad-property", "path"],
      [6, "manifest-bad-property", "fields"],
    ]);
    expect(messages[0]?.text.vi).toContain("mục số 1");
  });

  it("falls back on a missing title and a bad date with a warning", () => {
    const { manifest, messages } = parseManifest(
      JSON.stringify({ dataDate: "someday", files: [] }),
      "m.json",
    );
    expect(manifest).toMatchObject({ title: "Bình Yên", dataDate: null, sample: false, source: "" });
    expect(messages.map((message) => [message.level, message.property])).toEqual([
      ["warning", "title"],
      ["warning", "dataDate"],
    ]);
  });
});
