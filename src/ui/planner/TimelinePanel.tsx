// Adoption by year: the records, then the plan's picks a few a year, as a bar chart; "play" lights
// the map up year by year, for briefings.
import { useEffect, useState } from "react";
import { maxOf } from "../../domain/arrays";
import type { TimelineYear } from "../../domain/planner/timeline";
import { useText } from "../use-text";
import "../../i18n/more-texts"; // the words looked up here, before it first draws

const STEP_MS = 1200;
const CHART = { width: 560, height: 120, bottom: 18, top: 14 };

export function TimelinePanel({
  timeline,
  perYear,
  setPerYear,
  year,
  setYear,
}: {
  timeline: readonly TimelineYear[] | null;
  perYear: number;
  setPerYear(perYear: number): void;
  year: number | null;
  setYear(year: number | null): void;
}) {
  const tx = useText();
  const [playing, setPlaying] = usePlaying(timeline, year, setYear);
  if (!timeline || timeline.length === 0) return <p className="note">{tx.t("planner.timelineNone")}</p>;
  const max = Math.max(
    maxOf(
      timeline.map((entry) => entry.cumulative),
      1,
    ),
    1,
  );
  const band = CHART.width / timeline.length;
  const shown = timeline.find((entry) => entry.year === year) ?? null;
  const scale = (value: number) => ((CHART.height - CHART.bottom - CHART.top) * value) / max;
  return (
    <section className="timeline" data-testid="timeline">
      <div className="timeline-controls">
        <button
          type="button"
          className="primary"
          onClick={() => setPlaying(!playing)}
          data-testid="timeline-play"
        >
          {playing ? tx.t("planner.pause") : tx.t("planner.play")}
        </button>
        <label>
          {tx.t("planner.perYear")}{" "}
          <input
            type="number"
            min={1}
            max={20}
            value={perYear}
            onChange={(event) => {
              const value = Math.round(Number(event.target.value));
              if (value >= 1 && value <= 20) setPerYear(value);
            }}
          />
        </label>
        <span className="legend-inline">
          <span className="swatch recorded" aria-hidden="true" /> {tx.t("planner.recorded")}
          <span className="swatch planned" aria-hidden="true" /> {tx.t("planner.planned")}
        </span>
        {shown && (
          <strong data-testid="timeline-year">
            {tx.t("planner.yearShown", {
              year: String(shown.year),
              n: shown.covered,
              total: shown.cumulative,
            })}
          </strong>
        )}
      </div>
      <svg
        viewBox={`0 0 ${CHART.width} ${CHART.height}`}
        className="timeline-chart"
        role="img"
        aria-label={`${tx.t("planner.timelineTitle")}: ${timeline
          .map((entry) => `${entry.year}: ${tx.count(entry.cumulative, "hamlets")}`)
          .join(", ")}`}
      >
        {timeline.map((entry, index) => {
          const height = scale(entry.cumulative);
          const x = index * band + band * 0.15;
          const y = CHART.height - CHART.bottom - height;
          return (
            // biome-ignore lint/a11y/noStaticElementInteractions: the buttons above do the same by keyboard
            <g
              key={entry.year}
              className={[entry.planned ? "planned" : "recorded", entry.year === year ? "current" : ""].join(
                " ",
              )}
              onClick={() => setYear(entry.year === year ? null : entry.year)}
            >
              <rect x={x} y={y} width={band * 0.7} height={height} />
              <text x={x + band * 0.35} y={y - 3} textAnchor="middle" className="value">
                {tx.number(entry.cumulative)}
              </text>
              <text x={x + band * 0.35} y={CHART.height - 4} textAnchor="middle">
                {entry.year}
              </text>
            </g>
          );
        })}
      </svg>
    </section>
  );
}

/** Steps the shown year once per STEP_MS while playing, and stops at the last year. */
function usePlaying(
  timeline: readonly TimelineYear[] | null,
  year: number | null,
  setYear: (year: number | null) => void,
): [boolean, (playing: boolean) => void] {
  const [playing, setPlaying] = useState(false);
  useEffect(() => {
    if (!playing || !timeline) return;
    const years = timeline.map((entry) => entry.year);
    const index = year === null ? 0 : years.indexOf(year) + 1;
    if (index >= years.length || index < 0) {
      setPlaying(false);
      return;
    }
    const timer = setTimeout(() => setYear(years[index] ?? null), year === null ? 0 : STEP_MS);
    return () => clearTimeout(timer);
  }, [playing, timeline, year, setYear]);
  return [
    playing,
    (next) => {
      // Playing again from the last year starts over from the first.
      if (next && timeline && year === timeline.at(-1)?.year) setYear(null);
      setPlaying(next);
    },
  ];
}
