import type { AreaFigures } from "../../domain/coverage";
import type { Language } from "../../state/view";
import { useView } from "../app-context";
import { type CoveragePhrase, coverageText, formatNumber, formatPercent } from "./coverage-i18n";

interface Figure {
  label: CoveragePhrase;
  value: string;
  detail: string | undefined;
  testId: string;
}

export function figuresFor(area: AreaFigures, language: Language): Figure[] {
  const n = (value: number) => formatNumber(value, language);
  const t = (phrase: CoveragePhrase, values?: Record<string, string | number>) =>
    coverageText(language, phrase, values);
  const teams = area.teams;
  return [
    {
      label: "hamletsCovered",
      value: `${n(area.coveredHamlets)}/${n(area.hamlets)}`,
      detail: formatPercent(area.coveredHamlets, area.hamlets, language),
      testId: "figure-hamlets-covered",
    },
    {
      // One tile for the three teams (one of each per hamlet): three counts against one total.
      label: "teams",
      value: `${n(teams.security)} · ${n(teams.mediation)} · ${n(teams.fire)}`,
      detail: t("teamsDetail", { hamlets: n(area.hamlets) }),
      testId: "figure-teams",
    },
    {
      label: "groups",
      value: n(area.groups),
      detail:
        area.groupsPer100Households === null
          ? undefined
          : t("groupsPer100", { n: formatNumber(area.groupsPer100Households, language, 1) }),
      testId: "figure-groups",
    },
    {
      label: "populationWithin",
      value: formatPercent(area.populationWithinRadius, area.population, language),
      detail: `${n(area.populationWithinRadius)}/${n(area.population)} ${t("people")}`,
      testId: "figure-population-within",
    },
    {
      label: "incidents",
      value: n(area.incidents),
      detail:
        area.incidentRate === null
          ? undefined
          : t("incidentRate", { n: formatNumber(area.incidentRate, language, 1) }),
      testId: "figure-incidents",
    },
    {
      label: "outreach",
      value: n(area.outreachSessions),
      detail: t("attendances", { n: n(area.outreachAttendances) }),
      testId: "figure-outreach",
    },
    { label: "commitments", value: n(area.commitments), detail: undefined, testId: "figure-commitments" },
    { label: "guns", value: n(area.gunsRecovered), detail: undefined, testId: "figure-guns" },
    {
      label: "reintegration",
      value: n(area.reintegrationSupported),
      detail: undefined,
      testId: "figure-reintegration",
    },
  ];
}

/** The headline figures, like the ones the district reports each year. */
export function FiguresStrip({
  area,
  radiusKm,
  compact = false,
}: {
  area: AreaFigures;
  radiusKm: number;
  /** Inside a panel that already names the area. */
  compact?: boolean;
}) {
  const language = useView((store) => store.language);
  return (
    <section
      className={compact ? "figures-strip compact" : "figures-strip"}
      aria-label={area.name}
      data-testid={compact ? "unit-figures" : "figures-strip"}
    >
      {!compact && <h2 className="figures-area">{area.name}</h2>}
      <dl>
        {figuresFor(area, language).map((figure) => (
          <div key={figure.label} className="figure" data-testid={figure.testId}>
            <dt>{coverageText(language, figure.label, { r: formatNumber(radiusKm, language, 1) })}</dt>
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
