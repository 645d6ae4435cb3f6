// The administrative period of every layer of a dataset, before the join: each file's own (its
// manifest entry, the manifest, its import), else found from the units it names in the gazetteer,
// else (incidents) each one's date, else, for records, the units' period.

import { appendAll } from "../domain/arrays";
import type { Gazetteer, GazetteerProvince } from "../domain/gazetteer/gazetteer-types";
import { findProvince, unitsNamed, unitsWithCode } from "../domain/gazetteer/lookup";
import { weighPeriods } from "../domain/gazetteer/period-evidence";
import { ADMIN_PERIODS, type AdminPeriod, type Message } from "../domain/types";
import { gazetteerMessage } from "./gazetteer-messages";
import { recordPeriods } from "./import/record-period";
import type { Manifest } from "./manifest-types";
import type { ParsedLayer } from "./parse-layer";

export interface PeriodPlan {
  /** For each parsed layer, the period of each of its features (null: none), in order. */
  periods: (AdminPeriod | null)[][];
  /** The units' period when they all follow one; null when none is known or they mix. */
  unitsPeriod: AdminPeriod | null;
  province: GazetteerProvince | null;
  messages: Message[];
}

type Properties = Record<string, unknown>;

const isPeriod = (value: unknown): value is AdminPeriod => ADMIN_PERIODS.includes(value as AdminPeriod);
const text = (value: unknown) => (typeof value === "string" && value.trim() !== "" ? value : null);

function propertiesOf(layer: ParsedLayer): Properties[] {
  return (layer.collection.features as { properties: unknown }[]).map(
    (feature) => feature.properties as Properties,
  );
}

/** The manifest's province, else the units' own province column, else the one their names fit. */
function chooseProvince(gazetteer: Gazetteer | null, manifest: Manifest | null, units: Properties[]) {
  if (!gazetteer || gazetteer.provinces.length === 0) return null;
  const named = manifest?.province ?? units.map((unit) => text(unit.province)).find((name) => name !== null);
  if (named) return findProvince(gazetteer, named);
  let best: { province: GazetteerProvince; count: number } | null = null;
  for (const province of gazetteer.provinces) {
    const count = units.filter((unit) =>
      ADMIN_PERIODS.some((period) => {
        const code = text(unit.code);
        const name = text(unit.name);
        return (
          (code && unitsWithCode(province, period, code).length > 0) ||
          (name && unitsNamed(province, period, name).length > 0)
        );
      }),
    ).length;
    if (count > 0 && (best === null || count > best.count)) best = { province, count };
  }
  return best?.province ?? null;
}

function unitsLayerPeriods(
  layer: ParsedLayer,
  given: AdminPeriod | null,
  province: GazetteerProvince | null,
  messages: Message[],
): (AdminPeriod | null)[] {
  const units = propertiesOf(layer);
  let period = given;
  if (period === null && province) {
    const evidence = weighPeriods(
      province,
      units.map((unit) => ({ code: text(unit.code), name: text(unit.name) })),
    );
    period = evidence.period;
    if (period !== null) {
      const where = { file: layer.report.file, property: "adminPeriod" };
      messages.push(
        gazetteerMessage("admin-period-found", where, {
          found: `${evidence.votes[period]}/${evidence.total}`,
          period,
        }),
      );
    }
  }
  return units.map((unit) => (isPeriod(unit.adminPeriod) ? unit.adminPeriod : period));
}

export function planPeriods(
  manifest: Manifest | null,
  parsedLayers: readonly ParsedLayer[],
  gazetteer: Gazetteer | null,
): PeriodPlan {
  const messages: Message[] = [];
  const givenOf = (layer: ParsedLayer) => layer.adminPeriod ?? manifest?.adminPeriod ?? null;
  const unitLayers = parsedLayers.filter((layer) => layer.report.kind === "units");
  const province = chooseProvince(gazetteer, manifest, unitLayers.flatMap(propertiesOf));
  const periods: (AdminPeriod | null)[][] = parsedLayers.map((layer) =>
    layer.report.kind === "units" ? unitsLayerPeriods(layer, givenOf(layer), province, messages) : [],
  );
  const unitPeriods = new Set(unitLayers.flatMap((layer) => periods[parsedLayers.indexOf(layer)] ?? []));
  const unitsPeriod = unitPeriods.size === 1 ? ([...unitPeriods][0] ?? null) : null;
  // Units without a period are joined as ever: a record's period would change nothing.
  const anyUnitPeriod = [...unitPeriods].some((period) => period !== null);
  parsedLayers.forEach((layer, index) => {
    const kind = layer.report.kind;
    if (kind === "units") return;
    if (!anyUnitPeriod) {
      periods[index] = propertiesOf(layer).map((record) =>
        isPeriod(record.adminPeriod) ? record.adminPeriod : null,
      );
      return;
    }
    const options = {
      file: layer.report.file,
      gazetteer: province ? { provinces: [province] } : null,
      province: province?.province ?? null,
      adminPeriod: givenOf(layer),
    };
    const found = recordPeriods(propertiesOf(layer), kind, options);
    appendAll(messages, found.messages);
    periods[index] = found.periods.map((period) => period ?? unitsPeriod);
  });
  return { periods, unitsPeriod, province, messages };
}
