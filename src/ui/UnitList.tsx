import { shortText } from "../domain/shown-text";
import type { UnitSummaries } from "../domain/unit-summary";
import { useTranslate, useView } from "./app-context";

// Everything on the map can also be read here, by a screen reader or from a printout.
export function UnitList({ summaries }: { summaries: UnitSummaries }) {
  const t = useTranslate();
  const selected = useView((store) => store.selected);
  const select = useView((store) => store.select);
  if (summaries.units.length === 0) {
    return (
      <section className="unit-list" aria-labelledby="unit-list-title">
        <h2 id="unit-list-title">{t("unitList")}</h2>
        <p className="empty-state">{t("noUnits")}</p>
      </section>
    );
  }
  return (
    <section className="unit-list" aria-labelledby="unit-list-title">
      <h2 id="unit-list-title">{t("unitList")}</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">{t("unitColumn")}</th>
            <th scope="col" className="number">
              {t("hamletsColumn")}
            </th>
            <th scope="col" className="number">
              {t("coveredColumn")}
            </th>
          </tr>
        </thead>
        <tbody>
          {summaries.units.map((unit) => {
            const isSelected = selected?.layer === "units" && selected.id === unit.code;
            return (
              <tr key={unit.code} aria-selected={isSelected} className={isSelected ? "selected" : undefined}>
                <th scope="row">
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => select({ layer: "units", id: unit.code })}
                  >
                    {shortText(unit.name)}
                  </button>
                </th>
                <td className="number">{unit.hamlets}</td>
                <td className="number">
                  {unit.coveredHamlets}/{unit.hamlets}
                </td>
              </tr>
            );
          })}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t("total")}</th>
            <td className="number" data-testid="total-hamlets">
              {summaries.total.hamlets}
            </td>
            <td className="number">
              {summaries.total.coveredHamlets}/{summaries.total.hamlets}
            </td>
          </tr>
        </tfoot>
      </table>
    </section>
  );
}
