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
  if (!dataset || !summaries) {
    return (
      <div className="loading-screen" role="status" aria-live="polite">
        <p>{t("loading")}</p>
        {totalFiles > 0 && (
          <progress max={totalFiles} value={totalFiles - pendingFiles}>
            {totalFiles - pendingFiles}/{totalFiles}
          </progress>
        )}
      </div>
    );
  }
  return (
    <div className="app">
      <Header title={dataset.title} sample={dataset.sample} dataDate={dataset.dataDate} />
      <aside className="sidebar">
        <LayerPanel />
        <UnitList summaries={summaries} />
      </aside>
      <main className="map-area">
        <MapView layers={dataset.layers} />
        <FeaturePanel layers={dataset.layers} />
        <ErrorPanel report={dataset.report} />
      </main>
    </div>
  );
}
