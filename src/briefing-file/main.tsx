// Entry of the single-file briefing (briefing.html → dist/briefing-template.html). Everything it
// needs is inside the file: scripts, styles, fonts as data: URIs, MapLibre's worker as a blob:,
// the deck and the data as a JSON script element. It makes no request, not even to its folder.
// One file, nothing to load later: the messages' sentences are in it.
import "../data/sentences/all";
import "@fontsource/noto-sans/latin-400.css";
import "@fontsource/noto-sans/vietnamese-400.css";
import "@fontsource/noto-sans/latin-700.css";
import "@fontsource/noto-sans/vietnamese-700.css";
import "maplibre-gl/dist/maplibre-gl.css";
import "../ui/base.css";
import "../ui/layout.css";
import "../ui/map-panels.css";
import "../ui/coverage/coverage.css";
import "../ui/map-overlays.css";
import "./briefing-file.css";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { createViewStore } from "../state/store";
import { AppProvider } from "../ui/app-context";
import { BriefingFileApp } from "./BriefingFileApp";
import { PAYLOAD_ELEMENT_ID, readPayload } from "./payload";

const root = document.getElementById("root");
if (!root) throw new Error("briefing.html has no #root element");
const payload = readPayload(document.getElementById(PAYLOAD_ELEMENT_ID)?.textContent);
if (!payload) {
  root.textContent =
    "Tệp này không chứa bài trình chiếu nào (mẫu chưa được điền). / This file holds no briefing (an unfilled template).";
} else {
  document.title = `${payload.deck.title} · Bình Yên`;
  document.documentElement.lang = payload.language;
  // No address bar, no storage: the view is the deck's, in the language and theme it was made in.
  const useViewStore = createViewStore("", undefined, { language: payload.language });
  useViewStore.getState().setTheme(payload.theme);
  createRoot(root).render(
    <StrictMode>
      <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
        <AppProvider useViewStore={useViewStore} mapCommands={{ current: null }}>
          <BriefingFileApp payload={payload} />
        </AppProvider>
      </QueryClientProvider>
    </StrictMode>,
  );
}
