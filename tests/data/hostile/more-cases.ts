// The hostile corpus, continued (see cases.ts): zips, huge and long values, limits, broken text,
// hostile geometry and types, CSV, KML, TopoJSON.
import { expect } from "vitest";
import { LIMITS } from "../../../src/data/limits";
import type { HostileCase } from "./cases";
import { collectionText, hamlet } from "./generators";
import { deflatedRun, writeZip } from "./zip-writer";

const encoder = new TextEncoder();
const text = (value: string) => () => encoder.encode(value);
const features = (list: unknown[]) => text(collectionText(list));
const KML_POINT = `<?xml version="1.0" encoding="UTF-8"?><kml xmlns="http://www.opengis.net/kml/2.2"><Document><Placemark><name>Bản Heo Trại</name><Point><coordinates>103.645,21.512</coordinates></Point></Placemark></Document></kml>`;
const first = (result: { collection: { features: { properties: unknown }[] } }) =>
  result.collection.features[0]?.properties as Record<string, unknown>;

/** A 1 MB archive that unpacks to about 1 GB: the payload is deflated, never held whole. */
let bomb: { bytes: Uint8Array; size: number } | null = null;
const bombPayload = () => {
  bomb ??= deflatedRun(1 << 30);
  return bomb;
};

const zipCases: HostileCase[] = [
  {
    name: "a 1 MB KMZ that unpacks to 1 GB is refused before unpacking",
    fileName: "bom.kmz",
    bytes: () => writeZip([{ name: "doc.kml", deflated: bombPayload() }]),
    kind: "sites",
    codes: ["zip-too-large"],
    read: 0,
    check: () => expect(bombPayload().bytes.length).toBeLessThan(1_200_000),
  },
  {
    name: "a zipped Shapefile whose .shp unpacks to 1 GB is refused before unpacking",
    fileName: "bom-shp.zip",
    bytes: () =>
      writeZip([
        { name: "a.shp", deflated: bombPayload() },
        { name: "a.dbf", content: "x" },
      ]),
    kind: "sites",
    codes: ["zip-too-large"],
    read: 0,
  },
  {
    name: "a zip of 20,000 entries is refused",
    fileName: "nhieu-tep.zip",
    bytes: () =>
      writeZip(Array.from({ length: 20_000 }, (_, index) => ({ name: `f${index}.txt`, content: "" }))),
    kind: "sites",
    codes: ["zip-too-many-entries"],
  },
  {
    name: "a KMZ whose directory lies about a bomb's size is stopped while unpacking",
    fileName: "noi-doi.kmz",
    bytes: () =>
      writeZip([{ name: "doc.kml", deflated: deflatedRun(LIMITS.fileBytes + (8 << 20)), claimedSize: 100 }]),
    kind: "sites",
    codes: ["zip-too-large"],
  },
  {
    name: "a KMZ with a path-traversal entry name reads its KML and writes nothing",
    fileName: "duong-dan.kmz",
    bytes: () => writeZip([{ name: "../../../../tmp/doc.kml", content: KML_POINT }]),
    kind: "sites",
    read: 1,
  },
  {
    name: "a truncated KMZ",
    fileName: "cut.kmz",
    bytes: () => writeZip([{ name: "doc.kml", content: KML_POINT }]).slice(0, 40),
    kind: "sites",
    codes: ["zip-invalid"],
  },
  {
    name: "a zip within a zip is not a Shapefile, and says what it holds",
    fileName: "long-nhau.zip",
    bytes: () => writeZip([{ name: "inner.zip", content: writeZip([{ name: "a.txt", content: "x" }]) }]),
    kind: "sites",
    codes: ["zip-unrecognised"],
  },
  {
    name: "a KMZ whose KML is not XML",
    fileName: "hong.kmz",
    bytes: () => writeZip([{ name: "doc.kml", content: "<kml><Placemark>" }]),
    kind: "sites",
    check: (result) => expect(result.counts.accepted).toBe(0),
  },
];

// ---------------------------------------------------------------------------------------------
// Long values, big files and the limits.

const longCases: HostileCase[] = [
  {
    name: "a hamlet named with 1,000,000 characters is kept whole, with a warning",
    fileName: "ten-dai.geojson",
    bytes: features([hamlet(1, { name: `Bản ${"Dài ".repeat(250_000)}` })]),
    kind: "hamlets",
    accepted: 1,
    codes: ["value-huge"],
    check: (result) => {
      expect((first(result).name as string).length).toBeGreaterThan(1_000_000);
      for (const message of result.messages) expect(message.text.en.length).toBeLessThan(2_000);
    },
  },
  {
    name: "a property name of 100,000 characters",
    fileName: "cot-dai.geojson",
    bytes: features([hamlet(1, { ["c".repeat(100_000)]: 1 })]),
    kind: "hamlets",
    accepted: 1,
    check: (result) => {
      for (const message of result.messages) expect(message.text.en.length).toBeLessThan(2_000);
    },
  },
  {
    name: "a code of 1,000,000 characters, quoted short in messages",
    fileName: "ma-dai.geojson",
    bytes: features([hamlet(1, { code: "M".repeat(1_000_000), population: -1 })]),
    kind: "hamlets",
    codes: ["bad-value"],
    check: (result) => {
      for (const message of result.messages) expect(message.text.en.length).toBeLessThan(2_000);
    },
  },
  {
    name: "a file of 2,000,001 entries is over the features limit",
    fileName: "qua-nhieu.geojson",
    bytes: text(`{"type":"FeatureCollection","features":[${"0,".repeat(LIMITS.features)}0]}`),
    kind: "incidents",
    codes: ["too-many-features"],
    read: 0,
  },
  {
    name: "a file over the size limit is refused unread",
    fileName: "qua-lon.geojson",
    bytes: () => new Uint8Array(LIMITS.fileBytes + 1),
    kind: "incidents",
    codes: ["file-too-large"],
    read: 0,
  },
  {
    name: "every feature with the same problem: a thousand messages and one that counts the rest",
    fileName: "cung-loi.geojson",
    bytes: features(Array.from({ length: 3_000 }, (_, index) => hamlet(index, { population: "nhiều" }))),
    kind: "hamlets",
    codes: ["messages-capped"],
    check: (result) => {
      expect(result.messages.filter((message) => message.code === "bad-value")).toHaveLength(1_000);
      expect(result.messages.find((message) => message.code === "messages-capped")?.text.en).toContain(
        "2000 more",
      );
    },
  },
  {
    name: "a feature with 20,000 properties",
    fileName: "rong.geojson",
    bytes: features([
      hamlet(1, Object.fromEntries(Array.from({ length: 20_000 }, (_, index) => [`c${index}`, index]))),
    ]),
    kind: "hamlets",
    accepted: 1,
  },
  {
    name: "a polygon of 200,000 vertices",
    fileName: "nhieu-dinh.geojson",
    bytes: () => {
      const ring = Array.from({ length: 200_000 }, (_, index) => {
        const angle = (2 * Math.PI * index) / 200_000;
        return [103.6 + 0.05 * Math.cos(angle), 21.5 + 0.05 * Math.sin(angle)];
      });
      ring.push(ring[0] as number[]);
      return encoder.encode(
        collectionText([
          {
            type: "Feature",
            geometry: { type: "Polygon", coordinates: [ring] },
            properties: { code: "03730", name: "Xã Chiềng Pha" },
          },
        ]),
      );
    },
    kind: "units",
    accepted: 1,
  },
];

export const ZIP_AND_LONG_CASES: HostileCase[] = [...zipCases, ...longCases];
