// The hostile corpus, continued (see cases.ts): broken text and encodings, hostile geometry and
// types, CSV, KML and TopoJSON.
import { expect } from "vitest";
import type { HostileCase } from "./cases";
import { collectionText, hamlet } from "./generators";

const encoder = new TextEncoder();
const text = (value: string) => () => encoder.encode(value);
const features = (list: unknown[]) => text(collectionText(list));
const withGeometry = (geometry: unknown, properties: Record<string, unknown> = {}) => ({
  type: "Feature",
  geometry,
  properties: { code: "H1", name: "Bản Một", ...properties },
});
const first = (result: { collection: { features: { properties: unknown }[] } }) =>
  result.collection.features[0]?.properties as Record<string, unknown>;

const textCases: HostileCase[] = [
  {
    name: "JSON cut off in the middle of a string",
    fileName: "cut.geojson",
    bytes: text('{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"name":"Bản'),
    kind: "hamlets",
    codes: ["json-syntax"],
  },
  {
    name: "NUL bytes inside the JSON",
    fileName: "nul.geojson",
    bytes: () => new Uint8Array([...encoder.encode('{"type":"Featu'), 0, 0, ...encoder.encode('re"}')]),
    kind: "hamlets",
    codes: ["json-syntax"],
  },
  {
    name: "bytes that are not UTF-8 in a GeoJSON file",
    fileName: "hong-utf8.geojson",
    bytes: () =>
      new Uint8Array([
        ...encoder.encode(collectionText([hamlet(1, { name: "B" })])).slice(0, -3),
        0xff,
        0xfe,
        0x5d,
        0x7d,
      ]),
    kind: "hamlets",
    check: (result) => expect(result.counts.accepted + result.counts.rejected).toBe(result.counts.read),
  },
  {
    name: "a lone surrogate in a name",
    fileName: "surrogate.geojson",
    bytes: text(collectionText([hamlet(1)]).replace("Bản 1", "Bản \\ud800")),
    kind: "hamlets",
    accepted: 1,
  },
  {
    name: "right-to-left override and zero-width characters in a name are kept as written",
    fileName: "rlo.geojson",
    bytes: features([hamlet(1, { ghiChu: "Bản\u202eiạrT oeH\u200b" })]),
    kind: "hamlets",
    accepted: 1,
    check: (result) => expect(first(result).ghiChu).toBe("Bản\u202eiạrT oeH\u200b"),
  },
  {
    name: "control characters in values",
    fileName: "dieu-khien.geojson",
    bytes: features([hamlet(1, { ghiChu: "a\u0000b\u0007c\u001bd" })]),
    kind: "hamlets",
    accepted: 1,
  },
  {
    name: "a script tag in a name stays text, pointed out",
    fileName: "script.geojson",
    bytes: features([hamlet(1, { name: '<img src=x onerror="alert(1)"><script>alert(1)</script>' })]),
    kind: "hamlets",
    accepted: 1,
    codes: ["html-in-text"],
  },
  {
    name: "a file of only a byte-order mark",
    fileName: "bom.geojson",
    bytes: () => new Uint8Array([0xef, 0xbb, 0xbf]),
    kind: "hamlets",
    check: (result) => expect(result.counts.accepted).toBe(0),
  },
  {
    name: "UTF-16 with its byte-order mark",
    fileName: "utf16.geojson",
    bytes: () => {
      const body = collectionText([hamlet(1)]);
      const bytes = new Uint8Array(2 + body.length * 2);
      bytes.set([0xff, 0xfe]);
      for (let index = 0; index < body.length; index++) bytes[2 + index * 2] = body.charCodeAt(index) & 0xff;
      return bytes;
    },
    kind: "hamlets",
    check: (result) => expect(result.counts.accepted + result.counts.rejected).toBe(result.counts.read),
  },
  {
    name: "a file of one JSON string a megabyte long",
    fileName: "chuoi.geojson",
    bytes: text(JSON.stringify("x".repeat(1 << 20))),
    kind: "hamlets",
    codes: ["geojson-not-features"],
  },
  {
    name: "newline-delimited lines that are not features",
    fileName: "dong.ndjson",
    bytes: text('{"a":1}\n[1,2]\n"x"\n{"type":"Feature"}\n'),
    kind: "hamlets",
    codes: ["not-a-feature"],
    accepted: 0,
  },
  {
    name: "a number with 400 digits",
    fileName: "so-dai.geojson",
    bytes: text(
      collectionText([hamlet(1)]).replace(
        '"unitCode":"03730"',
        `"unitCode":"03730","dan":${"9".repeat(400)}`,
      ),
    ),
    kind: "hamlets",
    accepted: 1,
  },
];

