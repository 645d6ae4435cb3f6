import { type ChangeEvent, useRef, useState } from "react";
import { type DeckText, parseDeck, serialiseDeck } from "../../state/deck-validate";
import { useView } from "../app-context";
import { coverageEngine } from "../coverage/engine";
import { useText } from "../use-text";
import { BriefingFileButton } from "./BriefingFileButton";
import { useBriefing, useDeck } from "./briefing-context";
import { downloadBlob, fileNameOf } from "./export/download";
import { IMAGE_SIZES } from "./export/image-sizes";
import { printView } from "./export/print-view";
import { rememberedProjectorTheme } from "./projector-theme";
import "../../i18n/more-texts"; // the words looked up here, before it first draws

// The PDF and ZIP writers are most of a megabyte: fetched on the first export, not with the page.
const loadExporters = () => import("./export/export-deck");

type Status = { kind: "info" | "error"; lines: string[] } | null;

/** Deck files in and out: JSON to carry to another computer, PNG and PDF to hand out, print. */
export function DeckActions() {
  const tx = useText();
  const { dataset } = useBriefing();
  const deck = useDeck((state) => state.deck);
  const replaceDeck = useDeck((state) => state.replaceDeck);
  const view = useView((store) => store);
  const fileInput = useRef<HTMLInputElement>(null);
  const [sizeIndex, setSizeIndex] = useState(0);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<Status>(null);
  const say = (text: DeckText) => text[tx.language];

  const exportJson = () => {
    const blob = new Blob([serialiseDeck(deck)], { type: "application/json" });
    downloadBlob(blob, `${fileNameOf(deck.title, "binh-yen-deck")}.json`);
  };

  const importJson = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = "";
    if (!file) return;
    const result = parseDeck(await file.text());
    if (!result.ok) {
      setStatus({
        kind: "error",
        lines: [tx.t("briefing.importFailed", { file: file.name }), ...result.errors.map(say)],
      });
      return;
    }
    replaceDeck(result.deck);
    setStatus({
      kind: "info",
      lines: [tx.t("briefing.imported", { slides: tx.count(result.deck.slides.length, "slides") })],
    });
  };

  const run = async (work: () => Promise<number>) => {
    setBusy(true);
    try {
      const count = await work();
      setStatus({ kind: "info", lines: [tx.t("briefing.exportDone", { files: tx.count(count, "files") })] });
    } catch (error) {
      setStatus({ kind: "error", lines: [tx.t("briefing.exportFailed", { reason: String(error) })] });
    } finally {
      setBusy(false);
    }
  };
  // Outside presentation mode the slides come out in the theme the presenter last used.
  const theme = view.theme === "standard" ? rememberedProjectorTheme() : view.theme;
  const exportInput =
    dataset &&
    ({
      deck,
      baseView: view,
      dataset,
      theme,
      engine: coverageEngine(),
      onProgress: (done: number, total: number) =>
        setStatus({
          kind: "info",
          lines: [tx.t("briefing.exporting", { n: Math.min(done + 1, total), total })],
        }),
    } as const);
  const size = IMAGE_SIZES[sizeIndex] ?? IMAGE_SIZES[0];
  return (
    <div className="briefing-actions">
      <button type="button" onClick={exportJson} data-testid="export-deck">
        {tx.t("briefing.exportDeck")}
      </button>
      <button type="button" onClick={() => fileInput.current?.click()}>
        {tx.t("briefing.importDeck")}
      </button>
      <input
        ref={fileInput}
        type="file"
        accept=".json,application/json"
        hidden
        onChange={importJson}
        data-testid="import-deck"
      />
      <label>
        {tx.t("briefing.imageSize")}{" "}
        <select
          value={sizeIndex}
          data-testid="image-size"
          onChange={(event) => setSizeIndex(Number(event.target.value))}
        >
          {IMAGE_SIZES.map((option, index) => (
            <option key={`${option.width}x${option.height}`} value={index}>
              {option.width}×{option.height}
            </option>
          ))}
        </select>
      </label>
      <button
        type="button"
        disabled={!exportInput || busy || deck.slides.length === 0 || !size}
        onClick={() =>
          exportInput && size && run(async () => (await loadExporters()).exportDeckPngs(exportInput, size))
        }
        data-testid="export-png"
      >
        {tx.t("briefing.exportPng")}
      </button>
      <button
        type="button"
        disabled={!exportInput || busy || deck.slides.length === 0}
        onClick={() => exportInput && run(async () => (await loadExporters()).exportDeckPdf(exportInput))}
        data-testid="export-pdf"
      >
        {tx.t("briefing.exportPdf")}
      </button>
      <BriefingFileButton />
      <button
        type="button"
        disabled={!dataset || busy}
        onClick={() =>
          dataset && run(() => printView(view, view.camera, dataset, coverageEngine()).then(() => 1))
        }
      >
        {tx.t("briefing.print")}
      </button>
      {status && (
        <div className={`briefing-status ${status.kind}`} role={status.kind === "error" ? "alert" : "status"}>
          {status.lines.map((line) => (
            <p key={line}>{line}</p>
          ))}
        </div>
      )}
    </div>
  );
}
