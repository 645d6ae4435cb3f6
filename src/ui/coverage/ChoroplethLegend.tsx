import { RATIO_CLASSES } from "../../map/layers-coverage";
import { PALETTE } from "../../map/palette";
import { useView } from "../app-context";
import { coverageText, formatNumber } from "./coverage-i18n";

export function ChoroplethLegend({ radiusKm }: { radiusKm: number }) {
  const language = useView((store) => store.language);
  return (
    <section className="choropleth-legend" aria-labelledby="choropleth-legend-title">
      <h3 id="choropleth-legend-title">{coverageText(language, "classesTitle")}</h3>
      <ul className="legend">
        {RATIO_CLASSES.map((ratioClass, index) => (
          <li key={ratioClass.label}>
            <span className="legend-swatch" style={{ background: PALETTE.coverageClasses[index] }} />
            {ratioClass.label}
          </li>
        ))}
        <li>
          <span className="legend-swatch" style={{ background: PALETTE.noData }} />
          {coverageText(language, "noHamlets")}
        </li>
        <li>
          <span className="legend-swatch reach" style={{ borderColor: PALETTE.reach }} />
          {coverageText(language, "reachLegend", { r: formatNumber(radiusKm, language, 1) })}
        </li>
      </ul>
    </section>
  );
}
