import { shortText } from "../../domain/shown-text";
import { useView } from "../app-context";
import { SampleBadgeText } from "../SampleBadgeText";
import { useText } from "../use-text";
import { useBriefing, useDeck } from "./briefing-context";
import { periodText } from "./period";
import { slideWords } from "./story";
import "../../i18n/more-texts"; // the words looked up here, before it first draws

export function PresentationTitleBar() {
  const tx = useText();
  const { dataset, storyData } = useBriefing();
  const view = useView((store) => store);
  const window = view.window;
  const slide = useDeck((state) => state.deck.slides[state.current]);
  const words = slide && storyData ? slideWords(slide, view, storyData, tx) : null;
  const headline = words?.headline ?? null;
  const title = words?.title || dataset?.title || "";
  return (
    <header className="briefing-titlebar" data-testid="briefing-titlebar">
      <div className="briefing-heading">
        <h1 data-testid="briefing-slide-title">{shortText(title)}</h1>
        <p className="briefing-meta">
          {dataset?.title && <span>{shortText(dataset.title)}</span>}
          <span>
            {tx.t("briefing.period")}: {periodText(window, tx)}
          </span>
          {dataset?.dataDate && (
            <span>
              {tx.t("app.dataDate")} {tx.date(dataset.dataDate)}
            </span>
          )}
        </p>
      </div>
      {headline && (
        <p className="briefing-figure" data-testid="briefing-figure">
          <strong>{headline.figure}</strong>
          <span>{headline.label}</span>
        </p>
      )}
    </header>
  );
}

export function PresentationFooter() {
  const tx = useText();
  const { dataset, showSlide, exitPresentation } = useBriefing();
  const current = useDeck((state) => state.current);
  const count = useDeck((state) => state.deck.slides.length);
  const slide = useDeck((state) => state.deck.slides[state.current]);
  const { storyData } = useBriefing();
  const view = useView((store) => store);
  const slideTitle = slide && storyData ? slideWords(slide, view, storyData, tx).title : (slide?.title ?? "");
  const theme = view.theme;
  const setTheme = view.setTheme;
  return (
    <footer className="briefing-footer" data-testid="briefing-footer">
      <p className="briefing-source">
        {dataset && (
          <span>
            {/* The steward's words, in whatever language they wrote them. */}
            {tx.t("briefing.source")}: <span translate="no">{dataset.source}</span>
          </span>
        )}
        {dataset?.sample && (
          <span
            className="briefing-sample"
            title={tx.t("app.sampleBadgeTitle")}
            data-testid="briefing-sample-badge"
          >
            <SampleBadgeText />
          </span>
        )}
      </p>
      <nav className="briefing-nav" aria-label={tx.t("briefing.presentation")}>
        <button
          type="button"
          onClick={() => showSlide(current - 1)}
          disabled={current <= 0}
          aria-label={tx.t("briefing.previous")}
        >
          ‹
        </button>
        <span className="briefing-counter" data-testid="briefing-counter">
          {count > 0 ? tx.t("briefing.slideOf", { n: current + 1, total: count }) : ""}
        </span>
        <button
          type="button"
          onClick={() => showSlide(current + 1)}
          disabled={current >= count - 1}
          aria-label={tx.t("briefing.next")}
        >
          ›
        </button>
        <button
          type="button"
          onClick={() => setTheme(theme === "projector-dark" ? "projector-light" : "projector-dark")}
          aria-label={tx.t("briefing.switchTheme")}
          title={tx.t("briefing.switchTheme")}
        >
          {theme === "projector-dark" ? "☀" : "☾"}
        </button>
        <button
          type="button"
          onClick={exitPresentation}
          aria-label={tx.t("briefing.exit")}
          title={tx.t("briefing.exit")}
        >
          ✕
        </button>
      </nav>
      <p className="visually-hidden" aria-live="polite">
        {count > 0 ? `${tx.t("briefing.slideOf", { n: current + 1, total: count })}: ${slideTitle}` : ""}
      </p>
    </footer>
  );
}
