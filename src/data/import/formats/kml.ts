// KML from Google Earth and KMZ (a zip holding doc.kml), through @tmcw/togeojson on an
// @xmldom/xmldom document, so it runs in node and in a worker alike.
import { kml } from "@tmcw/togeojson";
import { DOMParser } from "@xmldom/xmldom";
import { importMessage } from "../../import-messages";
import { decodeBytes } from "../encoding";
import { errorText, type RawLayer, rawLayer, unreadableLayer } from "./raw-layer";
import { openZip, zipLimitMessage } from "./zip";

export function readKml(text: string, file: string): RawLayer {
  let firstError: string | null = null;
  try {
    const document = new DOMParser({
      onError: (level, message) => {
        if (level !== "warning") firstError ??= message;
      },
    }).parseFromString(text, "text/xml");
    if (firstError !== null || !document.documentElement) {
      return unreadableLayer(
        importMessage("xml-invalid", { file }, { found: firstError ?? "no root element" }),
      );
    }
    return rawLayer(kml(document).features);
  } catch (error) {
    return unreadableLayer(importMessage("xml-invalid", { file }, { found: firstError ?? errorText(error) }));
  }
}

export async function readKmz(bytes: Uint8Array, file: string): Promise<RawLayer> {
  const zip = await openZip(bytes, file);
  if (!("names" in zip)) return unreadableLayer(zip);
  const names = zip.names.filter(
    (name) => name.toLowerCase().endsWith(".kml") && !name.startsWith("__MACOSX"),
  );
  const main = names.find((name) => name.toLowerCase() === "doc.kml") ?? names[0];
  if (main === undefined)
    return unreadableLayer(importMessage("zip-invalid", { file }, { found: "no .kml inside" }));
  let content: Uint8Array;
  try {
    content = (await zip.bytes(main)) as Uint8Array;
  } catch (error) {
    return unreadableLayer(
      zipLimitMessage(error, file) ?? importMessage("zip-invalid", { file }, { found: errorText(error) }),
    );
  }
  const decoded = decodeBytes(content);
  const layer = readKml(decoded.text, file);
  layer.encoding = decoded.encoding;
  return layer;
}
