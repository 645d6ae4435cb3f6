import { LAYER_KEYS } from "../state/view";
import { useTranslate, useView } from "./app-context";
import { useDeployConfig } from "./deploy-config";
import { layerPhrase } from "./i18n";
import { MapLegend } from "./MapLegend";

export function LayerPanel() {
  const t = useTranslate();
  const visible = useView((store) => store.visible);
  const toggleLayer = useView((store) => store.toggleLayer);
  const basemapOn = useView((store) => store.basemap);
  const toggleBasemap = useView((store) => store.toggleBasemap);
  const hasBasemap = useDeployConfig().config.basemap !== null;
  return (
    <section className="layer-panel" aria-labelledby="layer-panel-title">
      <h2 id="layer-panel-title">{t("layers")}</h2>
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
              {t(layerPhrase[key])}
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
              {t("basemap")}
            </label>
          </li>
        )}
      </ul>
      <h3>{t("legend")}</h3>
      <MapLegend />
    </section>
  );
}
