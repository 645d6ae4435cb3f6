// The content of the import dialog: a drop zone and file picker, one card per file on its way in,
// the stored layers, and whether imports add to the sample or stand in for it. Loaded lazily with
// the engine's helpers, so the app's first page load does not carry them. The messages' sentences
// come with it: the panel itself words some (a file over the size limit).
import "../../data/sentences/all";
import { use, useEffect, useId, useRef, useState } from "react";
import type { StoredLayer } from "../../data/imported-layers";
import { useText } from "../use-text";
import { FileImport } from "./FileImport";
import { ACCEPTED_FILES, type ImportTools, useImportServices } from "./import-services";
import { LayerList } from "./LayerList";
import type { ImportEntry } from "./use-import-job";
import { useImportedLayers } from "./use-imported-layers";
import "../../i18n/more-texts"; // the words looked up here, before it first draws

export interface IncomingFiles {
  files: readonly File[];
  /** Changes with every drop, so the same files dropped twice are imported twice. */
  key: number;
}

let nextKey = 1;

// Loaded with the panel, never in the app's first bundle; tests hand in their own tools instead.
let defaultTools: Promise<ImportTools> | null = null;
function loadDefaultTools(): Promise<ImportTools> {
  defaultTools ??= import("./default-tools").then((module) => module.defaultTools);
  return defaultTools;
}

function useTools(): ImportTools {
  const given = useImportServices().tools;
  return given ?? use(loadDefaultTools());
}

export default function ImportPanel({ incoming }: { incoming: IncomingFiles | null }) {
  const tx = useText();
  const tools = useTools();
  const { mode, setMode } = useImportedLayers();
  const [entries, setEntries] = useState<ImportEntry[]>([]);
  const [dragging, setDragging] = useState(false);
  const picker = useRef<HTMLInputElement>(null);
  const handledDrop = useRef(0);
  const id = useId();

  const add = (files: readonly File[], target: StoredLayer | null = null) => {
    if (files.length === 0) return;
    const added = files.map((file) => ({ key: nextKey++, file, target }));
    setEntries((current) => [...added, ...current]);
  };

  // biome-ignore lint/correctness/useExhaustiveDependencies: each drop on the window is added once
  useEffect(() => {
    // Effects may run twice for one drop (strict mode): the key says whether it is new.
    if (!incoming || incoming.key === handledDrop.current) return;
    handledDrop.current = incoming.key;
    add(incoming.files);
  }, [incoming?.key]);

  return (
    <div className="import-panel">
      {/* biome-ignore lint/a11y/noStaticElementInteractions: the drop zone's keyboard way in is its button */}
      <div
        className={dragging ? "import-drop-zone dragging" : "import-drop-zone"}
        data-testid="import-drop-zone"
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(event) => {
          event.preventDefault();
          event.stopPropagation(); // the window's own drop handler would add them again
          setDragging(false);
          add([...event.dataTransfer.files]);
        }}
      >
        <p>
          {tx.t("import.dropHere")}{" "}
          <button type="button" onClick={() => picker.current?.click()}>
            {tx.t("import.chooseFiles")}
          </button>
        </p>
        <label htmlFor={`${id}-files`} className="import-formats">
          {tx.t("import.acceptedFormats")}
        </label>
        <input
          ref={picker}
          id={`${id}-files`}
          type="file"
          multiple
          hidden
          accept={ACCEPTED_FILES}
          onChange={(event) => {
            add([...(event.target.files ?? [])]);
            event.target.value = "";
          }}
        />
      </div>
      {entries.length > 0 && (
        <ul className="file-imports">
          {entries.map((entry) => (
            <FileImport
              key={entry.key}
              entry={entry}
              tools={tools}
              onDismiss={() => setEntries((current) => current.filter((other) => other.key !== entry.key))}
            />
          ))}
        </ul>
      )}
      <LayerList tools={tools} onReplace={(layer, file) => add([file], layer)} />
      <label className="import-mode">
        <input
          type="checkbox"
          checked={mode === "replace-sample"}
          aria-describedby={`${id}-mode-hint`}
          onChange={(event) => setMode(event.target.checked ? "replace-sample" : "add")}
        />{" "}
        {tx.t("import.useInstead")}
      </label>
      <p id={`${id}-mode-hint`} className="import-hint">
        {tx.t("import.useInsteadHint")}
      </p>
    </div>
  );
}
