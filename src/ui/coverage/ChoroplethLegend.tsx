import { RATIO_CLASSES } from "../../map/layers-coverage";
import { PALETTE } from "../../map/palette";
import { useView } from "../app-context";
import { Term } from "../Term";
import { useText } from "../use-text";
import "../../i18n/more-texts"; // the words looked up here, before it first draws

/** `reach` false: no circles are drawn (a tile archive's tables hold no model site's place). */
export function ChoroplethLegend({ radiusKm, reach = true }: { radiusKm: number; reach?: boolean }) {
  const tx = useText();
  const heatmap = useView((store) => store.incidentStyle === "heatmap" && store.visible.incidents);
  return (
    <section className="choropleth-legend" aria-labelledby="choropleth-legend-title">
      <h3 id="choropleth-legend-title">{tx.t("coverage.classesTitle")}</h3>
      <ul className="legend">
        {RATIO_CLASSES.map((ratioClass, index) => (
          <li key={ratioClass.label}>
            <span className="legend-swatch" style={{ background: PALETTE.coverageClasses[index] }} />
            {ratioClass.label}
          </li>
        ))}
        <li>
          <span className="legend-swatch" style={{ background: PALETTE.noData }} />
          {tx.t("coverage.noHamlets")}
        </li>
        {reach && (
          <li>
            <span className="legend-swatch reach" style={{ borderColor: PALETTE.reach }} />
            <Term term="reach">{tx.t("coverage.reachLegend", { r: radiusKm })}</Term>
          </li>
        )}
        {heatmap && (
          <li data-testid="heatmap-legend">
            <span
              className="legend-swatch ramp"
              style={{ background: `linear-gradient(to right, ${PALETTE.heat.join(", ")})` }}
            />
            {tx.t("legend.heatmap")}
          </li>
        )}
      </ul>
    </section>
  );
}
