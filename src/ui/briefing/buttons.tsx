import { useBriefing, useBriefingText } from "./briefing-context";

/** "Add current view as slide", for the header; works from any view. */
export function AddSlideButton() {
  const t = useBriefingText();
  const { addCurrentView } = useBriefing();
  return (
    <button
      type="button"
      onClick={addCurrentView}
      title={t("addSlide")}
      aria-label={t("addSlide")}
      data-testid="add-slide"
    >
      {t("addSlideShort")}
    </button>
  );
}

/** Enters presentation mode (the P key does the same). */
export function PresentButton() {
  const t = useBriefingText();
  const { enterPresentation } = useBriefing();
  return (
    <button type="button" onClick={enterPresentation} title={t("presentHint")} data-testid="present">
      {t("present")}
    </button>
  );
}
