import type { ShownDataset } from "../data/shown-dataset";
import { LAYER_KEYS } from "../state/view";
import { useView } from "./app-context";
import { useDeployConfig } from "./deploy-config";
import { MapLegend } from "./MapLegend";
import { PeriodSwitch } from "./PeriodSwitch";
import { useText } from "./use-text";

/** shown: the data on screen, to say which administrative map it is on; absent in tests of the rest. */
export function LayerPanel({ shown = null }: { shown?: ShownDataset | null }) {
  const tx = useText();
  const visible = useView((store) => store.visible);
  const toggleLayer = useView((store) => store.toggleLayer);
  const basemapOn = useView((store) => store.basemap);
  const toggleBasemap = useView((store) => store.toggleBasemap);
  const hasBasemap = useDeployConfig().config.basemap !== null;
  return (
    <section className="layer-panel" aria-labelledby="layer-panel-title">
      <h2 id="layer-panel-title">{tx.t("app.layers")}</h2>
      <ul className="layer-toggles">
        {LAYER_KEYS.map((key) => (
          <li key={key}>
            <label>
              <input
                type="checkbox"
                checked={visible[key]}
                onChange={() => toggleLayer(key)}
                data-testid={`toggle-${key}`}
              />{" "}
              {tx.t(`layer.${key}`)}
            </label>
          </li>
        ))}
        {hasBasemap && (
          <li>
            <label>
              <input
                type="checkbox"
                checked={basemapOn}
                onChange={toggleBasemap}
                data-testid="toggle-basemap"
              />{" "}
              {tx.t("app.basemap")}
            </label>
          </li>
        )}
      </ul>
      <PeriodSwitch shown={shown} />
      <h3>{tx.t("app.legend")}</h3>
      <MapLegend />
    </section>
  );
}
