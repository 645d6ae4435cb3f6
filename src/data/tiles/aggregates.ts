// Per-commune and per-month figures written beside a tile archive, so an app drawing the nation
// from tiles still has its numbers without reading a million incidents: one row per commune
// (hamlets, coverage, teams, incidents) in `<name>.aggregates.json` (what the app reads) and
// `<name>.communes.csv`, and incidents per commune, month and category in `<name>.months.csv`.
// The builder's memory grows with communes × months, never with incidents.
import type { TableHamletFigures, TableMonth, YearActivities } from "../../domain/coverage/tables-coverage";
import { INCIDENT_CATEGORIES } from "../../domain/types";
import { isCovered } from "../../domain/unit-summary";

export const AGGREGATES_FORMAT = "binhyen-tile-aggregates";

export interface CommuneAggregate {
  code: string;
  name: string;
  province: string | null;
  district: string | null;
  hamlets: number;
  coveredHamlets: number;
  modelPoints: number;
  securityTeams: number;
  mediationTeams: number;
  fireTeams: number;
  groups: number;
  population: number;
  households: number;
  incidents: number;
}

export interface TileAggregates {
  format: typeof AGGREGATES_FORMAT;
  version: 1;
  /** The archive's file name, beside this file. */
  archive: string;
  title: string;
  sample: boolean;
  dataDate: string | null;
  source: string;
  /** Features read into the archive, per layer. */
  counts: { units: number; hamlets: number; sites: number; incidents: number };
  /** [west, south, east, north] of the data. */
  bounds: [number, number, number, number] | null;
  categories: string[];
  communes: CommuneAggregate[];
  /**
   * Hamlets and incidents no commune could be found for: in the totals, in no row; the figures of
   * those hamlets (absent in tables written before they were kept).
   */
  unjoined: { hamlets: number; incidents: number; hamletFigures?: TableHamletFigures };
  /**
   * Incidents per month ("YYYY-MM") over the whole area, and those joined to a commune per
   * category in `categories` order (absent in tables written before they were kept).
   */
  byMonth: TableMonth[];
  /** Activity records summed per year over the whole area (absent in older tables). */
  activities?: YearActivities[];
}

interface HamletLike {
  unitCode: string | null;
  modelStatus: string;
  securityTeam: boolean;
  mediationTeam: boolean;
  fireTeam: boolean;
  groups: number;
  population: number;
  households: number;
}

type ActivityLike = YearActivities;

interface UnitLike {
  code: string;
  name: string;
  province?: string | null;
  district?: string | null;
}

const monthText = (month: number) =>
  `${String(Math.floor(month / 12)).padStart(4, "0")}-${String((month % 12) + 1).padStart(2, "0")}`;

