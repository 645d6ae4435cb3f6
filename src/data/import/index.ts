// The import engine's public face, for the worker, the import UI and the command line.
export { parseCrs, suggestZones } from "./crs";
export { layerToCsv, layerToGeoJson } from "./export";
export { importFile } from "./import-file";
export type * from "./import-types";
export { proposeFields, proposeKind } from "./mapping";
export { VN2000_PROVINCES } from "./vn2000";
