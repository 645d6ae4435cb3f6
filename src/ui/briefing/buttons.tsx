import { useText } from "../use-text";
import { useBriefing } from "./briefing-context";

/** "Add current view as slide", for the header; works from any view. */
export function AddSlideButton() {
  const tx = useText();
  const { addCurrentView } = useBriefing();
  return (
    <button
      type="button"
      onClick={addCurrentView}
      title={tx.t("briefing.addSlide")}
      aria-label={tx.t("briefing.addSlide")}
      data-testid="add-slide"
    >
      {tx.t("briefing.addSlideShort")}
    </button>
  );
}

/** Enters presentation mode (the P key does the same). */
export function PresentButton() {
  const tx = useText();
  const { enterPresentation } = useBriefing();
  return (
    <button
      type="button"
      onClick={enterPresentation}
      title={tx.t("briefing.presentHint")}
      data-testid="present"
    >
      {tx.t("briefing.present")}
    </button>
  );
}
