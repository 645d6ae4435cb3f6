// Every format reader, fed what fast-check can make of its format: none throws. A reader's own
// way to fail is a message in the layer it returns (RawLayer.unreadable); the engine's one
// deliberate throw is the AbortError of a cancelled import (progress.ts).
import fc from "fast-check";
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { importFile } from "../../../src/data/import";
import { readCsv } from "../../../src/data/import/formats/csv";
import { readGeoJson, readNdjson } from "../../../src/data/import/formats/geojson";
import { readKml, readKmz } from "../../../src/data/import/formats/kml";
import type { RawLayer } from "../../../src/data/import/formats/raw-layer";
import { boundedDbf, readShapefileZip } from "../../../src/data/import/formats/shapefile";
import { readTopoJson } from "../../../src/data/import/formats/topojson";
import { pointShapefile } from "../../fixtures/import/shapefile-writer";

const RUNS = { numRuns: 150 };

function expectLayer(layer: RawLayer) {
  expect(Array.isArray(layer.features)).toBe(true);
  if (layer.unreadable) expect(layer.features).toEqual([]);
  for (const message of layer.messages) {
    expect(message.text.vi.length).toBeGreaterThan(0);
    expect(message.text.en.length).toBeGreaterThan(0);
  }
}

/** Text with a few characters deleted, doubled or replaced: a file cut or corrupted in transit. */
const mutated = (base: fc.Arbitrary<string>) =>
  fc
    .tuple(
      base,
      fc.array(
        fc.tuple(fc.nat(), fc.constantFrom("", "[", "]", "{", "}", '"', ",", "<", ">", "&", "\\", "\u0000")),
        { maxLength: 6 },
      ),
    )
    .map(([text, edits]) =>
      edits.reduce((current, [at, insert]) => {
        const position = current.length === 0 ? 0 : at % current.length;
        return current.slice(0, position) + insert + current.slice(position + 1);
      }, text),
    );

const feature = fc.record(
  {
    type: fc.constantFrom("Feature", "feature", "FeatureCollection", 7),
    id: fc.jsonValue(),
    geometry: fc.oneof(
      fc.jsonValue(),
      fc.record({
        type: fc.constantFrom("Point", "Polygon", "GeometryCollection", "x"),
        coordinates: fc.jsonValue(),
      }),
    ),
    properties: fc.oneof(
      fc.jsonValue(),
      fc.dictionary(
        fc.constantFrom("constructor", "__proto__", "code", "name", "toString", "$name"),
        fc.jsonValue(),
      ),
    ),
  },
  { requiredKeys: [] },
);
const geojsonText = fc.oneof(
  fc.string(),
  fc.jsonValue().map((value) => JSON.stringify(value) ?? "null"),
  mutated(
    fc
      .array(feature, { maxLength: 5 })
      .map((features) => JSON.stringify({ type: "FeatureCollection", features })),
  ),
);

const cell = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.constantFrom(
    '"',
    '""',
    ",",
    ";",
    "\n",
    "\r\n",
    "=1+1",
    "21,5",
    "103.6",
    "__proto__",
    "lat",
    "lon",
    "wkt",
    "POINT (1 2)",
    "POLYGON ((",
    "\ufeff",
  ),
);
const csvText = fc.oneof(
  fc.string(),
  fc
    .tuple(fc.constantFrom(",", ";", "\t", "|"), fc.array(fc.array(cell, { maxLength: 6 }), { maxLength: 6 }))
    .map(([delimiter, rows]) => rows.map((row) => row.join(delimiter)).join("\n")),
);

const xmlToken = fc.constantFrom(
  "<kml>",
  "</kml>",
  "<Document>",
  "</Document>",
  "<Folder>",
  "</Folder>",
  "<Placemark>",
  "</Placemark>",
  "<name>",
  "</name>",
  "<Point><coordinates>103.6,21.5</coordinates></Point>",
  "<coordinates>",
  "</coordinates>",
  "<Polygon><outerBoundaryIs><LinearRing><coordinates>1,1 2,2 1,1</coordinates></LinearRing></outerBoundaryIs></Polygon>",
  '<ExtendedData><Data name="code"><value>x</value></Data></ExtendedData>',
  '<!DOCTYPE kml [<!ENTITY a "aaaa">]>',
  "&a;",
  "&amp;",
  "<![CDATA[<script>]]>",
  "Bản Heo Trại",
  "<",
  ">",
  '"',
);
const kmlText = fc.oneof(
  fc.string(),
  fc.array(xmlToken, { maxLength: 30 }).map((tokens) => tokens.join("")),
);

const topologyText = fc.oneof(
  fc.string(),
  mutated(
    fc
      .record({
        type: fc.constantFrom("Topology", "topology"),
        transform: fc.option(fc.record({ scale: fc.jsonValue(), translate: fc.jsonValue() }), {
          nil: undefined,
        }),
        arcs: fc.oneof(
          fc.jsonValue(),
          fc.array(fc.array(fc.tuple(fc.integer(), fc.integer()), { maxLength: 4 }), { maxLength: 4 }),
        ),
        objects: fc.oneof(
          fc.jsonValue(),
          fc.dictionary(
            fc.string({ maxLength: 4 }),
            fc.record({
              type: fc.constantFrom(
                "Point",
                "LineString",
                "Polygon",
                "GeometryCollection",
                "MultiPoint",
                "x",
              ),
              arcs: fc.jsonValue(),
              coordinates: fc.jsonValue(),
              geometries: fc.jsonValue(),
              properties: fc.jsonValue(),
            }),
            { maxKeys: 3 },
          ),
        ),
      })
      .map((value) => JSON.stringify(value)),
  ),
);

