import { MODEL_STATUSES } from "../domain/types";
import { makeModelSiteIcon, makePolicePostIcon } from "../map/icons";
import { PALETTE } from "../map/palette";
import { LAYER_KEYS } from "../state/view";
import { useTranslate, useView } from "./app-context";
import { IconSwatch } from "./IconSwatch";
import { layerPhrase, modelStatusNames, siteTypeNames } from "./i18n";

const modelSiteIcon = makeModelSiteIcon();
const policePostIcon = makePolicePostIcon();

export function LayerPanel() {
  const t = useTranslate();
  const language = useView((store) => store.language);
  const visible = useView((store) => store.visible);
  const toggleLayer = useView((store) => store.toggleLayer);
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
      </ul>
      <h3>{t("legend")}</h3>
      <ul className="legend">
        <li>
          <span
            className="legend-swatch polygon"
            style={{ background: PALETTE.unitFill, borderColor: PALETTE.unitOutline }}
          />
          {t("units")}
        </li>
        <li className="legend-group">{t("hamletsByModel")}</li>
        {MODEL_STATUSES.map((status) => (
          <li key={status}>
            <span className="legend-swatch circle" style={{ background: PALETTE.hamletStatus[status] }} />
            {modelStatusNames[status][language]}
          </li>
        ))}
        <li className="legend-group">{t("sites")}</li>
        <li>
          <IconSwatch image={modelSiteIcon} />
          {siteTypeNames.model[language]}
        </li>
        <li>
          <IconSwatch image={policePostIcon} />
          {siteTypeNames["police-post"][language]}
        </li>
        <li className="legend-group">{t("incidents")}</li>
        <li>
          <span className="legend-swatch circle small" style={{ background: PALETTE.incident }} />
          {t("oneIncident")}
        </li>
        <li>
          <span className="legend-swatch cluster" style={{ background: PALETTE.incident }}>
            12
          </span>
          {t("clusterHint")}
        </li>
      </ul>
    </section>
  );
}
