import { useEffect, useId, useRef, useState } from "react";
import type { StoredLayer } from "../../data/layer-store";
import { shortText } from "../../domain/shown-text";
import { KIND_NAMES, useImportText } from "./import-i18n";
import { ACCEPTED_FILES, type ImportTools, useImportServices } from "./import-services";
import { type ProblemText, problemText, useImportedLayers, useLayerChange } from "./use-imported-layers";

const UNDO_SECONDS = 8;

function formatTime(iso: string, language: "vi" | "en"): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime())
    ? iso
    : date.toLocaleString(language === "vi" ? "vi-VN" : "en-GB", { dateStyle: "short", timeStyle: "short" });
}

interface Props {
  tools: ImportTools;
  onReplace(layer: StoredLayer, file: File): void;
}

export function LayerList({ tools, onReplace }: Props) {
  const { t, language } = useImportText();
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
      <h3 id="import-layers-heading">{t("importedLayers")}</h3>
      {problem && (
        <p role="alert" className="import-problem">
          {problem[language]}
        </p>
      )}
      {changeProblem && (
        <p role="alert" className="import-problem">
          {changeProblem[language]}
        </p>
      )}
      {removed && (
        <p role="status" className="import-undo">
          {t("removed", { name: removed.name })}{" "}
          <button
            type="button"
            onClick={() => {
              setRemoved(null);
              void apply(() => change.mutateAsync({ type: "restore", layer: removed }));
            }}
          >
            {t("undo")}
          </button>
        </p>
      )}
      {isLoading && <p>{t("loadingLayers")}</p>}
      {!isLoading && !problem && layers.length === 0 && <p className="import-empty">{t("noLayers")}</p>}
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
  const { t, language } = useImportText();
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
          <label htmlFor={`${id}-name`}>{t("layerName")}</label>
          <input id={`${id}-name`} value={name} onChange={(event) => setName(event.target.value)} />
          <button type="submit">{t("save")}</button>
          <button type="button" onClick={() => setEditing(false)}>
            {t("cancel")}
          </button>
        </form>
      ) : (
        <strong className="import-layer-name">{shortText(layer.name)}</strong>
      )}
      <p className="import-layer-meta">
        {KIND_NAMES[layer.kind][language]} · <code>{shortText(layer.fileName)}</code> ·{" "}
        {t("features", { count: layer.collection.features.length })} ·{" "}
        {t("importedOn", { time: formatTime(layer.importedAt, language) })}
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
            {t("rename")}
          </button>
        )}
        <button type="button" onClick={() => picker.current?.click()}>
          {t("replace")}
        </button>
        <input
          ref={picker}
          type="file"
          hidden
          accept={ACCEPTED_FILES}
          aria-label={`${t("replace")}: ${shortText(layer.name)}`}
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
          {t("exportGeoJson")}
        </button>
        <button
          type="button"
          onClick={() =>
            saveFile(
              `${stem}.csv`,
              new Blob([tools.layerToCsv(layer.collection, language)], { type: "text/csv;charset=utf-8" }),
            )
          }
        >
          {t("exportCsv")}
        </button>
        <button type="button" className="danger" onClick={onRemove}>
          {t("remove")}
        </button>
      </div>
    </li>
  );
}