// ---------------------------------------------------------------------------------------------
// Geometry and types that are not what they claim.

const geometryCases: HostileCase[] = [
  {
    name: "coordinates of 1e308",
    fileName: "xa-xoi.geojson",
    bytes: features([withGeometry({ type: "Point", coordinates: [1e308, 1e308] })]),
    kind: "hamlets",
    rejected: 1,
  },
  {
    name: "coordinates as strings",
    fileName: "chuoi-toa-do.geojson",
    bytes: features([withGeometry({ type: "Point", coordinates: ["103.6", "21.5"] })]),
    kind: "hamlets",
    codes: ["coordinates-invalid"],
  },
  {
    name: "a point of 10,000 dimensions",
    fileName: "chieu.geojson",
    bytes: features([
      withGeometry({ type: "Point", coordinates: Array.from({ length: 10_000 }, () => 21.5) }),
    ]),
    kind: "hamlets",
    check: (result) => expect(result.counts.read).toBe(1),
  },
  {
    name: "empty coordinates",
    fileName: "rong-toa-do.geojson",
    bytes: features([withGeometry({ type: "Point", coordinates: [] })]),
    kind: "hamlets",
    codes: ["coordinates-invalid"],
    rejected: 1,
  },
  {
    name: "a geometry of an unknown type",
    fileName: "loai-la.geojson",
    bytes: features([withGeometry({ type: "Circle", radius: 5, coordinates: [103.6, 21.5] })]),
    kind: "hamlets",
    rejected: 1,
  },
  {
    name: "a geometry that is a string",
    fileName: "hinh-chuoi.geojson",
    bytes: features([withGeometry("POINT (103.6 21.5)")]),
    kind: "hamlets",
    rejected: 1,
  },
  {
    name: "a polygon whose ring is a single position",
    fileName: "vong-mot.geojson",
    bytes: features([
      {
        type: "Feature",
        geometry: { type: "Polygon", coordinates: [[[103.6, 21.5]]] },
        properties: { code: "03730", name: "Xã" },
      },
    ]),
    kind: "units",
    rejected: 1,
  },
  {
    name: "a multipolygon of 10,000 empty polygons",
    fileName: "da-giac-rong.geojson",
    bytes: features([
      {
        type: "Feature",
        geometry: { type: "MultiPolygon", coordinates: Array.from({ length: 10_000 }, () => []) },
        properties: { code: "03730", name: "Xã" },
      },
    ]),
    kind: "units",
    rejected: 1,
  },
  {
    name: "properties that are an array",
    fileName: "thuoc-tinh-mang.geojson",
    bytes: features([
      { type: "Feature", geometry: { type: "Point", coordinates: [103.6, 21.5] }, properties: ["H1", "Bản"] },
    ]),
    kind: "hamlets",
    codes: ["missing-property"],
    rejected: 1,
  },
  {
    name: "properties that are a string",
    fileName: "thuoc-tinh-chuoi.geojson",
    bytes: features([
      { type: "Feature", geometry: { type: "Point", coordinates: [103.6, 21.5] }, properties: "code=H1" },
    ]),
    kind: "hamlets",
    rejected: 1,
  },
  {
    name: "a feature id that is an object, kept as it is",
    fileName: "id-doi-tuong.geojson",
    bytes: features([{ ...hamlet(1), id: { a: [1, 2] } }]),
    kind: "hamlets",
    accepted: 1,
  },
  {
    name: "10,000 features with one code",
    fileName: "trung-ma.geojson",
    bytes: features(Array.from({ length: 10_000 }, () => hamlet(1))),
    kind: "hamlets",
    accepted: 1,
    rejected: 9_999,
    codes: ["duplicate-id", "messages-capped"],
  },
  {
    name: "a date that does not exist and a population below zero",
    fileName: "ngay-sai.geojson",
    bytes: features([hamlet(1, { modelSince: "2022-02-30", population: -5 })]),
    kind: "hamlets",
    codes: ["bad-value-dropped"],
  },
  {
    name: "an incident from the year 10000",
    fileName: "nam-xa.geojson",
    bytes: features([
      {
        type: "Feature",
        geometry: { type: "Point", coordinates: [103.6, 21.5] },
        properties: { id: "V1", date: "10000-01-01", category: "theft" },
      },
    ]),
    kind: "incidents",
    codes: ["bad-value"],
    rejected: 1,
  },
];

