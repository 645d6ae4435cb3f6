// A small driver for the import UI tests: a fake engine (a CSV reader of a few lines), a fresh
// fake IndexedDB, a memory for mappings and a recorder of downloads; given / when / then helpers.
import "fake-indexeddb/auto";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { fireEvent, render, screen, within } from "@testing-library/react";
import { IDBFactory } from "fake-indexeddb";
import type { Feature } from "geojson";
import { StrictMode } from "react";
import type { ImportRequest, ImportResult } from "../../../src/data/import/import-types";
import { createLayerStore } from "../../../src/data/layer-store";
import type { Gazetteer } from "../../../src/domain/gazetteer/gazetteer-types";
import type { Kind, Message } from "../../../src/domain/types";
import { createViewStore } from "../../../src/state/store";
import { AppProvider } from "../../../src/ui/app-context";
import { ImportButton, ImportProvider } from "../../../src/ui/import";
import type { ImportTools } from "../../../src/ui/import/import-services";
import {
  createImportRunner,
  type ImportFileFunction,
  type ImportRunner,
} from "../../../src/workers/import-client";

const HAMLET_FIELDS: Record<string, string> = { code: "ma_ban", name: "ten_ban" };

export const fakeTools: ImportTools = {
  proposeFields: (kind: Kind, columns) =>
    kind === "hamlets"
      ? Object.fromEntries(Object.entries(HAMLET_FIELDS).filter(([, c]) => columns.includes(c)))
      : {},
  provinces: [
    { name: "Sơn La", meridian: 104 },
    { name: "Hà Nội", meridian: 105 },
  ],
  describeCrs: (text) => (text.startsWith("EPSG:") ? text : null),
  layerToGeoJson: (collection) => JSON.stringify(collection),
  layerToCsv: (collection) =>
    [
      "code,name",
      ...collection.features.map((feature) => `${feature.properties?.code},${feature.properties?.name}`),
    ].join("\n"),
};

/**
 * Reads "column,column\nvalue,value" lines; a row without a code is rejected with a message whose
 * "found" is the row's name (which tests fill with HTML).
 */
export const csvEngine: ImportFileFunction = async (
  request: ImportRequest,
  onProgress,
): Promise<ImportResult> => {
  const [header = "", ...rows] = new TextDecoder().decode(request.bytes).trim().split("\n");
  const columns = header.split(",");
  const kind = request.kind ?? "hamlets";
  const fields = request.fields ?? fakeTools.proposeFields(kind, columns);
  const accepted: Feature[] = [];
  const rejected: Feature[] = [];
  const messages: Message[] = [];
  rows.forEach((row, index) => {
    onProgress({ phase: "checking", fraction: (index + 1) / rows.length });
    const raw = Object.fromEntries(row.split(",").map((value, column) => [columns[column] ?? "", value]));
    const code = raw[fields.code ?? ""] ?? "";
    const name = raw[fields.name ?? ""] ?? "";
    const feature: Feature = {
      type: "Feature",
      geometry: { type: "Point", coordinates: [103.6, 21.5] },
      properties: { ...raw, code, name },
    };
    if (code) {
      accepted.push(feature);
      return;
    }
    rejected.push({ ...feature, properties: raw });
    messages.push({
      level: "error",
      code: "missing-property",
      file: request.fileName,
      featureIndex: index,
      featureId: null,
      property: "code",
      expected: "text",
      found: name,
      text: { vi: `Thiếu mã bản ${name}.`, en: `The hamlet code is missing ${name}.` },
    });
  });
  return {
    detection: {
      format: "csv",
      encoding: "UTF-8",
      crs: "EPSG:4326",
      kind,
      kindProposed: request.kind === null,
      fields,
      columns,
    },
    counts: {
      read: rows.length,
      accepted: accepted.length,
      rejected: rejected.length,
      repaired: (accepted.length > 0 ? { reprojected: accepted.length } : {}) as Record<string, number>,
    },
    messages,
    collection: { type: "FeatureCollection", features: accepted },
    rejected: { type: "FeatureCollection", features: rejected },
  };
};

export function memoryStorage() {
  const values = new Map<string, string>();
  return {
    values,
    getItem: (key: string) => values.get(key) ?? null,
    setItem: (key: string, value: string) => {
      values.set(key, value);
    },
  };
}

export interface Saved {
  fileName: string;
  blob: Blob;
}

interface AppOptions {
  /** null: the real engine, on the main thread. */
  engine?: ImportFileFunction | null;
  /** null: the real engine's helpers, loaded lazily as in the app. */
  tools?: ImportTools | null;
  memory?: ReturnType<typeof memoryStorage>;
  /** Wraps the runner the app is given (to disturb the order of its messages, say). */
  wrapRunner?: (runner: ImportRunner) => ImportRunner;
  /** The official units the import looks codeless units up in; default none. */
  gazetteer?: Gazetteer | null;
}

export function givenTheApp(options: AppOptions = {}) {
  const store = createLayerStore({ indexedDB: new IDBFactory() });
  const engine = options.engine === null ? undefined : (options.engine ?? csvEngine);
  const inner = createImportRunner({ ...(engine ? { importFile: engine } : {}), createWorker: null });
  const runner = options.wrapRunner ? options.wrapRunner(inner) : inner;
  const tools = options.tools === null ? undefined : (options.tools ?? fakeTools);
  const memory = options.memory ?? memoryStorage();
  const saved: Saved[] = [];
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  // Strict mode as in main.tsx: effects run twice, so a detection pass must survive a re-run.
  const view = render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <AppProvider useViewStore={createViewStore("")} mapCommands={{ current: null }}>
          <ImportProvider
            store={store}
            runner={runner}
            {...(tools ? { tools } : {})}
            memory={memory}
            gazetteer={options.gazetteer ?? null}
            saveFile={(fileName, blob) => saved.push({ fileName, blob })}
          >
            <main>
              <ImportButton />
            </main>
          </ImportProvider>
        </AppProvider>
      </QueryClientProvider>
    </StrictMode>,
  );
  return { store, runner, memory, saved, view };
}

export async function whenTheDialogIsOpened() {
  fireEvent.click(screen.getByRole("button", { name: "Nhập dữ liệu" }));
  const dialog = screen.getByRole("dialog", { hidden: true });
  // The panel (and with the real engine, its helpers) loads lazily, as in the app.
  await within(dialog).findByTestId("import-drop-zone", {}, { timeout: 15_000 });
  return dialog;
}

export function csvFile(name: string, text: string): File {
  return new File([text], name, { type: "text/csv" });
}

export function whenFilesAreDropped(target: Element, ...files: File[]) {
  fireEvent.drop(target, { dataTransfer: { files, types: ["Files"] } });
}

export async function thenTheMappingIsShown(fileName: string) {
  const card = await screen.findByTestId(`file-import-${fileName}`);
  await within(card).findByRole("table", {}, { timeout: 15_000 });
  return card;
}
