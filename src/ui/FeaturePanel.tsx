import { bbox } from "@turf/turf";
import type { Feature } from "geojson";
import { ownValue } from "../domain/records";
import { shortText, shortValue } from "../domain/shown-text";
import type { Layers } from "../domain/types";
import type { Language, Selection } from "../state/view";
import { useMapCommands, useTranslate, useView } from "./app-context";
import { formatDate } from "./Header";
import { incidentCategoryNames, layerPhrase, modelStatusNames, propertyNames, siteTypeNames } from "./i18n";

const idProperty = { units: "code", hamlets: "code", sites: "code", incidents: "id" } as const;

export function findSelected(layers: Layers, selection: Selection): Feature | undefined {
  const key = idProperty[selection.layer];
  const features: Feature[] = layers[selection.layer].features;
  return features.find((feature) => String(feature.properties?.[key]) === selection.id);
}

// Values are rendered as React text, so HTML in a property is shown, never run.
function formatValue(property: string, value: unknown, language: Language): string {
  if (value === null || value === undefined || value === "") return "—";
  if (typeof value === "boolean")
    return value ? (language === "vi" ? "Có" : "Yes") : language === "vi" ? "Không" : "No";
  if (typeof value === "number") return value.toLocaleString(language === "vi" ? "vi-VN" : "en-GB");
  if (typeof value === "string") {
    // Values are data: "constructor" is a word, not a key of these tables.
    if (property === "modelStatus" && Object.hasOwn(modelStatusNames, value))
      return modelStatusNames[value as keyof typeof modelStatusNames][language];
    if (property === "siteType" && Object.hasOwn(siteTypeNames, value))
      return siteTypeNames[value as keyof typeof siteTypeNames][language];
    if (property === "category" && Object.hasOwn(incidentCategoryNames, value))
      return incidentCategoryNames[value as keyof typeof incidentCategoryNames][language];
    if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return formatDate(value, language);
    return shortText(value);
  }
  // Only the start of a long value is shown; the data and its exports keep it whole.
  return shortValue(value);
}

export function FeaturePanel({ layers }: { layers: Layers }) {
  const t = useTranslate();
  const language = useView((store) => store.language);
  const selected = useView((store) => store.selected);
  const select = useView((store) => store.select);
  const mapCommands = useMapCommands();
  if (!selected) return null;
  const feature = findSelected(layers, selected);
  const close = () => select(null);
  const properties = Object.entries(feature?.properties ?? {}).filter(([name]) => name !== "joinedBy");
  const title = feature
    ? shortText(String(feature.properties?.name ?? feature.properties?.id ?? selected.id))
    : shortText(selected.id);
  return (
    <aside className="feature-panel" aria-labelledby="feature-panel-title" data-testid="feature-panel">
      <div className="panel-heading">
        <div>
          <p className="panel-kind">{t(layerPhrase[selected.layer])}</p>
          <h2 id="feature-panel-title">{title}</h2>
        </div>
        <button type="button" onClick={close} aria-label={t("close")} className="icon-button">
          ×
        </button>
      </div>
      {!feature && <p className="empty-state">{t("notFound")}</p>}
      {feature && (
        <>
          <dl className="properties">
            {properties.map(([name, value]) => (
              <div key={name}>
                <dt>{ownValue(propertyNames, name)?.[language] ?? shortText(name)}</dt>
                <dd>{formatValue(name, value, language)}</dd>
              </div>
            ))}
          </dl>
          {feature.geometry && (
            <button
              type="button"
              onClick={() =>
                mapCommands.current?.fitBounds(bbox(feature) as [number, number, number, number])
              }
            >
              {t("zoomTo")}
            </button>
          )}
        </>
      )}
    </aside>
  );
}
