import { useEffect, useId, useRef, useState } from "react";
import type { StoredLayer } from "../../data/imported-layers";
import { shortText } from "../../domain/shown-text";
import { useText } from "../use-text";
import { ACCEPTED_FILES, type ImportTools, useImportServices } from "./import-services";
import { type ProblemText, problemText, useImportedLayers, useLayerChange } from "./use-imported-layers";
import "../../i18n/more-texts"; // the words looked up here, before it first draws

const UNDO_SECONDS = 8;

interface Props {
  tools: ImportTools;
  onReplace(layer: StoredLayer, file: File): void;
}

export function LayerList({ tools, onReplace }: Props) {
  const tx = useText();
  const { layers, isLoading, problem } = useImportedLayers();
  const change = useLayerChange();
  const [removed, setRemoved] = useState<StoredLayer | null>(null);
  const [changeProblem, setChangeProblem] = useState<ProblemText | null>(null);

  useEffect(() => {
    if (!removed) return;
    const timer = setTimeout(() => setRemoved(null), UNDO_SECONDS * 1000);
    return () => clearTimeout(timer);
  }, [removed]);

  const apply = async (run: () => Promise<StoredLayer>) => {
    setChangeProblem(null);
    try {
      return await run();
    } catch (error) {
      setChangeProblem(problemText(error));
      return null;
    }
  };

  return (
    <section className="import-layers" aria-labelledby="import-layers-heading">
      <h3 id="import-layers-heading">{tx.t("import.importedLayers")}</h3>
      {problem && (
        <p role="alert" className="import-problem">
          {problem[tx.language]}
        </p>
      )}
      {changeProblem && (
        <p role="alert" className="import-problem">
          {changeProblem[tx.language]}
        </p>
      )}
      {removed && (
        <p role="status" className="import-undo">
          {tx.t("import.removed", { name: removed.name })}{" "}
          <button
            type="button"
            onClick={() => {
              setRemoved(null);
              void apply(() => change.mutateAsync({ type: "restore", layer: removed }));
            }}
          >
            {tx.t("import.undo")}
          </button>
        </p>
      )}
      {isLoading && <p>{tx.t("import.loadingLayers")}</p>}
      {!isLoading && !problem && layers.length === 0 && (
        <p className="import-empty">{tx.t("import.noLayers")}</p>
      )}
      <ul>
        {layers.map((layer) => (
          <LayerRow
            key={layer.id}
            layer={layer}
            tools={tools}
            onRename={(name) => apply(() => change.mutateAsync({ type: "rename", id: layer.id, name }))}
            onRemove={async () => {
              const gone = await apply(() => change.mutateAsync({ type: "remove", id: layer.id }));
              if (gone) setRemoved(gone);
            }}
            onReplace={(file) => onReplace(layer, file)}
          />
        ))}
      </ul>
    </section>
  );
}

interface RowProps {
  layer: StoredLayer;
  tools: ImportTools;
  onRename(name: string): Promise<unknown>;
  onRemove(): void;
  onReplace(file: File): void;
}

function LayerRow({ layer, tools, onRename, onRemove, onReplace }: RowProps) {
  const tx = useText();
  const { saveFile } = useImportServices();
  const [editing, setEditing] = useState(false);
  const [name, setName] = useState(layer.name);
  const picker = useRef<HTMLInputElement>(null);
  const id = useId();
  const stem = layer.name.replace(/[\\/:*?"<>|]+/g, "_");
  return (
    <li className="import-layer" data-testid={`layer-${layer.id}`}>
      {editing ? (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void onRename(name).then(() => setEditing(false));
          }}
        >
          <label htmlFor={`${id}-name`}>{tx.t("import.layerName")}</label>
          <input id={`${id}-name`} value={name} onChange={(event) => setName(event.target.value)} />
          <button type="submit">{tx.t("import.save")}</button>
          <button type="button" onClick={() => setEditing(false)}>
            {tx.t("import.cancel")}
          </button>
        </form>
      ) : (
        <strong className="import-layer-name">{shortText(layer.name)}</strong>
      )}
      <p className="import-layer-meta">
        {tx.t(`kind.${layer.kind}`)} · <code>{shortText(layer.fileName)}</code> ·{" "}
        {tx.count(layer.collection.features.length, "features")} ·{" "}
        {tx.t("import.importedOn", { time: tx.dateTime(layer.importedAt) })}
      </p>
      <div className="import-layer-actions">
        {!editing && (
          <button
            type="button"
            onClick={() => {
              setName(layer.name);
              setEditing(true);
            }}
          >
            {tx.t("import.rename")}
          </button>
        )}
        <button type="button" onClick={() => picker.current?.click()}>
          {tx.t("import.replace")}
        </button>
        <input
          ref={picker}
          type="file"
          hidden
          accept={ACCEPTED_FILES}
          aria-label={tx.t("import.replaceOf", { name: shortText(layer.name) })}
          onChange={(event) => {
            const file = event.target.files?.[0];
            if (file) onReplace(file);
            event.target.value = "";
          }}
        />
        <button
          type="button"
          onClick={() =>
            saveFile(
              `${stem}.geojson`,
              new Blob([tools.layerToGeoJson(layer.collection)], { type: "application/geo+json" }),
            )
          }
        >
          {tx.t("import.exportGeoJson")}
        </button>
        <button
          type="button"
          onClick={() =>
            saveFile(
              `${stem}.csv`,
              new Blob([tools.layerToCsv(layer.collection, tx.language)], { type: "text/csv;charset=utf-8" }),
            )
          }
        >
          {tx.t("import.exportCsv")}
        </button>
        <button type="button" className="danger" onClick={onRemove}>
          {tx.t("import.remove")}
        </button>
      </div>
    </li>
  );
}
