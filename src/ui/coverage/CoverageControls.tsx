import { useEffect, useState } from "react";
import type { CoverageLoadSummary } from "../../domain/coverage";
import { INCIDENT_CATEGORIES, type IsoDate } from "../../domain/types";
import { INCIDENT_STYLES } from "../../state/view";
import { useView } from "../app-context";
import { incidentCategoryNames } from "../i18n";
import { RadiusInput } from "../RadiusInput";
import { coverageText } from "./coverage-i18n";
import { lengthOf, monthLabel, monthOf, type WindowLength, windowEnding } from "./window-math";

const PLAY_STEP_MILLISECONDS = 900;

export function CoverageControls({ summary }: { summary: CoverageLoadSummary | undefined }) {
  const language = useView((store) => store.language);
  const window = useView((store) => store.window);
  const setWindow = useView((store) => store.setWindow);
  const incidentStyle = useView((store) => store.incidentStyle);
  const setIncidentStyle = useView((store) => store.setIncidentStyle);
  const categories = useView((store) => store.categories);
  const toggleCategory = useView((store) => store.toggleCategory);
  const [playing, setPlaying] = useState(false);
  const t = (phrase: Parameters<typeof coverageText>[1], values?: Record<string, string | number>) =>
    coverageText(language, phrase, values);

  const dataFrom = summary?.dataFrom ?? null;
  const dataTo = summary?.dataTo ?? null;
  const firstMonth = dataFrom ? monthOf(dataFrom) : 0;
  const lastMonth = dataTo ? monthOf(dataTo) : 0;
  const currentMonth = window.to ? monthOf(window.to) : lastMonth;
  const length = lengthOf(window);

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
      <h2 id="coverage-controls-title">{t("window")}</h2>
      <div className="date-row">
        <label>
          {t("from")}
          <input
            type="date"
            value={window.from ?? ""}
            min={dataFrom ?? undefined}
            max={dataTo ?? undefined}
            onChange={(event) =>
              setWindow({ ...window, from: (event.target.value || null) as IsoDate | null })
            }
            data-testid="window-from"
          />
        </label>
        <label>
          {t("to")}
          <input
            type="date"
            value={window.to ?? ""}
            min={dataFrom ?? undefined}
            max={dataTo ?? undefined}
            onChange={(event) => setWindow({ ...window, to: (event.target.value || null) as IsoDate | null })}
            data-testid="window-to"
          />
        </label>
      </div>
      <fieldset className="segmented">
        <legend>{t("monthLength")}</legend>
        {(
          [
            ["month", "oneMonth"],
            ["year", "twelveMonths"],
            ["all", "sinceStart"],
          ] as const
        ).map(([value, phrase]) => (
          <label key={value}>
            <input
              type="radio"
              name="window-length"
              checked={length === value}
              onChange={() => moveTo(currentMonth, value)}
            />
            {t(phrase)}
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
            {playing ? `⏸ ${t("pause")}` : `▶ ${t("play")}`}
          </button>
          <label className="month-slider">
            <span className="month-label" aria-live="polite">
              {monthLabel(currentMonth, language)}
            </span>
            <input
              type="range"
              min={firstMonth}
              max={lastMonth}
              step={1}
              value={currentMonth}
              aria-label={t("monthSlider")}
              aria-valuetext={monthLabel(currentMonth, language)}
              onChange={(event) => moveTo(Number(event.target.value))}
              data-testid="month-slider"
            />
          </label>
          <button type="button" className="link-button" onClick={() => setWindow({ from: null, to: null })}>
            {t("allTime")}
          </button>
        </div>
      )}
      <RadiusInput label={t("radius")} testId="radius" className="radius-row" />
      <fieldset className="segmented">
        <legend>{t("incidentStyle")}</legend>
        {INCIDENT_STYLES.map((style) => (
          <label key={style}>
            <input
              type="radio"
              name="incident-style"
              checked={incidentStyle === style}
              onChange={() => setIncidentStyle(style)}
              data-testid={`incident-style-${style}`}
            />
            {t(style)}
          </label>
        ))}
      </fieldset>
      <fieldset className="categories">
        <legend>{t("categories")}</legend>
        {INCIDENT_CATEGORIES.map((category) => (
          <label key={category}>
            <input
              type="checkbox"
              checked={categories.includes(category)}
              onChange={() => toggleCategory(category)}
            />
            {incidentCategoryNames[category][language]}
          </label>
        ))}
      </fieldset>
    </section>
  );
}
