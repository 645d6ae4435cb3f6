// Printing the current view: the live WebGL canvas may print blank, so the map is drawn once off
// screen at the printed size and shown as an image for the print, then removed.
import type { Dataset } from "../../../data/dataset";
import { textsFor } from "../../../i18n";
import { renderMapSnapshot } from "../../../map/snapshot";
import type { Camera, ViewState } from "../../../state/view";
import type { CoverageEngine } from "../../coverage/use-coverage";
import { mapStateOf } from "../../map-state-of";
import { PRINT_MAP_IMAGE_ID } from "../PrintSheet";
import { extrasSource, mapExtras } from "./map-extras";

// About A4 landscape at 96 dpi, less the title and legend bands.
const PRINT_MAP_SIZE = { width: 1040, height: 600 };

export async function printView(
  view: ViewState,
  camera: Camera | null,
  dataset: Dataset,
  engine: CoverageEngine,
): Promise<void> {
  const image = document.getElementById(PRINT_MAP_IMAGE_ID) as HTMLImageElement | null;
  // The coverage colours and the plan, as on screen: the print is of the view, not of a bare map.
  const extras = await mapExtras(null, view, dataset.layers, extrasSource(engine, dataset.layers));
  const canvas = await renderMapSnapshot({
    layers: dataset.layers,
    state: mapStateOf({ ...view, theme: "standard" }, dataset.layers),
    camera,
    ...PRINT_MAP_SIZE,
    coverage: extras.coverage,
    plan: extras.plan,
    northLetter: textsFor(view.language).t("briefing.north"),
  });
  if (image) {
    image.src = canvas.toDataURL("image/png");
    image.hidden = false;
    await image.decode().catch(() => {});
  }
  document.documentElement.classList.add("briefing-printing");
  const done = () => {
    document.documentElement.classList.remove("briefing-printing");
    window.removeEventListener("afterprint", done);
  };
  window.addEventListener("afterprint", done);
  window.print();
}
