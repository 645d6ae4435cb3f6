import { shortText } from "../../domain/shown-text";
import { useView } from "../app-context";
import { formatDate } from "../Header";
import { BriefingLegend } from "./BriefingLegend";
import { useBriefing, useBriefingText } from "./briefing-context";
import { periodText } from "./PresentationFrame";

export const PRINT_MAP_IMAGE_ID = "briefing-print-map";

/**
 * What a printed view adds to the map: title, legend, north arrow, date and source. Hidden on
 * screen; the print stylesheet shows it and hides the controls. The map itself is printed from an
 * image drawn just before printing (see printView), since a WebGL canvas may print blank.
 */
export function PrintSheet() {
  const t = useBriefingText();
  const { dataset } = useBriefing();
  const language = useView((store) => store.language);
  const window = useView((store) => store.window);
  return (
    <div className="briefing-print" aria-hidden="true">
      <div className="briefing-print-head">
        <h1>{shortText(dataset?.title ?? "")}</h1>
        <p>
          {t("period")}: {periodText(window, language, t)}
          {dataset?.dataDate && ` · ${t("dataAsOf")} ${formatDate(dataset.dataDate, language)}`}
        </p>
      </div>
      <div className="briefing-print-body">
        <img id={PRINT_MAP_IMAGE_ID} alt="" hidden />
        <div className="briefing-north" title={t("northLabel")}>
          <span aria-hidden="true">▲</span>
          <strong>{t("north")}</strong>
        </div>
      </div>
      <BriefingLegend theme="standard" className="briefing-print-legend" />
      <p className="briefing-print-foot">
        {dataset && `${t("source")}: ${dataset.source}`}
        {dataset?.sample && <span className="briefing-sample"> Dữ liệu mẫu / sample data</span>}
      </p>
    </div>
  );
}
