// What the briefing legend lists for a view: only the layers it shows. Shared by the legend on
// screen and the one burnt into exported slide images, so the two cannot disagree.
import { MODEL_STATUSES } from "../../domain/types";
import type { Texts } from "../../i18n";
import type { IconImage } from "../../map/icons";
import { paletteFor } from "../../map/palette";
import type { Theme, ViewState } from "../../state/view";
import { legendIcons } from "../legend-icons";

export type LegendItem =
  | { kind: "square"; colour: string; outline: string; label: string }
  | { kind: "circle"; colour: string; outline: string; label: string; large: boolean }
  | { kind: "icon"; icon: IconImage; label: string };

const COVERAGE_LABELS = ["0%", "1–25%", "26–50%", "51–75%", "76–100%"] as const;

export function legendItems(
  view: Pick<ViewState, "visible" | "mode">,
  theme: Theme,
  tx: Texts,
): LegendItem[] {
  const palette = paletteFor(theme);
  const items: LegendItem[] = [];
  if (view.mode === "coverage" && view.visible.units) {
    COVERAGE_LABELS.forEach((label, index) => {
      items.push({
        kind: "square",
        colour: palette.coverageClasses[index] ?? palette.noData,
        outline: palette.ink,
        label,
      });
    });
  }
  if (view.visible.hamlets) {
    for (const status of MODEL_STATUSES) {
      items.push({
        kind: "circle",
        colour: palette.hamletStatus[status],
        outline: palette.markOutline,
        label: tx.t(`modelStatus.${status}`),
        large: status === "model-point",
      });
    }
  }
  if (view.visible.sites) {
    items.push({ kind: "icon", icon: legendIcons().modelSite, label: tx.t("siteType.model") });
    items.push({ kind: "icon", icon: legendIcons().policePost, label: tx.t("siteType.police-post") });
  }
  if (view.visible.incidents) {
    items.push({
      kind: "circle",
      colour: palette.incident,
      outline: palette.markOutline,
      label: tx.t("layer.incidents"),
      large: false,
    });
  }
  return items;
}
