import { useMemo } from "react";
import { summariseUnits } from "../domain/unit-summary";
import { useTranslate } from "./app-context";
import { ErrorPanel } from "./ErrorPanel";
import { FeaturePanel } from "./FeaturePanel";
import { Header } from "./Header";
import { LayerPanel } from "./LayerPanel";
import { MapView } from "./MapView";
import { UnitList } from "./UnitList";
import { useDataset } from "./use-dataset";

export function App() {
  const t = useTranslate();
  const { dataset, pendingFiles, totalFiles } = useDataset();
  const summaries = useMemo(
    () => (dataset ? summariseUnits(dataset.layers.units.features, dataset.layers.hamlets.features) : null),
    [dataset],
  );
  // The map starts at once and the data joins it when read: both take about as long.
  return (
    <div className="app">
      <Header
        title={dataset?.title ?? ""}
        sample={dataset?.sample ?? false}
        dataDate={dataset?.dataDate ?? null}
      />
      <aside className="sidebar">
        <LayerPanel />
        {summaries ? (
          <UnitList summaries={summaries} />
        ) : (
          <div className="loading" role="status" aria-live="polite">
            <p>{t("loading")}</p>
            {totalFiles > 0 && (
              <progress max={totalFiles} value={totalFiles - pendingFiles}>
                {totalFiles - pendingFiles}/{totalFiles}
              </progress>
            )}
          </div>
        )}
      </aside>
      <main className="map-area">
        <MapView layers={dataset?.layers ?? null} />
        {dataset && <FeaturePanel layers={dataset.layers} />}
        {dataset && <ErrorPanel report={dataset.report} />}
      </main>
    </div>
  );
}