// ---------------------------------------------------------------------------------------------
// CSV, KML and TopoJSON that try something.

const csvCases: HostileCase[] = [
  {
    name: "CSV cells that are formulas are read as text",
    fileName: "cong-thuc.csv",
    bytes: text(
      'code,name,lat,lon,ghi_chu\nH1,Bản Một,21.5,103.6,"=HYPERLINK(""http://x.invalid"")"\nH2,@SUM(A1),21.5,103.61,-2+3\n',
    ),
    kind: "hamlets",
    accepted: 2,
    check: (result) => expect(first(result).ghi_chu).toBe('=HYPERLINK("http://x.invalid")'),
  },
  {
    name: "a CSV of 5,000 columns",
    fileName: "rong.csv",
    bytes: text(
      `code,name,lat,lon,${Array.from({ length: 5_000 }, (_, index) => `c${index}`).join(",")}\nH1,Bản,21.5,103.6,${"1,".repeat(4_999)}1\n`,
    ),
    kind: "hamlets",
    accepted: 1,
  },
  {
    name: "a CSV line of 2,000,000 characters",
    fileName: "dong-dai.csv",
    bytes: text(`code,name,lat,lon,note\nH1,Bản,21.5,103.6,${"x".repeat(2_000_000)}\n`),
    kind: "hamlets",
    accepted: 1,
    codes: ["value-huge"],
  },
  {
    name: "a __proto__ column in a CSV is kept",
    fileName: "proto.csv",
    bytes: text("code,name,lat,lon,__proto__\nH1,Bản,21.5,103.6,x\n"),
    kind: "hamlets",
    accepted: 1,
    check: (result) => expect(Object.hasOwn(first(result), "__proto__")).toBe(true),
  },
  {
    name: "an unterminated quote does not swallow the next row",
    fileName: "ngoac.csv",
    bytes: text('code,name,lat,lon\nH1,"Bản Một,21.5,103.6\nH2,Bản Hai,21.5,103.61\n'),
    kind: "hamlets",
    check: (result) =>
      expect(result.collection.features.map((feature) => feature.properties?.code)).toContain("H2"),
  },
  {
    name: "a UTF-8 row in a mostly Windows-1258 CSV is read as UTF-8",
    fileName: "tron-ma.csv",
    bytes: () => {
      // "Bản Mường" in Windows-1258 for the first rows, then one row in UTF-8.
      const legacy = new Uint8Array([0x42, 0xb6, 0x6e]); // not exact 1258 letters, enough to vote
      const head = encoder.encode("code,name,lat,lon\n");
      const rows: number[] = [];
      for (let index = 0; index < 20; index++)
        rows.push(...encoder.encode(`L${index},`), ...legacy, ...encoder.encode(",21.5,103.6\n"));
      rows.push(...encoder.encode("U1,Bản Mường,21.5,103.6\n"));
      return new Uint8Array([...head, ...rows]);
    },
    kind: "hamlets",
    check: (result) =>
      expect(result.collection.features.some((feature) => feature.properties?.name === "Bản Mường")).toBe(
        true,
      ),
  },
];

