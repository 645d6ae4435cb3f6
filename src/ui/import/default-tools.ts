// The engine's synchronous helpers as the panel uses them. Only the lazily loaded panel imports
// this module, so the engine's code stays out of the app's first bundle.
import { layerToCsv, layerToGeoJson, parseCrs, proposeFields, VN2000_PROVINCES } from "../../data/import";
import type { ImportTools } from "./import-services";

export const defaultTools: ImportTools = {
  proposeFields,
  provinces: VN2000_PROVINCES,
  describeCrs: (text) => parseCrs(text)?.label ?? null,
  layerToGeoJson,
  layerToCsv,
};
