// What every view shows: the loaded geodata with the user's imported layers merged in (or standing
// in for the sample), on the administrative map the user chose. The units as given, or rolled up
// to today's communes (each the union of its old units, marked approximate). One function, so the
// map, coverage, planner and briefing all count the same features on the same map.
import { buildCrosswalk } from "../domain/gazetteer/crosswalk";
import type { Gazetteer } from "../domain/gazetteer/gazetteer-types";
import { findProvince } from "../domain/gazetteer/lookup";
import { ADMIN_PERIODS, type AdminPeriod, type Message } from "../domain/types";
import type { Dataset } from "./dataset";
import type { PeriodView } from "./dataset-for-period";
import type { StoredLayer } from "./imported-layers";
import { type MergeMode, mergeImported } from "./merge-imported";

export interface ShownDataset {
  dataset: Dataset;
  /** The map the units were given in (loaded and imported together); null when unknown or mixed. */
  givenPeriod: AdminPeriod | null;
  /** The map shown: the one asked for when it could be made, else the given one. */
  period: AdminPeriod | null;
  /** Today's communes built as unions of old units (approximate boundaries). */
  rolledUp: boolean;
  /** The maps the data can be shown on; the given one first. */
  periods: AdminPeriod[];
  /** What rolling up did, or why the map asked for cannot be shown. */
  periodMessages: Message[];
}

const isPeriod = (value: unknown): value is AdminPeriod =>
  (ADMIN_PERIODS as readonly unknown[]).includes(value);

/** The one period every unit carries, or null when some carry none or they differ. */
function unitsPeriod(dataset: Dataset, imported: readonly StoredLayer[]): AdminPeriod | null {
  const units = dataset.layers.units.features;
  if (units.length === 0) {
    const given = imported.find((layer) => layer.kind === "units")?.detection.adminPeriod;
    return given ?? dataset.adminPeriod ?? null;
  }
  const periods = new Set(units.map((unit) => (unit.properties as { adminPeriod?: unknown }).adminPeriod));
  const [only] = [...periods];
  return periods.size === 1 && isPeriod(only) ? only : null;
}

/** The dataset with the imported layers in it; `sample` only while the sample is what is shown. */
export function mergedDataset(
  base: Dataset,
  imported: readonly StoredLayer[],
  mode: MergeMode,
  gazetteer: Gazetteer | null,
): Dataset {
  if (imported.length === 0) return base;
  const importedProvince = imported.find((layer) => layer.detection.province)?.detection.province ?? null;
  const replacing = mode === "replace-sample";
  const provinceName = replacing
    ? (importedProvince ?? base.province ?? null)
    : (base.province ?? importedProvince);
  const province = findProvince(gazetteer, provinceName);
  const layers = mergeImported(base.layers, imported, mode, province ? buildCrosswalk(province) : null);
  const merged: Dataset = { ...base, layers, province: province?.province ?? provinceName };
  if (replacing && base.sample) {
    // The sample's title and date describe the sample; the user's own data is named by its province.
    Object.assign(merged, {
      sample: false,
      title: merged.province ?? base.title,
      dataDate: null,
      source: "",
    });
  }
  merged.adminPeriod = unitsPeriod(merged, imported);
  return merged;
}

/** True when the view's choice of map differs from the one given: `shownDataset` then needs the roll-up. */
export function wantsOtherPeriod(dataset: Dataset, period: AdminPeriod | null): boolean {
  return period !== null && period !== (dataset.adminPeriod ?? null);
}

/** period: the view's choice (null: as given). Null while another map is wanted and `view` (the
 * roll-up and the code that shows a dataset on another map) is not there yet: it loads on demand. */
export function shownDataset(
  dataset: Dataset,
  period: AdminPeriod | null,
  gazetteer: Gazetteer | null,
  view: PeriodView | null,
): ShownDataset | null {
  const givenPeriod = dataset.adminPeriod ?? null;
  const canRollUp =
    givenPeriod === "before-2025-07-01" &&
    dataset.layers.units.features.length > 0 &&
    findProvince(gazetteer, dataset.province ?? null) !== null;
  const periods: AdminPeriod[] =
    givenPeriod === null ? [] : canRollUp ? [givenPeriod, "from-2025-07-01"] : [givenPeriod];
  const unchanged = {
    dataset,
    givenPeriod,
    period: givenPeriod,
    rolledUp: false,
    periods,
    periodMessages: [],
  };
  if (period === null || period === givenPeriod) return unchanged;
  if (!view) return null;
  const result = view(dataset, period, gazetteer);
  if (!result.dataset) return { ...unchanged, periodMessages: result.messages };
  // That units were rolled up is said beside the switch; the data-problems panel keeps the problems.
  const report = result.dataset.report;
  const join = report.join.filter(
    (message) => message.level !== "info" || !message.code.startsWith("period-view"),
  );
  return {
    dataset: { ...result.dataset, report: { ...report, join } },
    givenPeriod,
    period,
    rolledUp: true,
    periods,
    periodMessages: result.messages,
  };
}
