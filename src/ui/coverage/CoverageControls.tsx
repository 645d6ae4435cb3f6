import { useEffect, useState } from "react";
import { INCIDENT_CATEGORIES, type IsoDate } from "../../domain/types";
import { INCIDENT_STYLES } from "../../state/view";
import { useView } from "../app-context";
import { DateField } from "../DateField";
import { RadiusInput } from "../RadiusInput";
import { useText } from "../use-text";
import { lengthOf, monthOf, type WindowLength, windowEnding } from "./window-math";
import "../../i18n/more-texts"; // the words looked up here, before it first draws

const PLAY_STEP_MILLISECONDS = 900;

/** The data's first and last dates, from the engine's load summary or the summary tables. */
interface DataRange {
  dataFrom: IsoDate | null;
  dataTo: IsoDate | null;
}

export function CoverageControls({ dataRange }: { dataRange: DataRange | null | undefined }) {
  const tx = useText();
  const window = useView((store) => store.window);
  const setWindow = useView((store) => store.setWindow);
  const incidentStyle = useView((store) => store.incidentStyle);
  const setIncidentStyle = useView((store) => store.setIncidentStyle);
  const categories = useView((store) => store.categories);
  const toggleCategory = useView((store) => store.toggleCategory);
  const [playing, setPlaying] = useState(false);

  const dataFrom = dataRange?.dataFrom ?? null;
  const dataTo = dataRange?.dataTo ?? null;
  const firstMonth = dataFrom ? monthOf(dataFrom) : 0;
  const lastMonth = dataTo ? monthOf(dataTo) : 0;
  const currentMonth = window.to ? monthOf(window.to) : lastMonth;
  const length = lengthOf(window, dataFrom);

  const moveTo = (month: number, nextLength: WindowLength = length) => {
    if (!dataFrom) return;
    setWindow(windowEnding(Math.min(Math.max(month, firstMonth), lastMonth), nextLength, dataFrom));
  };

  // Playing steps the window's last month forward and stops at the end of the data.
  useEffect(() => {
    if (!playing) return;
    if (currentMonth >= lastMonth) {
      setPlaying(false);
      return;
    }
    const timer = setTimeout(() => moveTo(currentMonth + 1), PLAY_STEP_MILLISECONDS);
    return () => clearTimeout(timer);
  });

  return (
    <section className="coverage-controls" aria-labelledby="coverage-controls-title">
      <h2 id="coverage-controls-title">{tx.t("coverage.window")}</h2>
      <div className="date-row">
        <DateField
          label={tx.t("coverage.from")}
          value={window.from}
          min={dataFrom}
          max={dataTo}
          emptyMeans={dataFrom}
          onChange={(from) => setWindow({ ...window, from: from as IsoDate | null })}
          testId="window-from"
        />
        <DateField
          label={tx.t("coverage.to")}
          value={window.to}
          min={dataFrom}
          max={dataTo}
          emptyMeans={dataTo}
          onChange={(to) => setWindow({ ...window, to: to as IsoDate | null })}
          testId="window-to"
        />
      </div>
      <fieldset className="segmented">
        <legend>{tx.t("coverage.monthLength")}</legend>
        {(
          [
            ["month", "coverage.oneMonth"],
            ["year", "coverage.twelveMonths"],
            ["all", "coverage.sinceStart"],
          ] as const
        ).map(([value, phrase]) => (
          <label key={value}>
            <input
              type="radio"
              name="window-length"
              checked={length === value}
              onChange={() => moveTo(currentMonth, value)}
            />
            {tx.t(phrase)}
          </label>
        ))}
      </fieldset>
      {dataFrom && dataTo && (
        <div className="slider-row">
          <button
            type="button"
            onClick={() => {
              if (!playing && currentMonth >= lastMonth) moveTo(firstMonth);
              setPlaying(!playing);
            }}
            aria-pressed={playing}
            data-testid="play"
          >
            {playing ? `⏸ ${tx.t("coverage.pause")}` : `▶ ${tx.t("coverage.play")}`}
          </button>
          <label className="month-slider">
            <span className="month-label" aria-live="polite">
              {tx.month(currentMonth, true)}
            </span>
            <input
              type="range"
              min={firstMonth}
              max={lastMonth}
              step={1}
              value={currentMonth}
              aria-label={tx.t("coverage.monthSlider")}
              aria-valuetext={tx.month(currentMonth, true)}
              onChange={(event) => moveTo(Number(event.target.value))}
              data-testid="month-slider"
            />
          </label>
          <button type="button" className="link-button" onClick={() => setWindow({ from: null, to: null })}>
            {tx.t("coverage.allTime")}
          </button>
        </div>
      )}
      <RadiusInput label={tx.t("coverage.radius")} testId="radius" className="radius-row" />
      <fieldset className="segmented">
        <legend>{tx.t("coverage.incidentStyle")}</legend>
        {INCIDENT_STYLES.map((style) => (
          <label key={style}>
            <input
              type="radio"
              name="incident-style"
              checked={incidentStyle === style}
              onChange={() => setIncidentStyle(style)}
              data-testid={`incident-style-${style}`}
            />
            {tx.t(`coverage.${style}`)}
          </label>
        ))}
      </fieldset>
      <fieldset className="categories">
        <legend>{tx.t("coverage.categories")}</legend>
        {INCIDENT_CATEGORIES.map((category) => (
          <label key={category}>
            <input
              type="checkbox"
              checked={categories.includes(category)}
              onChange={() => toggleCategory(category)}
            />
            {tx.t(`category.${category}`)}
          </label>
        ))}
      </fieldset>
    </section>
  );
}
