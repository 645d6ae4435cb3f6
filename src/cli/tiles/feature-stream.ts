// The features of a GeoJSON FeatureCollection read from a file one at a time, so a file of a
// million incidents never sits in memory whole. A byte-level scan finds each object of the
// root's "features" array (UTF-8 multi-byte characters never contain an ASCII brace or quote)
// and hands its text to JSON.parse.
import { createReadStream } from "node:fs";

const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COLON = 0x3a;
const FEATURES = Buffer.from("features");

export class FeatureStreamError extends Error {}

/** Each feature's JSON text, in file order. Throws FeatureStreamError when there is no features array. */
export async function* featureTexts(path: string, chunkBytes = 1 << 20): AsyncGenerator<string> {
  let depth = 0;
  let inString = false;
  let escaped = false;
  // The root's key being read and the last one read, to know when "features" opens.
  let keyParts: Buffer[] | null = null;
  let lastKey: Buffer | null = null;
  let inFeatures = false;
  let sawFeatures = false;
  let featureParts: Buffer[] | null = null;
  for await (const chunk of createReadStream(path, { highWaterMark: chunkBytes }) as AsyncIterable<Buffer>) {
    let featureStart = featureParts ? 0 : -1;
    let keyStart = keyParts ? 0 : -1;
    for (let index = 0; index < chunk.length; index++) {
      const byte = chunk[index] as number;
      if (inString) {
        if (escaped) escaped = false;
        else if (byte === BACKSLASH) escaped = true;
        else if (byte === QUOTE) {
          inString = false;
          if (keyParts) {
            keyParts.push(chunk.subarray(keyStart, index));
            lastKey = Buffer.concat(keyParts);
            keyParts = null;
            keyStart = -1;
          }
        }
        continue;
      }
      if (byte === QUOTE) {
        inString = true;
        if (depth === 1 && !featureParts) {
          keyParts = [];
          keyStart = index + 1;
        }
      } else if (byte === COLON) {
        // lastKey stays the key of the value that follows.
      } else if (byte === OPEN_OBJECT || byte === OPEN_ARRAY) {
        if (depth === 1 && byte === OPEN_ARRAY && lastKey?.equals(FEATURES)) {
          inFeatures = true;
          sawFeatures = true;
        } else if (depth === 2 && inFeatures && byte === OPEN_OBJECT) {
          featureParts = [];
          featureStart = index;
        }
        depth += 1;
      } else if (byte === CLOSE_OBJECT || byte === CLOSE_ARRAY) {
        depth -= 1;
        if (depth === 2 && featureParts && byte === CLOSE_OBJECT) {
          featureParts.push(chunk.subarray(featureStart, index + 1));
          yield Buffer.concat(featureParts).toString("utf8");
          featureParts = null;
          featureStart = -1;
        } else if (depth === 1 && inFeatures) inFeatures = false;
      }
    }
    if (featureParts && featureStart >= 0) featureParts.push(Buffer.from(chunk.subarray(featureStart)));
    if (keyParts && keyStart >= 0) keyParts.push(Buffer.from(chunk.subarray(keyStart)));
  }
  if (!sawFeatures)
    throw new FeatureStreamError(`${path}: no "features" array; a GeoJSON FeatureCollection is expected.`);
}