const kmlCases: HostileCase[] = [
  {
    name: "a billion-laughs entity bomb in KML expands nothing",
    fileName: "cuoi.kml",
    bytes: text(
      `<?xml version="1.0"?><!DOCTYPE kml [<!ENTITY a "aaaaaaaaaa">${Array.from(
        { length: 9 },
        (_, level) =>
          `<!ENTITY ${"b".repeat(level + 1)} "${`&${level === 0 ? "a" : "b".repeat(level)};`.repeat(10)}">`,
      ).join(
        "",
      )}]><kml><Document><Placemark><name>&bbbbbbbbb;</name><Point><coordinates>103.6,21.5</coordinates></Point></Placemark></Document></kml>`,
    ),
    kind: "sites",
    check: (result) => {
      const name = result.rejected.features[0]?.properties?.name ?? first(result)?.name;
      expect(String(name ?? "").length).toBeLessThan(1_000_000);
    },
  },
  {
    name: "an external entity in KML is not fetched or read",
    fileName: "xxe.kml",
    bytes: text(
      '<?xml version="1.0"?><!DOCTYPE kml [<!ENTITY x SYSTEM "file:///etc/passwd">]><kml><Document><Placemark><name>&x;</name><Point><coordinates>103.6,21.5</coordinates></Point></Placemark></Document></kml>',
    ),
    kind: "sites",
    check: (result) => expect(JSON.stringify(result)).not.toContain("root:"),
  },
  {
    name: "folders nested 20,000 deep in KML",
    fileName: "thu-muc.kml",
    bytes: text(`<kml><Document>${"<Folder>".repeat(20_000)}${"</Folder>".repeat(20_000)}</Document></kml>`),
    kind: "sites",
    check: (result) => expect(result.counts.accepted).toBe(0),
  },
  {
    name: "script in a KML description stays text",
    fileName: "mo-ta.kml",
    bytes: text(
      `<kml><Document><Placemark><name>Đồn</name><description><![CDATA[<script>alert(1)</script>]]></description><Point><coordinates>103.6,21.5</coordinates></Point></Placemark></Document></kml>`,
    ),
    kind: "sites",
    read: 1,
  },
  {
    name: "a TopoJSON arc index far out of range",
    fileName: "cung.topojson",
    bytes: text(
      '{"type":"Topology","arcs":[[[0,0],[1,1]]],"objects":{"a":{"type":"LineString","arcs":[99999999]}}}',
    ),
    kind: "units",
    check: (result) => expect(result.counts.accepted).toBe(0),
  },
  {
    name: "a TopoJSON transform that scales to infinity",
    fileName: "bien-doi.topojson",
    bytes: text(
      '{"type":"Topology","transform":{"scale":[1e308,1e308],"translate":[0,0]},"arcs":[],"objects":{"a":{"type":"Point","coordinates":[1e10,1e10],"properties":{"code":"H1","name":"B"}}}}',
    ),
    kind: "hamlets",
    rejected: 1,
  },
  {
    name: "a TopoJSON whose objects is a string",
    fileName: "doi-tuong.topojson",
    bytes: text('{"type":"Topology","arcs":[],"objects":"x"}'),
    kind: "hamlets",
    codes: ["topojson-invalid"],
  },
];

export const FORMAT_CASES: HostileCase[] = [...textCases, ...geometryCases, ...csvCases, ...kmlCases];
