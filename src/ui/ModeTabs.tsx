import { MODES, type Mode } from "../state/view";
import { useView } from "./app-context";

const names: Record<Mode, { vi: string; en: string }> = {
  map: { vi: "Bản đồ", en: "Map" },
  coverage: { vi: "Phủ mô hình", en: "Coverage" },
  planner: { vi: "Nhân rộng", en: "Expansion" },
};

export function ModeTabs() {
  const language = useView((store) => store.language);
  const mode = useView((store) => store.mode);
  const setMode = useView((store) => store.setMode);
  return (
    <nav className="mode-tabs" aria-label={language === "vi" ? "Chế độ xem" : "View"}>
      {MODES.map((candidate) => (
        <button
          key={candidate}
          type="button"
          aria-pressed={mode === candidate}
          className={mode === candidate ? "active" : undefined}
          onClick={() => setMode(candidate)}
          data-testid={`mode-${candidate}`}
        >
          {names[candidate][language]}
        </button>
      ))}
    </nav>
  );
}
