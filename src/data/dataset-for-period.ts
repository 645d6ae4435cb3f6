// A dataset seen on either administrative map: as loaded (by the units as given), or rolled up to
// today's communes when its units are older. The other way is not possible without the older
// boundaries, and the answer says so rather than inventing them.

import type { Gazetteer } from "../domain/gazetteer/gazetteer-types";
import { findProvince } from "../domain/gazetteer/lookup";
import type { rollUpToToday } from "../domain/gazetteer/rollup";
import type { AdminPeriod, Message } from "../domain/types";
import type { Dataset } from "./dataset";
import { gazetteerMessage } from "./gazetteer-messages";

export interface DatasetForPeriod {
  /** null when the dataset cannot be shown on that map (messages say why). */
  dataset: Dataset | null;
  /** What was done (units rolled up, approximate) or why nothing could be. */
  messages: Message[];
}

/** The roll-up, passed in: it carries turf's polygon clipping, which the browser loads only when
 * today's communes are asked for (ui/use-roll-up.ts). */
export type RollUp = typeof rollUpToToday;

/** datasetForPeriod with its roll-up: what the app loads the first time another map is asked for. */
export type PeriodView = (
  dataset: Dataset,
  period: AdminPeriod,
  gazetteer: Gazetteer | null,
) => DatasetForPeriod;

export function periodView(rollUp: RollUp): PeriodView {
  return (dataset, period, gazetteer) => datasetForPeriod(dataset, period, gazetteer, rollUp);
}

/** period: the map to show. The messages name the units file(s) of the dataset. */
export function datasetForPeriod(
  dataset: Dataset,
  period: AdminPeriod,
  gazetteer: Gazetteer | null,
  rollUp: RollUp,
): DatasetForPeriod {
  const current = dataset.adminPeriod ?? null;
  if (current === period) return { dataset, messages: [] };
  const file = dataset.report.files.find((report) => report.kind === "units")?.file ?? "units";
  if (current === null) {
    return { dataset: null, messages: [gazetteerMessage("period-view-unknown", { file }, { period })] };
  }
  if (period === "before-2025-07-01") {
    return {
      dataset: null,
      messages: [gazetteerMessage("period-view-no-old-boundaries", { file }, { period })],
    };
  }
  const province = findProvince(gazetteer, dataset.province ?? null);
  if (!province) {
    const found = JSON.stringify(dataset.province ?? "");
    return {
      dataset: null,
      messages: [gazetteerMessage("period-view-no-gazetteer", { file }, { found, period })],
    };
  }
  const rolled = rollUp(dataset.layers, province);
  const messages: Message[] = [
    gazetteerMessage(
      "period-view-rolled-up",
      { file },
      {
        found: String(dataset.layers.units.features.length),
        count: rolled.layers.units.features.length,
        period,
      },
    ),
  ];
  for (const unit of rolled.unplaced) {
    const where = { file, featureId: unit.code, property: "code" };
    messages.push(
      gazetteerMessage("period-view-unplaced", where, { found: JSON.stringify(unit.name), period }),
    );
  }
  for (const commune of rolled.partial) {
    const where = { file, featureId: commune.code, property: "code" };
    const details = { found: commune.name, used: commune.missing.join(", "), period };
    messages.push(gazetteerMessage("period-view-partial", where, details));
  }
  const report = { ...dataset.report, join: [...dataset.report.join, ...messages] };
  return { dataset: { ...dataset, layers: rolled.layers, adminPeriod: period, report }, messages };
}