const csvCell = (value: unknown) => {
  const text = value === null || value === undefined ? "" : String(value);
  return /[",\n]/u.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
};

export class AggregateBuilder {
  private readonly communes = new Map<string, CommuneAggregate>();
  /** `${unitCode}|${month}` → incidents per category; "" for incidents joined to no commune. */
  private readonly monthly = new Map<string, Int32Array>();
  private readonly categoryIndex = new Map<string, number>(
    INCIDENT_CATEGORIES.map((category, index) => [category, index]),
  );
  private unjoinedHamlets = 0;
  private readonly unjoinedFigures: TableHamletFigures = {
    coveredHamlets: 0,
    modelPoints: 0,
    securityTeams: 0,
    mediationTeams: 0,
    fireTeams: 0,
    groups: 0,
    population: 0,
    households: 0,
  };
  private readonly activities = new Map<number, YearActivities>();
  private unjoinedIncidents = 0;
  private incidents = 0;

  constructor(
    units: readonly UnitLike[],
    hamlets: readonly HamletLike[],
    activities: readonly ActivityLike[] = [],
  ) {
    for (const unit of units)
      this.communes.set(unit.code, {
        code: unit.code,
        name: unit.name,
        province: unit.province ?? null,
        district: unit.district ?? null,
        hamlets: 0,
        coveredHamlets: 0,
        modelPoints: 0,
        securityTeams: 0,
        mediationTeams: 0,
        fireTeams: 0,
        groups: 0,
        population: 0,
        households: 0,
        incidents: 0,
      });
    for (const hamlet of hamlets) {
      const joined = hamlet.unitCode === null ? undefined : this.communes.get(hamlet.unitCode);
      if (!joined) this.unjoinedHamlets += 1;
      else joined.hamlets += 1;
      const row: TableHamletFigures = joined ?? this.unjoinedFigures;
      if (isCovered(hamlet.modelStatus)) row.coveredHamlets += 1;
      if (hamlet.modelStatus === "model-point") row.modelPoints += 1;
      if (hamlet.securityTeam) row.securityTeams += 1;
      if (hamlet.mediationTeam) row.mediationTeams += 1;
      if (hamlet.fireTeam) row.fireTeams += 1;
      row.groups += hamlet.groups;
      row.population += hamlet.population;
      row.households += hamlet.households;
    }
    for (const activity of activities) {
      const row = this.activities.get(activity.year) ?? {
        year: activity.year,
        outreachSessions: 0,
        outreachAttendances: 0,
        commitments: 0,
        gunsRecovered: 0,
        reintegrationSupported: 0,
      };
      row.outreachSessions += activity.outreachSessions;
      row.outreachAttendances += activity.outreachAttendances;
      row.commitments += activity.commitments;
      row.gunsRecovered += activity.gunsRecovered;
      row.reintegrationSupported += activity.reintegrationSupported;
      this.activities.set(activity.year, row);
    }
  }

  /** One incident: its commune (null: none found), month number (year × 12 + month − 1), category. */
  addIncident(unitCode: string | null, month: number, category: string): void {
    this.incidents += 1;
    const row = unitCode === null ? undefined : this.communes.get(unitCode);
    if (row) row.incidents += 1;
    else this.unjoinedIncidents += 1;
    const key = `${row ? row.code : ""}|${month}`;
    let counts = this.monthly.get(key);
    if (!counts) {
      counts = new Int32Array(INCIDENT_CATEGORIES.length);
      this.monthly.set(key, counts);
    }
    const index = this.categoryIndex.get(category) ?? INCIDENT_CATEGORIES.length - 1;
    counts[index] = (counts[index] as number) + 1;
  }

  finish(
    meta: Pick<TileAggregates, "archive" | "title" | "sample" | "dataDate" | "source" | "bounds"> & {
      counts: Omit<TileAggregates["counts"], "incidents">;
    },
  ): TileAggregates {
    const byMonth = new Map<number, { incidents: number; inCommunes: number[] }>();
    for (const [key, counts] of this.monthly) {
      const separator = key.indexOf("|");
      const month = Number(key.slice(separator + 1));
      const row = byMonth.get(month) ?? { incidents: 0, inCommunes: INCIDENT_CATEGORIES.map(() => 0) };
      byMonth.set(month, row);
      // The key of incidents in no commune starts with its separator ("|month").
      const inCommune = separator > 0;
      counts.forEach((count, slot) => {
        row.incidents += count;
        if (inCommune) row.inCommunes[slot] = (row.inCommunes[slot] ?? 0) + count;
      });
    }
    return {
      format: AGGREGATES_FORMAT,
      version: 1,
      archive: meta.archive,
      title: meta.title,
      sample: meta.sample,
      dataDate: meta.dataDate,
      source: meta.source,
      counts: { ...meta.counts, incidents: this.incidents },
      bounds: meta.bounds,
      categories: [...INCIDENT_CATEGORIES],
      communes: [...this.communes.values()].sort((a, b) => a.code.localeCompare(b.code)),
      unjoined: {
        hamlets: this.unjoinedHamlets,
        incidents: this.unjoinedIncidents,
        hamletFigures: { ...this.unjoinedFigures },
      },
      byMonth: [...byMonth.entries()]
        .sort((a, b) => a[0] - b[0])
        .map(([month, row]) => ({
          month: monthText(month),
          incidents: row.incidents,
          inCommunesByCategory: row.inCommunes,
        })),
      activities: [...this.activities.values()].sort((a, b) => a.year - b.year),
    };
  }

  /** unitCode, month, then one column per category; an empty unitCode for incidents in no commune. */
  monthsCsv(): string {
    const rows = [["unitCode", "month", ...INCIDENT_CATEGORIES, "total"].join(",")];
    const keys = [...this.monthly.keys()].sort();
    for (const key of keys) {
      const counts = this.monthly.get(key) as Int32Array;
      const [code = "", month = "0"] = key.split("|");
      const cells = [csvCell(code), monthText(Number(month))];
      let total = 0;
      for (const count of counts) {
        cells.push(String(count));
        total += count;
      }
      cells.push(String(total));
      rows.push(cells.join(","));
    }
    return `${rows.join("\n")}\n`;
  }
}

const COMMUNE_COLUMNS: readonly (keyof CommuneAggregate)[] = [
  "code",
  "name",
  "province",
  "district",
  "hamlets",
  "coveredHamlets",
  "modelPoints",
  "securityTeams",
  "mediationTeams",
  "fireTeams",
  "groups",
  "population",
  "households",
  "incidents",
];

export function communesCsv(aggregates: TileAggregates): string {
  const rows = [COMMUNE_COLUMNS.join(",")];
  for (const commune of aggregates.communes)
    rows.push(COMMUNE_COLUMNS.map((column) => csvCell(commune[column])).join(","));
  return `${rows.join("\n")}\n`;
}

/** The file's figures, or why they cannot be used. */
export function parseAggregates(
  text: string,
): { ok: true; value: TileAggregates } | { ok: false; reason: string } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : String(error) };
  }
  const candidate = value as Partial<TileAggregates> | null;
  if (
    candidate?.format !== AGGREGATES_FORMAT ||
    candidate.version !== 1 ||
    !Array.isArray(candidate.communes)
  )
    return { ok: false, reason: `not a ${AGGREGATES_FORMAT} file of version 1` };
  return { ok: true, value: candidate as TileAggregates };
}
