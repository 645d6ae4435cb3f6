// What the app wires in: the header button (with its dialog and window-wide drop), and the
// imported layers to merge with the geodata (see src/data/merge-imported.ts).
export { ImportButton } from "./ImportButton";
export { ImportProvider } from "./import-services";
export { useImportedLayers } from "./use-imported-layers";
