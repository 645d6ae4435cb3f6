import { shortText } from "../../domain/shown-text";
import { useView } from "../app-context";
import { SampleBadgeText } from "../SampleBadgeText";
import { useText } from "../use-text";
import { BriefingLegend } from "./BriefingLegend";
import { useBriefing } from "./briefing-context";
import { periodText } from "./period";
import "../../i18n/more-texts"; // the words looked up here, before it first draws

export const PRINT_MAP_IMAGE_ID = "briefing-print-map";

/**
 * What a printed view adds to the map: title, legend, date and source. Hidden on screen; the print
 * stylesheet shows it and hides the controls. The map itself is printed from an image drawn just
 * before printing (see printView), since a WebGL canvas may print blank; the image carries its
 * scale bar and north arrow.
 */
export function PrintSheet() {
  const tx = useText();
  const { dataset } = useBriefing();
  const window = useView((store) => store.window);
  const zoom = useView((store) => store.camera?.zoom ?? 0);
  return (
    <div className="briefing-print" aria-hidden="true">
      <div className="briefing-print-head">
        <h1>{shortText(dataset?.title ?? "")}</h1>
        <p>
          {tx.t("briefing.period")}: {periodText(window, tx)}
          {dataset?.dataDate && ` · ${tx.t("app.dataDate")} ${tx.date(dataset.dataDate)}`}
        </p>
      </div>
      <div className="briefing-print-body">
        <img id={PRINT_MAP_IMAGE_ID} alt="" hidden />
      </div>
      <BriefingLegend theme="standard" zoom={zoom} className="briefing-print-legend" />
      <p className="briefing-print-foot">
        {dataset && (
          <>
            {tx.t("briefing.source")}: <span translate="no">{dataset.source}</span>
          </>
        )}
        {dataset?.sample && (
          <span className="briefing-sample">
            {" "}
            <SampleBadgeText />
          </span>
        )}
      </p>
    </div>
  );
}
