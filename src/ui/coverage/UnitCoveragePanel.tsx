import { bbox } from "@turf/turf";
import type { Coverage } from "../../domain/coverage";
import type { TablesCoverage } from "../../domain/coverage/tables-coverage";
import { shortText } from "../../domain/shown-text";
import type { Layers } from "../../domain/types";
import { useMapCommands, useView } from "../app-context";
import { useText } from "../use-text";
import { areaFigures, FiguresStrip } from "./FiguresStrip";
import { TrendChart } from "./TrendChart";
import { tablesCommuneFigures, tablesNote } from "./tables-figures";
import "../../i18n/more-texts"; // the words looked up here, before it first draws

/** A commune's page: its figures, the hamlets still without the model, its incident trend. */
export function UnitCoveragePanel({
  coverage,
  layers,
  code,
}: {
  coverage: Coverage;
  layers: Layers;
  code: string;
}) {
  const tx = useText();
  const select = useView((store) => store.select);
  const mapCommands = useMapCommands();
  const area = coverage.units.find((unit) => unit.code === code);
  const unit = layers.units.features.find((feature) => feature.properties.code === code);
  if (!area) return null;
  const uncovered = coverage.hamlets
    .filter((hamlet) => hamlet.unitCode === code && !hamlet.covered)
    .sort((a, b) => a.name.localeCompare(b.name, "vi"));
  const firstAdoption = coverage.hamlets
    .filter((hamlet) => hamlet.unitCode === code && hamlet.covered && hamlet.since)
    .map((hamlet) => hamlet.since as string)
    .sort()[0];
  return (
    <aside
      className="feature-panel unit-coverage"
      aria-labelledby="unit-coverage-title"
      data-testid="unit-coverage"
    >
      <div className="panel-heading">
        <h2 id="unit-coverage-title">{shortText(area.name)}</h2>
        <button
          type="button"
          className="icon-button"
          aria-label={tx.t("coverage.closePanel")}
          onClick={() => select(null)}
        >
          ×
        </button>
      </div>
      <FiguresStrip name={area.name} figures={areaFigures(area, coverage.options.radiusKm, tx)} compact />
      <TrendChart series={area.incidentsByMonth} adoptedMonth={firstAdoption ?? null} />
      <h3>{tx.t("coverage.uncovered", { n: uncovered.length })}</h3>
      {uncovered.length === 0 ? (
        <p>{tx.t("coverage.allCovered")}</p>
      ) : (
        <ul className="uncovered-list">
          {uncovered.map((hamlet) => (
            <li key={hamlet.code}>
              <button
                type="button"
                className="link-button"
                onClick={() => select({ layer: "hamlets", id: hamlet.code })}
              >
                {shortText(hamlet.name)}
              </button>
            </li>
          ))}
        </ul>
      )}
      {unit && (
        <button
          type="button"
          onClick={() => mapCommands.current?.fitBounds(bbox(unit) as [number, number, number, number])}
        >
          {tx.t("coverage.zoomHere")}
        </button>
      )}
    </aside>
  );
}

/**
 * A commune's page when the data is drawn from a tile archive: its row of the summary tables
 * (today's hamlets, teams, groups, its incidents over all dates); no hamlet list, no trend.
 */
export function TablesUnitPanel({ tables, code }: { tables: TablesCoverage; code: string }) {
  const tx = useText();
  const select = useView((store) => store.select);
  const area = tables.units.find((unit) => unit.code === code);
  if (!area) return null;
  return (
    <aside
      className="feature-panel unit-coverage"
      aria-labelledby="unit-coverage-title"
      data-testid="unit-coverage"
    >
      <div className="panel-heading">
        <h2 id="unit-coverage-title">{shortText(area.name)}</h2>
        <button
          type="button"
          className="icon-button"
          aria-label={tx.t("coverage.closePanel")}
          onClick={() => select(null)}
        >
          ×
        </button>
      </div>
      <FiguresStrip
        name={area.name}
        figures={tablesCommuneFigures(area, tx)}
        note={tablesNote(tables, tx)}
        compact
      />
    </aside>
  );
}
