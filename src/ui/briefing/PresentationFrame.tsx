import { shortText } from "../../domain/shown-text";
import type { TimeWindow } from "../../state/view";
import { useView } from "../app-context";
import { formatDate } from "../Header";
import { useBriefing, useBriefingText, useDeck } from "./briefing-context";
import { headlineFigure } from "./headline";

type Text = ReturnType<typeof useBriefingText>;

export function periodText(window: TimeWindow | undefined, language: "vi" | "en", t: Text): string {
  if (!window || (window.from === null && window.to === null)) return t("allDates");
  const parts: string[] = [];
  if (window.from) parts.push(`${t("from")} ${formatDate(window.from, language)}`);
  if (window.to) parts.push(`${t("to")} ${formatDate(window.to, language)}`);
  return parts.join(" ");
}

export function PresentationTitleBar() {
  const t = useBriefingText();
  const { dataset } = useBriefing();
  const language = useView((store) => store.language);
  const selected = useView((store) => store.selected);
  const window = useView((store) => store.window);
  const slide = useDeck((state) => state.deck.slides[state.current]);
  const headline = dataset ? headlineFigure(dataset, selected) : null;
  const title = slide?.title || dataset?.title || "";
  return (
    <header className="briefing-titlebar" data-testid="briefing-titlebar">
      <div className="briefing-heading">
        <h1 data-testid="briefing-slide-title">{shortText(title)}</h1>
        <p className="briefing-meta">
          {dataset?.title && <span>{shortText(dataset.title)}</span>}
          <span>
            {t("period")}: {periodText(window, language, t)}
          </span>
          {dataset?.dataDate && (
            <span>
              {t("dataAsOf")} {formatDate(dataset.dataDate, language)}
            </span>
          )}
        </p>
      </div>
      {headline && (
        <p className="briefing-figure" data-testid="briefing-figure">
          <strong>
            {headline.covered}/{headline.total}
          </strong>
          <span>
            {t("hamletsWithModel")} · {headline.where ?? t("inDistrict")}
          </span>
        </p>
      )}
    </header>
  );
}

export function PresentationFooter() {
  const t = useBriefingText();
  const { dataset, showSlide, exitPresentation } = useBriefing();
  const current = useDeck((state) => state.current);
  const count = useDeck((state) => state.deck.slides.length);
  const slideTitle = useDeck((state) => state.deck.slides[state.current]?.title ?? "");
  const theme = useView((store) => store.theme);
  const setTheme = useView((store) => store.setTheme);
  return (
    <footer className="briefing-footer" data-testid="briefing-footer">
      <p className="briefing-source">
        {dataset && (
          <span>
            {t("source")}: {dataset.source}
          </span>
        )}
        {dataset?.sample && (
          <span className="briefing-sample" title={t("sampleBadgeTitle")} data-testid="briefing-sample-badge">
            Dữ liệu mẫu / sample data
          </span>
        )}
      </p>
      <nav className="briefing-nav" aria-label={t("presentation")}>
        <button
          type="button"
          onClick={() => showSlide(current - 1)}
          disabled={current <= 0}
          aria-label={t("previous")}
        >
          ‹
        </button>
        <span className="briefing-counter" data-testid="briefing-counter">
          {count > 0 ? t("slideOf", { n: current + 1, total: count }) : ""}
        </span>
        <button
          type="button"
          onClick={() => showSlide(current + 1)}
          disabled={current >= count - 1}
          aria-label={t("next")}
        >
          ›
        </button>
        <button
          type="button"
          onClick={() => setTheme(theme === "projector-dark" ? "projector-light" : "projector-dark")}
          aria-label={t("switchTheme")}
          title={t("switchTheme")}
        >
          {theme === "projector-dark" ? "☀" : "☾"}
        </button>
        <button type="button" onClick={exitPresentation} aria-label={t("exit")} title={t("exit")}>
          ✕
        </button>
      </nav>
      <p className="visually-hidden" aria-live="polite">
        {count > 0 ? `${t("slideOf", { n: current + 1, total: count })}: ${slideTitle}` : ""}
      </p>
    </footer>
  );
}
