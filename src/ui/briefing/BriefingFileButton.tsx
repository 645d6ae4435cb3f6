import { useState } from "react";
import {
  BRIEFING_FORMAT,
  BRIEFING_VERSION,
  type BriefingPayload,
  fillTemplate,
  formatSize,
  TEMPLATE_FILE,
} from "../../briefing-file/payload";
import { useView } from "../app-context";
import { useText } from "../use-text";
import { useBriefing, useDeck } from "./briefing-context";
import { downloadBlob, fileNameOf } from "./export/download";
import "../../i18n/more-texts"; // the words looked up here, before it first draws

type State =
  | { kind: "idle" }
  | { kind: "busy" }
  | { kind: "ready"; blob: Blob; name: string }
  | { kind: "failed"; reason: string };

/**
 * One .html file with the deck and the data it shows, for a laptop with no network: packed from
 * the template the build put beside the app (fetched from the app's own origin), its size shown
 * before it is downloaded.
 */
export function BriefingFileButton() {
  const tx = useText();
  const { dataset } = useBriefing();
  const deck = useDeck((state) => state.deck);
  const language = useView((store) => store.language);
  const theme = useView((store) => store.theme);
  const [state, setState] = useState<State>({ kind: "idle" });

  const pack = async () => {
    if (!dataset) return;
    setState({ kind: "busy" });
    try {
      const response = await fetch(TEMPLATE_FILE);
      if (!response.ok) throw new Error(`${TEMPLATE_FILE}: HTTP ${response.status}`);
      const { layers, title, sample, dataDate, source } = dataset;
      const payload: BriefingPayload = {
        format: BRIEFING_FORMAT,
        version: BRIEFING_VERSION,
        createdAt: new Date().toISOString(),
        language,
        theme: theme === "projector-dark" ? "projector-dark" : "projector-light",
        deck,
        data: { title, sample, dataDate, source, layers },
      };
      const page = fillTemplate(await response.text(), payload);
      const blob = new Blob([page], { type: "text/html;charset=utf-8" });
      setState({ kind: "ready", blob, name: `${fileNameOf(deck.title, "binh-yen-briefing")}.html` });
    } catch (error) {
      setState({ kind: "failed", reason: error instanceof Error ? error.message : String(error) });
    }
  };

  return (
    <>
      <button
        type="button"
        disabled={!dataset || state.kind === "busy" || deck.slides.length === 0}
        onClick={pack}
        data-testid="make-briefing-file"
      >
        {tx.t("briefing.makeBriefingFile")}
      </button>
      {state.kind === "busy" && <p role="status">{tx.t("briefing.makingBriefingFile")}</p>}
      {state.kind === "failed" && (
        <p className="briefing-status error" role="alert">
          {tx.t("briefing.exportFailed", { reason: state.reason })}
        </p>
      )}
      {state.kind === "ready" && (
        <div className="briefing-status info" role="status" data-testid="briefing-file-ready">
          <p>
            {tx.t("briefing.briefingFileReady", {
              name: state.name,
              size: formatSize(state.blob.size, language),
            })}
          </p>
          <button
            type="button"
            onClick={() => downloadBlob(state.blob, state.name)}
            data-testid="download-briefing-file"
          >
            {tx.t("briefing.downloadBriefingFile", { size: formatSize(state.blob.size, language) })}
          </button>
        </div>
      )}
    </>
  );
}
