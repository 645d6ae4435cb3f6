// The review's choices about where the rows come from: the sheet of a workbook, the row with the
// column names when the engine found titles above it, the province the units are looked up in,
// and the administrative period. A sheet or header row reads the file again; the rest applies on
// import.
import { useId, useState } from "react";
import type { ImportResult } from "../../data/import/import-types";
import { ADMIN_PERIODS, type AdminPeriod } from "../../domain/types";
import { useText } from "../use-text";
import {
  chooseHeaderRow,
  choosePeriod,
  chooseProvince,
  chooseSheet,
  headerInDoubt,
  type SourceChoices,
} from "./import-flow";
import "../../i18n/more-texts"; // the words looked up here, before it first draws

const AUTO = "auto";

interface Props {
  preview: ImportResult;
  source: SourceChoices;
  /** The gazetteer's provinces ("Tỉnh Sơn La"). */
  provinces: readonly string[];
  onChange(source: SourceChoices): void;
}

function HeaderRowChoice({ preview, source, onChange }: Omit<Props, "provinces">) {
  const tx = useText();
  const id = useId();
  const found = preview.detection.headerRow ?? 1;
  const [row, setRow] = useState(String(source.headerRow ?? found));
  return (
    <form
      className="import-choice"
      onSubmit={(event) => {
        event.preventDefault();
        onChange(chooseHeaderRow(source, Number(row)));
      }}
    >
      <label htmlFor={`${id}-header`}>{tx.t("import.headerRow")}</label>
      <input
        id={`${id}-header`}
        type="number"
        min={1}
        step={1}
        inputMode="numeric"
        value={row}
        onChange={(event) => setRow(event.target.value)}
      />
      <button type="submit">{tx.t("import.reread")}</button>
      <p className="import-hint">{tx.t("import.headerRowHint", { row: found })}</p>
    </form>
  );
}

export function SourceSettings({ preview, source, provinces, onChange }: Props) {
  const tx = useText();
  const id = useId();
  const { detection } = preview;
  const sheets = detection.sheets ?? [];
  const period = (value: AdminPeriod | null | undefined) =>
    value ? tx.t(`adminPeriod.${value}`) : tx.t("period.unknown");
  return (
    <div className="import-source">
      {sheets.length > 1 && (
        <div className="import-choice">
          <label htmlFor={`${id}-sheet`}>{tx.t("import.sheet")}</label>
          <select
            id={`${id}-sheet`}
            value={source.sheet ?? detection.sheet ?? ""}
            onChange={(event) => onChange(chooseSheet(source, event.target.value))}
          >
            {sheets.map((sheet) => (
              <option key={sheet.name} value={sheet.name}>
                {tx.t(sheet.hidden ? "import.sheetHidden" : "import.sheetOption", {
                  name: sheet.name,
                  n: sheet.rows,
                })}
              </option>
            ))}
          </select>
        </div>
      )}
      {(headerInDoubt(preview) || source.headerRow !== null) && (
        <HeaderRowChoice
          key={`${source.sheet}-${detection.headerRow}`}
          preview={preview}
          source={source}
          onChange={onChange}
        />
      )}
      {detection.kind === "units" && provinces.length > 0 && (
        <div className="import-choice">
          <label htmlFor={`${id}-province`}>{tx.t("import.province")}</label>
          <select
            id={`${id}-province`}
            value={source.province ?? AUTO}
            onChange={(event) =>
              onChange(chooseProvince(source, event.target.value === AUTO ? null : event.target.value))
            }
          >
            <option value={AUTO}>
              {tx.t("import.provinceAuto", { province: detection.province ?? tx.t("import.provinceNone") })}
            </option>
            {provinces.map((province) => (
              <option key={province} value={province}>
                {province}
              </option>
            ))}
          </select>
        </div>
      )}
      {
        <div className="import-choice">
          <label htmlFor={`${id}-period`}>{tx.t("import.period")}</label>
          <select
            id={`${id}-period`}
            value={source.adminPeriod ?? AUTO}
            onChange={(event) =>
              onChange(
                choosePeriod(
                  source,
                  event.target.value === AUTO ? null : (event.target.value as AdminPeriod),
                ),
              )
            }
          >
            <option value={AUTO}>
              {tx.t("import.periodAuto", { period: period(detection.adminPeriod) })}
            </option>
            {ADMIN_PERIODS.map((value) => (
              <option key={value} value={value}>
                {period(value)}
              </option>
            ))}
          </select>
        </div>
      }
    </div>
  );
}
