import "@fontsource/noto-sans/latin-400.css";
import "@fontsource/noto-sans/latin-ext-400.css";
import "@fontsource/noto-sans/vietnamese-400.css";
import "@fontsource/noto-sans/latin-700.css";
import "@fontsource/noto-sans/latin-ext-700.css";
import "@fontsource/noto-sans/vietnamese-700.css";
import "maplibre-gl/dist/maplibre-gl.css";
import "./ui/base.css";
import "./ui/layout.css";
import "./ui/map-panels.css";
import "./ui/header-narrow.css";
import "./ui/coverage/coverage.css";
import "./ui/coverage/coverage-table.css";
import "./ui/map-overlays.css";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { configQuery } from "./data/config";
import { registerServiceWorker } from "./pwa/register";
import { createViewStore, syncViewToUrl } from "./state/store";
import { App } from "./ui/App";
import { AppProvider } from "./ui/app-context";
import { DeployConfigProvider } from "./ui/deploy-config";
import { UpdateBanner } from "./ui/UpdateBanner";
import { GEODATA_BASE_URL } from "./ui/use-dataset";

function safeStorage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined; // blocked by the browser's settings: the language is then not remembered
  }
}

// The data is local and does not change under the page: no refetching on focus or retries.
const queryClient = new QueryClient({
  defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false } },
});

// Not awaited at the top level: this module shares its file with the rest of the app's first
// download, and a chunk loaded on demand while it waited (the sentences of a config.json with
// something to say) imports from that file, so it waited for the page and the page for it: a
// blank page.
async function start(): Promise<void> {
  // The deployer's settings decide the first view, so they are read first (one small local file,
  // fetched alongside the data by the page's preload links).
  const deploy = await queryClient.fetchQuery(configQuery(GEODATA_BASE_URL));
  if (deploy.config.title) document.title = `${deploy.config.title} · Bình Yên`;
  const useViewStore = createViewStore(window.location.search, safeStorage(), {
    language: deploy.config.language,
    camera: deploy.config.view,
    basemap: deploy.config.basemap?.visible,
  });
  syncViewToUrl(useViewStore, window.history, window.location);
  useViewStore.subscribe((view) => {
    document.documentElement.lang = view.language;
  });
  document.documentElement.lang = useViewStore.getState().language;

  const deployValue = {
    ...deploy,
    geodataBase: new URL(GEODATA_BASE_URL, document.baseURI).href,
  };

  // Offline after the first visit, in the built app only (the dev server changes files under it).
  const updates = import.meta.env.PROD ? registerServiceWorker(navigator.serviceWorker) : null;

  const root = document.getElementById("root");
  if (!root) throw new Error("index.html has no #root element");
  createRoot(root).render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <AppProvider useViewStore={useViewStore} mapCommands={{ current: null }}>
          <DeployConfigProvider value={deployValue}>
            <App />
            <UpdateBanner signal={updates} />
          </DeployConfigProvider>
        </AppProvider>
      </QueryClientProvider>
    </StrictMode>,
  );
}

void start();
