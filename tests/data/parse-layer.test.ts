import { describe, expect, it } from "vitest";
import { lineAndColumn, parseLayer } from "../../src/data/parse-layer";

const collection = (features: unknown[]) => JSON.stringify({ type: "FeatureCollection", features });
const unitFeature = (properties: Record<string, unknown>, ring: number[][]) => ({
  type: "Feature",
  geometry: { type: "Polygon", coordinates: [ring] },
  properties,
});
const clockwise = [
  [103.6, 21.48],
  [103.6, 21.54],
  [103.66, 21.54],
  [103.66, 21.48],
  [103.6, 21.48],
];

describe("parseLayer", () => {
  it("reports a missing file without throwing", () => {
    const { collection: result, report } = parseLayer({ file: "units.geojson", kind: "units", text: null });
    expect(result.features).toEqual([]);
    expect(report.status).toBe("missing");
    expect(report.messages[0]).toMatchObject({ level: "error", code: "file-missing", file: "units.geojson" });
  });

  it("gives line and column of a JSON syntax error", () => {
    const text = '{\n  "type": "FeatureCollection",\n  "features": [,]\n}';
    const { report } = parseLayer({ file: "bad.geojson", kind: "units", text });
    expect(report.status).toBe("unreadable");
    expect(report.messages[0]?.code).toBe("json-syntax");
    expect(report.messages[0]?.text.en).toContain("line 3, column 16");
    expect(report.messages[0]?.text.vi).toContain("dòng 3, cột 16");
  });

  it("counts lines and columns from 1", () => {
    expect(lineAndColumn("ab\ncd", 0)).toEqual({ line: 1, column: 1 });
    expect(lineAndColumn("ab\ncd", 4)).toEqual({ line: 2, column: 2 });
  });

  it("explains a single Feature or a bare geometry", () => {
    const feature = parseLayer({ file: "one.geojson", kind: "hamlets", text: '{"type":"Feature"}' });
    expect(feature.report.status).toBe("unreadable");
    expect(feature.report.messages[0]?.text.en).toContain("a single Feature, not a FeatureCollection");
    expect(feature.report.messages[0]?.text.vi).toContain(
      "là một Feature đơn lẻ, không phải FeatureCollection",
    );
    const geometry = parseLayer({
      file: "g.geojson",
      kind: "hamlets",
      text: '{"type":"Point","coordinates":[0,0]}',
    });
    expect(geometry.report.messages[0]?.text.en).toContain("a Point, not a FeatureCollection");
  });

  it("applies the field mapping, restores the code, rewinds, and keeps the original columns", () => {
    const text = collection([
      unitFeature({ MA_XA: 3730, TEN_XA: "Xã Chiềng Pha", GID_3: "VNM.1" }, clockwise),
    ]);
    const { collection: result, report } = parseLayer({
      file: "units.geojson",
      kind: "units",
      text,
      fields: { code: "MA_XA", name: "TEN_XA", district: "TEN_HUYEN" },
    });
    expect(report).toMatchObject({ status: "warnings", read: 1, accepted: 1, repaired: 1, rejected: 0 });
    const properties = result.features[0]?.properties;
    expect(properties).toMatchObject({ code: "03730", name: "Xã Chiềng Pha", GID_3: "VNM.1", MA_XA: 3730 });
    const codeMessage = report.messages.find((message) => message.code === "code-leading-zeros");
    expect(codeMessage).toMatchObject({
      level: "warning",
      featureIndex: 0,
      featureId: "03730",
      property: "code",
      found: "3730",
    });
    expect(codeMessage?.text.vi).toContain('đã khôi phục thành "03730"');
    expect(report.messages.some((message) => message.code === "ring-rewound")).toBe(true);
    expect(report.messages).toContainEqual(
      expect.objectContaining({ code: "field-unused", property: "district" }),
    );
    const ring = result.features[0]?.geometry.coordinates[0] as number[][];
    expect(ring[1]).toEqual([103.66, 21.48]);
  });

  it("keeps HTML as plain text and reports it", () => {
    const text = collection([
      {
        type: "Feature",
        geometry: { type: "Point", coordinates: [103.6, 21.5] },
        properties: { code: "S-1", name: "<img src=x onerror=alert(1)>", siteType: "công an xã" },
      },
    ]);
    const { collection: result, report } = parseLayer({ file: "sites.geojson", kind: "sites", text });
    expect(result.features[0]?.properties.name).toBe("<img src=x onerror=alert(1)>");
    expect(result.features[0]?.properties.siteType).toBe("police-post");
    expect(report.messages[0]).toMatchObject({ level: "info", code: "html-in-text", property: "name" });
  });

  it("writes every message in both languages, NFC, naming the file and feature", () => {
    const text = collection([{ type: "Feature", geometry: null, properties: { code: "H" } }, "nonsense"]);
    const { report } = parseLayer({ file: "hamlets.geojson", kind: "hamlets", text });
    expect(report).toMatchObject({ status: "errors", read: 2, accepted: 0, rejected: 2 });
    for (const message of report.messages) {
      expect(message.text.vi).toMatch(/^Tệp hamlets\.geojson, đối tượng số \d/u);
      expect(message.text.en).toMatch(/^hamlets\.geojson, feature #\d/u);
      expect(message.text.vi).toBe(message.text.vi.normalize("NFC"));
    }
    expect(report.messages.map((message) => message.code)).toEqual(
      expect.arrayContaining(["geometry-missing", "missing-property", "not-a-feature"]),
    );
  });
});
