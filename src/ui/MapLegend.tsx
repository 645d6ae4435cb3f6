// The map's legend in the standard colours: in the sidebar (every layer, so the toggles above it
// explain themselves) and on the planner's printed page (only the layers the picture shows).
import type { ReactNode } from "react";
import { MODEL_STATUSES } from "../domain/types";
import { paletteFor } from "../map/palette";
import type { LayerKey } from "../state/view";
import { useView } from "./app-context";
import { IconSwatch } from "./IconSwatch";
import { legendIcons } from "./legend-icons";
import { Term } from "./Term";
import { useText } from "./use-text";

// The statuses named by a term of the movement carry its explanation.
const STATUS_TERMS = { "model-point": "modelPoint", replicated: "replication" } as const;

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
  const tx = useText();
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
            {tx.t("layer.units")}
          </li>
        </ul>
      )}
      {layers.hamlets && (
        <ul className="legend">
          <li className="legend-group">{tx.t("legend.hamletsByModel")}</li>
          {MODEL_STATUSES.map((status) => (
            <li key={status}>
              <span className="legend-swatch circle" style={{ background: palette.hamletStatus[status] }} />
              {status in STATUS_TERMS ? (
                <Term term={STATUS_TERMS[status as keyof typeof STATUS_TERMS]}>
                  {tx.t(`modelStatus.${status}`)}
                </Term>
              ) : (
                tx.t(`modelStatus.${status}`)
              )}
            </li>
          ))}
        </ul>
      )}
      {layers.sites && (
        <ul className="legend">
          <li className="legend-group">{tx.t("layer.sites")}</li>
          <li>
            <IconSwatch image={legendIcons().modelSite} />
            <Term term="modelSite">{tx.t("siteType.model")}</Term>
          </li>
          <li>
            <IconSwatch image={legendIcons().policePost} />
            {/* Shown from a district's close-up on: said, so nobody looks for them in the overview. */}
            {tx.t(onPaper ? "siteType.police-post" : "legend.policePostZoom")}
          </li>
        </ul>
      )}
      {layers.incidents && (
        <ul className="legend">
          <li className="legend-group">{tx.t("layer.incidents")}</li>
          <li>
            <span className="legend-swatch circle small" style={{ background: palette.incident }} />
            {tx.t("legend.oneIncident")}
          </li>
          <li>
            <span className="legend-swatch cluster" style={{ background: palette.incident }}>
              12
            </span>
            {tx.t(onPaper ? "legend.clusterOnPaper" : "legend.clusterHint")}
          </li>
        </ul>
      )}
      {children && <ul className="legend">{children}</ul>}
    </div>
  );
}
