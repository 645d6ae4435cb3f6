import { useState } from "react";
import { type CoverageColumn, coverageCsv } from "../../data/coverage-table";
import { shortText } from "../../domain/shown-text";
import { useView } from "../app-context";
import { useAreaScope } from "../area-scope";
import { SpacerRow, useRowWindow } from "../row-window";
import { useText } from "../use-text";
import { downloadText } from "./download";
import "../../i18n/more-texts"; // the words looked up here, before it first draws

type Sort = { key: string; descending: boolean };

interface UnitRow {
  code: string;
  name: string;
}

/** Every unit's figures, sortable by any column, with the whole area's row and a CSV of the same. */
export function CoverageTable<Row extends UnitRow>({
  columns,
  units,
  totals,
  fileName,
  note,
  onClose,
}: {
  columns: readonly CoverageColumn<Row>[];
  units: readonly Row[];
  totals: Row;
  /** The CSV's name. */
  fileName: string;
  /** What the figures stand for, when that is not plain. */
  note?: string;
  onClose(): void;
}) {
  const tx = useText();
  const scope = useAreaScope();
  const select = useView((store) => store.select);
  const [sort, setSort] = useState<Sort>({ key: "code", descending: false });
  const sortColumn = columns.find((column) => column.key === sort.key) ?? columns[0];
  const rows = [...units].sort((a, b) => {
    const left = sortColumn?.value(a) ?? null;
    const right = sortColumn?.value(b) ?? null;
    // Empty values sort last whichever the direction: "no data" is not "the least".
    if (left === null || right === null) return left === right ? 0 : left === null ? 1 : -1;
    const order =
      typeof left === "number" && typeof right === "number"
        ? left - right
        : String(left).localeCompare(String(right), "vi");
    return sort.descending ? -order : order;
  });
  const shown = useRowWindow(rows.length);
  const cell = (value: number | string | null, digits?: number) =>
    value === null ? "—" : typeof value === "number" ? tx.number(value, { digits: digits ?? 0 }) : value;
  return (
    <section className="coverage-table" aria-labelledby="coverage-table-title" data-testid="coverage-table">
      <div className="panel-heading">
        <h2 id="coverage-table-title">{tx.t("coverage.showTable")}</h2>
        <div className="table-actions">
          <button
            type="button"
            onClick={() =>
              downloadText(
                fileName,
                coverageCsv(columns, units, totals, tx.language),
                "text/csv;charset=utf-8",
              )
            }
            data-testid="coverage-csv"
          >
            {tx.t("coverage.exportCsv")}
          </button>
          <button type="button" onClick={onClose}>
            {tx.t("coverage.hideTable")}
          </button>
        </div>
      </div>
      {note && (
        <p className="table-note" data-testid="table-note">
          {note}
        </p>
      )}
      <div className="table-scroll">
        <table aria-rowcount={rows.length + 2}>
          <thead>
            <tr>
              {columns.map((column) => {
                const active = sort.key === column.key;
                return (
                  <th
                    key={column.key}
                    scope="col"
                    aria-sort={active ? (sort.descending ? "descending" : "ascending") : "none"}
                  >
                    <button
                      type="button"
                      className="link-button"
                      onClick={() =>
                        setSort({ key: column.key, descending: active ? !sort.descending : false })
                      }
                    >
                      {column[tx.language]}
                      {active ? (sort.descending ? " ▼" : " ▲") : ""}
                    </button>
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody ref={shown.bodyRef}>
            <SpacerRow height={shown.before} columns={columns.length} />
            {rows.slice(shown.start, shown.end).map((area, offset) => (
              <tr key={area.code} aria-rowindex={shown.start + offset + 2}>
                {columns.map((column, index) =>
                  index === 1 ? (
                    <th key={column.key} scope="row">
                      <button
                        type="button"
                        className="link-button"
                        onClick={() => {
                          select({ layer: "units", id: area.code });
                          onClose();
                        }}
                      >
                        {shortText(area.name)}
                      </button>
                    </th>
                  ) : (
                    <td
                      key={column.key}
                      className={typeof column.value(area) === "number" ? "number" : undefined}
                    >
                      {cell(column.value(area), column.digits)}
                    </td>
                  ),
                )}
              </tr>
            ))}
            <SpacerRow height={shown.after} columns={columns.length} />
          </tbody>
          <tfoot>
            <tr aria-rowindex={rows.length + 2}>
              {/* The whole area's row: named for the reader, not by its code ("total") and name. */}
              <th scope="row" colSpan={2}>
                {tx.t(`scope.${scope}.total`)}
              </th>
              {columns.slice(2).map((column) => (
                <td
                  key={column.key}
                  className={typeof column.value(totals) === "number" ? "number" : undefined}
                >
                  {cell(column.value(totals), column.digits)}
                </td>
              ))}
            </tr>
          </tfoot>
        </table>
      </div>
    </section>
  );
}