async function zipOf(entries: [string, Uint8Array | string][]): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const [name, content] of entries) zip.file(name, content);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

const flipped = (bytes: Uint8Array, flips: [number, number][]) => {
  const copy = bytes.slice();
  for (const [at, value] of flips) if (copy.length > 0) copy[at % copy.length] = value;
  return copy;
};
const flips = fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 8 });
const encode = (text: string) => new TextEncoder().encode(text);
/** A real, valid Shapefile of two hamlets, for the corruptions below. */
const twoHamletShapefile = () =>
  pointShapefile(
    [
      [103.6, 21.5],
      [103.7, 21.4],
    ],
    ["code", "name"],
    [
      ["H1", "Bản Một"],
      ["H2", "Bản Hai"],
    ],
    encode,
  );

describe("no input makes a reader throw", { timeout: 180_000 }, () => {
  it("GeoJSON", () => {
    fc.assert(
      fc.property(geojsonText, (text) => expectLayer(readGeoJson(text, "a.geojson"))),
      RUNS,
    );
  });

  it("newline-delimited GeoJSON", () => {
    fc.assert(
      fc.property(fc.array(geojsonText, { maxLength: 5 }), (lines) =>
        expectLayer(readNdjson(lines.join("\n"), "a.ndjson")),
      ),
      RUNS,
    );
  });

  it("CSV", () => {
    fc.assert(
      fc.property(csvText, (text) => expectLayer(readCsv(text, "a.csv"))),
      RUNS,
    );
  });

  it("KML", () => {
    fc.assert(
      fc.property(kmlText, (text) => expectLayer(readKml(text, "a.kml"))),
      RUNS,
    );
  });

  it("TopoJSON", () => {
    fc.assert(
      fc.property(topologyText, (text) => expectLayer(readTopoJson(text, "a.topojson"))),
      RUNS,
    );
  });

  it("KMZ: arbitrary bytes, zips of anything, and corrupted zips of KML", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.uint8Array({ maxLength: 300 }).map((bytes) => Promise.resolve(bytes)),
          fc
            .array(
              fc.tuple(
                fc.constantFrom("doc.kml", "a.kml", "x.txt", "__MACOSX/doc.kml", "../doc.kml"),
                kmlText,
              ),
              { maxLength: 3 },
            )
            .map((entries) => zipOf(entries)),
          fc
            .tuple(kmlText, flips)
            .map(async ([text, edits]) => flipped(await zipOf([["doc.kml", text]]), edits)),
        ),
        async (bytes) => expectLayer(await readKmz(await bytes, "a.kmz")),
      ),
      { numRuns: 100 },
    );
  });

  it("zipped Shapefiles: arbitrary parts and corrupted real ones", async () => {
    const real = twoHamletShapefile();
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc
            .array(
              fc.tuple(
                fc.constantFrom("a.shp", "a.dbf", "a.prj", "a.cpg", "a.shx", "b.shp"),
                fc.uint8Array({ maxLength: 200 }),
              ),
              { maxLength: 4 },
            )
            .map((entries) => zipOf(entries)),
          fc.tuple(fc.constantFrom("shp", "dbf", "shx"), flips).map(([part, edits]) =>
            zipOf([
              ["a.shp", part === "shp" ? flipped(real.shp, edits) : real.shp],
              ["a.shx", part === "shx" ? flipped(real.shx, edits) : real.shx],
              ["a.dbf", part === "dbf" ? flipped(real.dbf, edits) : real.dbf],
            ]),
          ),
          fc.tuple(flips).map(async ([edits]) =>
            flipped(
              await zipOf([
                ["a.shp", real.shp],
                ["a.dbf", real.dbf],
              ]),
              edits,
            ),
          ),
        ),
        async (bytes) => expectLayer(await readShapefileZip(await bytes, "a.zip")),
      ),
      { numRuns: 100 },
    );
  });
});

describe("the engine's only throw", { timeout: 180_000 }, () => {
  it("is the AbortError of a cancelled import", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom("a.geojson", "a.csv", "a.kml", "a.kmz", "a.zip", "a.topojson"),
        fc.uint8Array({ minLength: 1, maxLength: 200 }),
        async (fileName, bytes) => {
          const controller = new AbortController();
          controller.abort();
          const outcome = await importFile(
            { fileName, bytes, kind: null, crs: null, fields: null },
            undefined,
            controller.signal,
          ).then(
            () => "resolved",
            (error: unknown) => (error as Error).name,
          );
          expect(outcome).toBe("AbortError");
        },
      ),
      { numRuns: 50 },
    );
  });
});

describe("a .dbf whose header claims more records than it holds", () => {
  it("is read for the records it holds, without looping over the claimed billions", async () => {
    const real = twoHamletShapefile();
    const corrupted = real.dbf.slice();
    corrupted[7] = 216; // the record count's high byte: about 3.6 billion records claimed
    const layer = await readShapefileZip(
      await zipOf([
        ["a.shp", real.shp],
        ["a.shx", real.shx],
        ["a.dbf", corrupted],
      ]),
      "a.zip",
    );
    expectLayer(layer);
    expect(layer.features.length).toBe(2);
    expect(new DataView(boundedDbf(corrupted).buffer).getUint32(4, true)).toBe(2);
  });
});
