// The map's legend in the standard colours: in the sidebar (every layer, so the toggles above it
// explain themselves) and on the planner's printed page (only the layers the picture shows).
import type { ReactNode } from "react";
import { MODEL_STATUSES } from "../domain/types";
import { paletteFor } from "../map/palette";
import type { LayerKey } from "../state/view";
import { useTranslate, useView } from "./app-context";
import { IconSwatch } from "./IconSwatch";
import { modelStatusNames, siteTypeNames } from "./i18n";
import { legendIcons } from "./legend-icons";

const ALL_LAYERS: Readonly<Record<LayerKey, boolean>> = {
  units: true,
  hamlets: true,
  sites: true,
  incidents: true,
};

interface MapLegendProps {
  /** The layers to explain; all of them by default. */
  layers?: Readonly<Record<LayerKey, boolean>>;
  className?: string;
  /** Printed: no hint to click what cannot be clicked. */
  onPaper?: boolean;
  /** List items of the view drawn over the layers (the planner's picks and reach): a last group. */
  children?: ReactNode;
}

export function MapLegend({ layers = ALL_LAYERS, className, onPaper = false, children }: MapLegendProps) {
  const t = useTranslate();
  const language = useView((store) => store.language);
  // The colours of the map beside it (or printed with it), projector themes included.
  const palette = paletteFor(useView((store) => store.theme));
  return (
    // A list per group, so a legend set in columns (the printout) never parts a title from its items.
    <div className={`legend-groups ${className ?? ""}`}>
      {layers.units && (
        <ul className="legend">
          <li>
            <span
              className="legend-swatch polygon"
              style={{
                // The projector themes draw communes as outlines only.
                background: palette.unitFillOpacity.normal > 0 ? palette.unitFill : "transparent",
                borderColor: palette.unitOutline,
              }}
            />
            {t("units")}
          </li>
        </ul>
      )}
      {layers.hamlets && (
        <ul className="legend">
          <li className="legend-group">{t("hamletsByModel")}</li>
          {MODEL_STATUSES.map((status) => (
            <li key={status}>
              <span className="legend-swatch circle" style={{ background: palette.hamletStatus[status] }} />
              {modelStatusNames[status][language]}
            </li>
          ))}
        </ul>
      )}
      {layers.sites && (
        <ul className="legend">
          <li className="legend-group">{t("sites")}</li>
          <li>
            <IconSwatch image={legendIcons().modelSite} />
            {siteTypeNames.model[language]}
          </li>
          <li>
            <IconSwatch image={legendIcons().policePost} />
            {siteTypeNames["police-post"][language]}
          </li>
        </ul>
      )}
      {layers.incidents && (
        <ul className="legend">
          <li className="legend-group">{t("incidents")}</li>
          <li>
            <span className="legend-swatch circle small" style={{ background: palette.incident }} />
            {t("oneIncident")}
          </li>
          <li>
            <span className="legend-swatch cluster" style={{ background: palette.incident }}>
              12
            </span>
            {t(onPaper ? "clusterOnPaper" : "clusterHint")}
          </li>
        </ul>
      )}
      {children && <ul className="legend">{children}</ul>}
    </div>
  );
}
