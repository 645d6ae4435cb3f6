import type { Feature } from "geojson";
import { ownValue } from "../domain/records";
import { shortText, shortValue } from "../domain/shown-text";
import type { Layers } from "../domain/types";
import type { Texts } from "../i18n";
import type { GlossaryTerm } from "../i18n/texts/glossary";
import { featureBounds } from "../map/geometry";
import type { Selection } from "../state/view";
import { useMapCommands, useView } from "./app-context";
import { Term } from "./Term";
import { useText } from "./use-text";
import "../i18n/more-texts"; // the words looked up here, before it first draws

const idProperty = { units: "code", hamlets: "code", sites: "code", incidents: "id" } as const;

// Our values that are words of a fixed list, shown in the reader's language.
const VALUE_WORDS: Record<string, string> = {
  modelStatus: "modelStatus",
  siteType: "siteType",
  category: "category",
  unitType: "unitType",
  joinedBy: "joinedBy",
  adminPeriod: "adminPeriod",
};
// Properties named by a term of the movement: their label explains itself.
const PROPERTY_TERMS: Partial<Record<string, GlossaryTerm>> = {
  securityTeam: "securityTeam",
  mediationTeam: "mediationTeam",
  fireTeam: "fireTeam",
  groups: "selfManagementGroup",
};

export function findSelected(layers: Layers, selection: Selection): Feature | undefined {
  const key = idProperty[selection.layer];
  const features: Feature[] = layers[selection.layer].features;
  return features.find((feature) => String(feature.properties?.[key]) === selection.id);
}

// Values are rendered as React text, so HTML in a property is shown, never run.
function formatValue(property: string, value: unknown, tx: Texts): string {
  if (value === null || value === undefined || value === "") return "—";
  if (typeof value === "boolean") return tx.t(value ? "app.yes" : "app.no");
  // The label names the unit ("Dân số (người)", "Diện tích (km²)").
  if (typeof value === "number") return tx.number(value, { significant: 8 });
  if (typeof value === "string") {
    // Values are data: "constructor" is a word, not a key of these tables.
    const words = ownValue(VALUE_WORDS, property);
    const word = words ? tx.maybe(`${words}.${value}`) : null;
    if (word) return word;
    if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return tx.date(value);
    return shortText(value);
  }
  // A list of codes (a commune of today merged from old units) reads as a list, not as JSON.
  if (Array.isArray(value) && value.every((item) => typeof item === "string" || typeof item === "number")) {
    return shortText(value.map((item) => formatValue(property, item, tx)).join(", "));
  }
  // Only the start of a long value is shown; the data and its exports keep it whole.
  return shortValue(value);
}

export function FeaturePanel({ layers }: { layers: Layers }) {
  const tx = useText();
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
          <p className="panel-kind">{tx.t(`layer.${selected.layer}`)}</p>
          <h2 id="feature-panel-title">{title}</h2>
        </div>
        <button type="button" onClick={close} aria-label={tx.t("app.close")} className="icon-button">
          ×
        </button>
      </div>
      {!feature && <p className="empty-state">{tx.t("feature.notFound")}</p>}
      {feature && (
        <>
          <dl className="properties">
            {properties.map(([name, value]) => {
              // Names are data: a property called "constructor" is a name, not a key of these tables.
              const label = tx.maybe(`property.${name}`);
              const term = ownValue(PROPERTY_TERMS, name);
              return (
                <div key={name}>
                  {/* A property of an imported file keeps its own name: it is the data's word. */}
                  <dt>
                    {term && label ? (
                      <Term term={term}>{label}</Term>
                    ) : (
                      (label ?? <code>{shortText(name)}</code>)
                    )}
                  </dt>
                  <dd>{formatValue(name, value, tx)}</dd>
                </div>
              );
            })}
          </dl>
          {feature.geometry && (
            <button
              type="button"
              onClick={() => {
                const bounds = featureBounds({ type: "FeatureCollection", features: [feature] });
                if (bounds) mapCommands.current?.fitBounds(bounds);
              }}
            >
              {tx.t("feature.zoomTo")}
            </button>
          )}
        </>
      )}
    </aside>
  );
}
