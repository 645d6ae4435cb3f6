import { shortText } from "../domain/shown-text";
import type { UnitSummaries } from "../domain/unit-summary";
import { useView } from "./app-context";
import { useAreaScope } from "./area-scope";
import { useText } from "./use-text";

// Everything on the map can also be read here, by a screen reader or from a printout.
export function UnitList({ summaries }: { summaries: UnitSummaries }) {
  const tx = useText();
  const scope = useAreaScope();
  const selected = useView((store) => store.selected);
  const select = useView((store) => store.select);
  if (summaries.units.length === 0) {
    return (
      <section className="unit-list" aria-labelledby="unit-list-title">
        <h2 id="unit-list-title">{tx.t("units.list")}</h2>
        <p className="empty-state">{tx.t("units.none")}</p>
      </section>
    );
  }
  return (
    <section className="unit-list" aria-labelledby="unit-list-title">
      <h2 id="unit-list-title">{tx.t("units.list")}</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">{tx.t("units.unit")}</th>
            <th scope="col" className="number">
              {tx.t("units.hamlets")}
            </th>
            <th scope="col" className="number">
              {tx.t("units.covered")}
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
                <td className="number">{tx.number(unit.hamlets)}</td>
                <td className="number">
                  {tx.number(unit.coveredHamlets)}/{tx.number(unit.hamlets)}
                </td>
              </tr>
            );
          })}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{tx.t(`scope.${scope}.total`)}</th>
            <td className="number" data-testid="total-hamlets">
              {tx.number(summaries.total.hamlets)}
            </td>
            <td className="number">
              {tx.number(summaries.total.coveredHamlets)}/{tx.number(summaries.total.hamlets)}
            </td>
          </tr>
        </tfoot>
      </table>
    </section>
  );
}
