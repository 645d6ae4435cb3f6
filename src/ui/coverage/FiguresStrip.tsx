import type { ReactNode } from "react";
import type { AreaFigures } from "../../domain/coverage";
import type { Texts } from "../../i18n";
import { Term } from "../Term";
import { useText } from "../use-text";
import "../../i18n/more-texts"; // the words looked up here, before it first draws

export interface Figure {
  label: ReactNode;
  /** "—" for a figure the data cannot give; its detail then says why. */
  value: string;
  detail: string | undefined;
  testId: string;
  /** True when the data cannot give it: shown as "—" with the reason, never as 0. */
  unknown?: boolean;
}

/** The three teams in one label: one of each per hamlet, so three counts against one total. */
export function TeamsLabel() {
  const tx = useText();
  return (
    <>
      <Term term="securityTeam">{tx.t("coverage.teams.security")}</Term> ·{" "}
      <Term term="mediationTeam">{tx.t("coverage.teams.mediation")}</Term> ·{" "}
      <Term term="fireTeam">{tx.t("coverage.teams.fire")}</Term>
    </>
  );
}

/** The teams and groups of an area, whether from its features or a tile archive's tables. */
export function teamFigures(
  area: Pick<AreaFigures, "teams" | "hamlets" | "groups" | "groupsPer100Households">,
  tx: Texts,
): Figure[] {
  const n = (value: number) => tx.number(value);
  const teams = area.teams;
  return [
    {
      label: <TeamsLabel />,
      value: `${n(teams.security)} · ${n(teams.mediation)} · ${n(teams.fire)}`,
      detail: tx.t("coverage.teamsDetail", { hamlets: tx.count(area.hamlets, "hamlets") }),
      testId: "figure-teams",
    },
    {
      label: <Term term="selfManagementGroup">{tx.t("coverage.groups")}</Term>,
      value: tx.count(area.groups, "groups"),
      detail:
        area.groupsPer100Households === null
          ? undefined
          : tx.t("coverage.groupsPer100", { n: tx.number(area.groupsPer100Households, { digits: 1 }) }),
      testId: "figure-groups",
    },
  ];
}

/** The figures of an area as the coverage engine computes them from the features. */
export function areaFigures(area: AreaFigures, radiusKm: number, tx: Texts): Figure[] {
  const n = (value: number) => tx.number(value);
  return [
    {
      label: tx.t("coverage.hamletsCovered"),
      value: `${n(area.coveredHamlets)}/${tx.count(area.hamlets, "hamlets")}`,
      detail: tx.share(area.coveredHamlets, area.hamlets),
      testId: "figure-hamlets-covered",
    },
    ...teamFigures(area, tx),
    {
      label: tx.t("coverage.populationWithin", { r: radiusKm }),
      value: tx.share(area.populationWithinRadius, area.population),
      detail: `${n(area.populationWithinRadius)}/${tx.count(area.population, "people")}`,
      testId: "figure-population-within",
    },
    {
      label: tx.t("coverage.incidents"),
      value: tx.count(area.incidents, "incidents"),
      detail:
        area.incidentRate === null
          ? undefined
          : tx.t("coverage.incidentRate", { n: tx.number(area.incidentRate, { digits: 1 }) }),
      testId: "figure-incidents",
    },
    {
      label: tx.t("coverage.outreach"),
      value: tx.count(area.outreachSessions, "sessions"),
      detail: tx.count(area.outreachAttendances, "attendances"),
      testId: "figure-outreach",
    },
    {
      label: tx.t("coverage.commitments"),
      value: tx.count(area.commitments, "commitments"),
      detail: undefined,
      testId: "figure-commitments",
    },
    {
      label: tx.t("coverage.guns"),
      value: tx.count(area.gunsRecovered, "guns"),
      detail: undefined,
      testId: "figure-guns",
    },
    {
      label: tx.t("coverage.reintegration"),
      value: tx.count(area.reintegrationSupported, "people"),
      detail: undefined,
      testId: "figure-reintegration",
    },
  ];
}

/** The headline figures, like the ones the district reports each year. */
export function FiguresStrip({
  name,
  figures,
  note,
  compact = false,
}: {
  name: string;
  figures: readonly Figure[];
  /** A line under the area's name: what the figures stand for, when that is not plain. */
  note?: string;
  /** Inside a panel that already names the area. */
  compact?: boolean;
}) {
  return (
    <section
      className={compact ? "figures-strip compact" : "figures-strip"}
      aria-label={name}
      data-testid={compact ? "unit-figures" : "figures-strip"}
    >
      {!compact && <h2 className="figures-area">{name}</h2>}
      {note && (
        <p className="figures-note" data-testid="figures-note">
          {note}
        </p>
      )}
      <dl>
        {figures.map((figure) => (
          <div
            key={figure.testId}
            className={figure.unknown ? "figure unknown" : "figure"}
            data-testid={figure.testId}
          >
            <dt>{figure.label}</dt>
            <dd>
              <span className="figure-value">{figure.value}</span>
              {figure.detail && <span className="figure-detail">{figure.detail}</span>}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
