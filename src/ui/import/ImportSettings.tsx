import { useId } from "react";
import type { ImportResult } from "../../data/import/import-types";
import { ourProperties } from "../../data/import/mapping";
import { formatMeridian } from "../../data/import/vn2000";
import { shortText } from "../../domain/shown-text";
import { KINDS, type Kind } from "../../domain/types";
import { useText } from "../use-text";
import type { ImportChoices } from "./field-memory";
import type { ImportTools } from "./import-services";
import "../../i18n/more-texts"; // the words looked up here, before it first draws

const SAMPLE_COUNT = 3;
const WGS84 = "EPSG:4326";
const OTHER = "other";
const AUTO = "auto";

/** A column's first few distinct values, from the detection pass (accepted features first). */
export function sampleValues(preview: ImportResult, column: string, limit = SAMPLE_COUNT): string[] {
  const values = new Set<string>();
  for (const features of [preview.collection.features, preview.rejected.features]) {
    for (const feature of features) {
      // The engine keeps the file's own columns next to ours.
      const value = feature.properties?.[column];
      if (value !== undefined && value !== null && value !== "") values.add(shortText(String(value), 60));
      if (values.size >= limit) return [...values];
    }
  }
  return [...values];
}

/** The file's properties as read, for proposing a mapping again when the kind changes. */
function sampleRows(preview: ImportResult): Record<string, unknown>[] {
  return [...preview.collection.features.slice(0, 500), ...preview.rejected.features.slice(0, 500)]
    .slice(0, 500)
    .map((feature) => (feature.properties ?? {}) as Record<string, unknown>);
}

/** Our properties for a kind, then any extra the engine mapped. */
function targetProperties(kind: Kind, fields: Record<string, string>): string[] {
  const ours = ourProperties(kind);
  return [...ours, ...Object.keys(fields).filter((property) => !ours.includes(property))];
}

interface Props {
  fileName: string;
  preview: ImportResult;
  choices: ImportChoices;
  remembered: boolean;
  tools: ImportTools;
  /** A re-import keeps the layer's kind. */
  kindLocked: boolean;
  onChange(choices: ImportChoices): void;
}

export function ImportSettings({
  fileName,
  preview,
  choices,
  remembered,
  tools,
  kindLocked,
  onChange,
}: Props) {
  const tx = useText();
  const id = useId();
  const { detection } = preview;
  const crsValue =
    choices.crs === null
      ? AUTO
      : choices.crs === WGS84 || choices.crs.startsWith("VN2000:")
        ? choices.crs
        : OTHER;
  const understood = crsValue === OTHER && choices.crs ? tools.describeCrs(choices.crs) : null;
  const chooseKind = (kind: Kind) =>
    onChange({ ...choices, kind, fields: tools.proposeFields(kind, detection.columns, sampleRows(preview)) });
  const chooseColumn = (property: string, column: string) =>
    onChange({ ...choices, fields: { ...choices.fields, [property]: column } });
  return (
    <div className="import-settings">
      <p className="import-detected">
        {tx.t("import.detected", {
          format: detection.format,
          encoding: detection.encoding,
          n: detection.columns.length,
        })}
      </p>
      {remembered && <p className="import-remembered">{tx.t("import.remembered")}</p>}
      <div className="import-choice">
        <label htmlFor={`${id}-kind`}>{tx.t("import.kind")}</label>
        <select
          id={`${id}-kind`}
          value={choices.kind}
          disabled={kindLocked}
          onChange={(event) => chooseKind(event.target.value as Kind)}
        >
          {KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {tx.t(`kind.${kind}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="import-choice">
        <label htmlFor={`${id}-crs`}>{tx.t("import.crs")}</label>
        <select
          id={`${id}-crs`}
          value={crsValue}
          onChange={(event) => {
            const value = event.target.value;
            onChange({ ...choices, crs: value === AUTO ? null : value === OTHER ? "" : value });
          }}
        >
          <option value={AUTO}>{tx.t("import.crsAuto", { crs: detection.crs })}</option>
          <option value={WGS84}>{tx.t("import.crsWgs84")}</option>
          <optgroup label={tx.t("import.crsProvinces")}>
            {tools.provinces.map((province) => (
              <option key={province.name} value={`VN2000:${province.meridian}`}>
                {province.name} — VN-2000 {formatMeridian(province.meridian)}
              </option>
            ))}
          </optgroup>
          <option value={OTHER}>{tx.t("import.crsOther")}</option>
        </select>
        {crsValue === OTHER && (
          <>
            <label htmlFor={`${id}-crs-text`}>{tx.t("import.crsOtherLabel")}</label>
            <textarea
              id={`${id}-crs-text`}
              rows={2}
              value={choices.crs ?? ""}
              placeholder="EPSG:9206"
              onChange={(event) => onChange({ ...choices, crs: event.target.value })}
            />
            {choices.crs && (
              <output htmlFor={`${id}-crs-text`}>{understood ?? tx.t("import.crsNotUnderstood")}</output>
            )}
          </>
        )}
      </div>
      <table className="import-mapping">
        <caption>{tx.t("import.mapping")}</caption>
        <thead>
          <tr>
            <th scope="col">{tx.t("import.ourProperty")}</th>
            <th scope="col">{tx.t("import.theirColumn")}</th>
            <th scope="col">{tx.t("import.samples")}</th>
          </tr>
        </thead>
        <tbody>
          {targetProperties(choices.kind, choices.fields).map((property) => {
            const column = choices.fields[property] ?? "";
            const label = tx.maybe(`property.${property}`) ?? property;
            return (
              <tr key={property}>
                <th scope="row">
                  {label} <code>{shortText(property)}</code>
                </th>
                <td>
                  <select
                    aria-label={tx.t("import.columnFor", { property: label })}
                    value={column}
                    onChange={(event) => chooseColumn(property, event.target.value)}
                  >
                    <option value="">{tx.t("import.notUsed")}</option>
                    {detection.columns.map((name) => (
                      <option key={name} value={name}>
                        {shortText(name)}
                      </option>
                    ))}
                  </select>
                </td>
                <td className="import-samples" data-testid={`samples-${fileName}-${property}`}>
                  {column ? sampleValues(preview, column).join(" · ") : ""}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
