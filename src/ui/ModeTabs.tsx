import { MODES } from "../state/view";
import { useView } from "./app-context";
import { useText } from "./use-text";

export function ModeTabs() {
  const tx = useText();
  const mode = useView((store) => store.mode);
  const setMode = useView((store) => store.setMode);
  return (
    <nav className="mode-tabs" aria-label={tx.t("app.views")}>
      {MODES.map((candidate) => (
        <button
          key={candidate}
          type="button"
          aria-pressed={mode === candidate}
          className={mode === candidate ? "active" : undefined}
          onClick={() => setMode(candidate)}
          data-testid={`mode-${candidate}`}
        >
          {tx.t(`mode.${candidate}`)}
        </button>
      ))}
    </nav>
  );
}
