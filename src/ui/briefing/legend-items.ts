// What the briefing legend lists for a view: only what the map draws. Shared by the legend on
// screen and the one burnt into exported slide images, so the two cannot disagree.
import { MODEL_STATUSES } from "../../domain/types";
import type { Texts } from "../../i18n";
import type { IconImage } from "../../map/icons";
import { RATIO_CLASSES } from "../../map/layers-coverage";
import { POLICE_POST_ZOOM } from "../../map/layers-marks";
import { planColours } from "../../map/layers-plan";
import { paletteFor } from "../../map/palette";
import type { Theme, ViewState } from "../../state/view";
import { legendIcons } from "../legend-icons";
import "../../i18n/more-texts"; // the words looked up here, before it first draws

export type LegendItem =
  | { kind: "square"; colour: string; outline: string; label: string }
  | { kind: "circle"; colour: string; outline: string; label: string; large: boolean }
  | { kind: "icon"; icon: IconImage; label: string }
  | { kind: "line"; colour: string; dashed: boolean; label: string }
  | { kind: "ramp"; colours: string[]; label: string }
  | { kind: "pick"; colour: string; ring: string; label: string };

type LegendView = Pick<ViewState, "visible" | "mode" | "incidentStyle" | "radiusKm">;

export interface LegendOptions {
  /** The zoom the map is drawn at; police posts wait for POLICE_POST_ZOOM where the map says so. */
  zoom: number;
}

export function legendItems(view: LegendView, theme: Theme, tx: Texts, options: LegendOptions): LegendItem[] {
  const palette = paletteFor(theme);
  const items: LegendItem[] = [];
  if (view.mode === "coverage" && view.visible.units) {
    RATIO_CLASSES.forEach((ratioClass, index) => {
      items.push({
        kind: "square",
        colour: palette.coverageClasses[index] ?? palette.noData,
        outline: palette.ink,
        label: ratioClass.label,
      });
    });
    items.push({
      kind: "square",
      colour: palette.noData,
      outline: palette.ink,
      label: tx.t("coverage.noHamlets"),
    });
  }
  if (view.mode === "coverage" && view.visible.sites) {
    items.push({
      kind: "line",
      colour: palette.reach,
      dashed: true,
      label: tx.t("coverage.reachLegend", { r: view.radiusKm }),
    });
  }
  if (view.mode === "planner") {
    const colours = planColours(palette);
    items.push({
      kind: "pick",
      colour: colours.pick,
      ring: colours.reach,
      label: tx.t("planner.legendPick"),
    });
    items.push({
      kind: "line",
      colour: colours.reach,
      dashed: false,
      label: tx.t("planner.legendReach", { r: view.radiusKm }),
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
    // The map shows them only zoomed in (see makeSiteIconLayer).
    if (options.zoom >= POLICE_POST_ZOOM)
      items.push({ kind: "icon", icon: legendIcons().policePost, label: tx.t("siteType.police-post") });
  }
  if (view.visible.incidents) {
    if (view.incidentStyle === "heatmap")
      items.push({ kind: "ramp", colours: [...palette.heat], label: tx.t("legend.heatmap") });
    else
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
