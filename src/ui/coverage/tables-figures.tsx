// The headline figures when the data is drawn from a tile archive: what its summary tables hold,
// and "—" with the reason for what they do not (never a 0 that a reader would take as a fact).
import type { TableArea, TablesCoverage } from "../../domain/coverage/tables-coverage";
import { INCIDENT_CATEGORIES } from "../../domain/types";
import type { Texts } from "../../i18n";
import { type Figure, teamFigures } from "./FiguresStrip";
import "../../i18n/more-texts"; // the words looked up here, before it first draws

const UNKNOWN = "—";

function unknown(label: Figure["label"], reason: string, testId: string): Figure {
  return { label, value: UNKNOWN, detail: reason, testId, unknown: true };
}

/** Hamlets, teams, groups: the tables' state at the data's date, for the whole area or a commune. */
function hamletFigures(area: TableArea, unjoinedHamlets: number, tx: Texts): Figure[] {
  const n = (value: number) => tx.number(value);
  const share = tx.share(area.coveredHamlets, area.hamlets);
  return [
    {
      label: tx.t("coverage.hamletsCovered"),
      value: `${n(area.coveredHamlets)}/${tx.count(area.hamlets, "hamlets")}`,
      detail:
        unjoinedHamlets > 0
          ? `${share} · ${tx.t("coverage.tables.unjoinedHamlets", { hamlets: tx.count(unjoinedHamlets, "hamlets") })}`
          : share,
      testId: "figure-hamlets-covered",
    },
    ...teamFigures(area, tx),
  ];
}

function incidentFigure(coverage: TablesCoverage, tx: Texts): Figure {
  const label = tx.t("coverage.incidents");
  const { incidents, months } = coverage;
  if (!incidents.known)
    return unknown(
      label,
      tx.t(incidents.reason === "old-tables" ? "coverage.tables.oldTables" : "coverage.tables.noMonths"),
      "figure-incidents",
    );
  const details: string[] = [];
  if (incidents.value.rate !== null)
    details.push(tx.t("coverage.incidentRate", { n: tx.number(incidents.value.rate, { digits: 1 }) }));
  if (months && !months.whole)
    details.push(
      tx.t("coverage.tables.wholeMonths", { from: tx.month(months.first), to: tx.month(months.last) }),
    );
  if (incidents.value.categories < INCIDENT_CATEGORIES.length)
    details.push(
      tx.t("coverage.tables.categories", {
        n: incidents.value.categories,
        total: INCIDENT_CATEGORIES.length,
      }),
    );
  return {
    label,
    value: tx.count(incidents.value.count, "incidents"),
    detail: details.length > 0 ? details.join(" · ") : undefined,
    testId: "figure-incidents",
  };
}

function activityFigures(coverage: TablesCoverage, tx: Texts): Figure[] {
  const labels = {
    outreach: tx.t("coverage.outreach"),
    commitments: tx.t("coverage.commitments"),
    guns: tx.t("coverage.guns"),
    reintegration: tx.t("coverage.reintegration"),
  };
  const { activities } = coverage;
  if (!activities.known) {
    const reason = tx.t(
      activities.reason === "no-records" ? "coverage.tables.noActivities" : "coverage.tables.notInTables",
    );
    return [
      unknown(labels.outreach, reason, "figure-outreach"),
      unknown(labels.commitments, reason, "figure-commitments"),
      unknown(labels.guns, reason, "figure-guns"),
      unknown(labels.reintegration, reason, "figure-reintegration"),
    ];
  }
  const value = activities.value;
  return [
    {
      label: labels.outreach,
      value: tx.count(value.outreachSessions, "sessions"),
      detail: tx.count(value.outreachAttendances, "attendances"),
      testId: "figure-outreach",
    },
    {
      label: labels.commitments,
      value: tx.count(value.commitments, "commitments"),
      detail: undefined,
      testId: "figure-commitments",
    },
    {
      label: labels.guns,
      value: tx.count(value.gunsRecovered, "guns"),
      detail: undefined,
      testId: "figure-guns",
    },
    {
      label: labels.reintegration,
      value: tx.count(value.reintegrationSupported, "people"),
      detail: undefined,
      testId: "figure-reintegration",
    },
  ];
}

/** The whole area's figures from the tables, in the order of the map view's strip. */
export function tablesFigures(coverage: TablesCoverage, radiusKm: number, tx: Texts): Figure[] {
  return [
    ...hamletFigures(coverage.totals, coverage.unjoinedHamlets, tx),
    unknown(
      tx.t("coverage.populationWithin", { r: radiusKm }),
      tx.t("coverage.tables.notInTables"),
      "figure-population-within",
    ),
    incidentFigure(coverage, tx),
    ...activityFigures(coverage, tx),
  ];
}

/** One commune's figures from its row: its incidents over all dates, nothing the row lacks. */
export function tablesCommuneFigures(commune: TableArea, tx: Texts): Figure[] {
  return [
    ...hamletFigures(commune, 0, tx),
    {
      label: tx.t("coverage.tables.incidentsAllDates"),
      value: tx.count(commune.incidentsAllDates, "incidents"),
      detail: undefined,
      testId: "figure-incidents-all-dates",
    },
    unknown(tx.t("coverage.outreach"), tx.t("coverage.tables.notPerCommune"), "figure-outreach"),
  ];
}

/** What the hamlet figures stand for: the tables' state, not the window. */
export function tablesNote(coverage: TablesCoverage, tx: Texts): string {
  return coverage.asOf
    ? tx.t("coverage.tables.asOf", { date: tx.date(coverage.asOf) })
    : tx.t("coverage.tables.asOfUndated");
}
