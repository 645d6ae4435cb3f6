// The deployment's geodata/config.json as the UI sees it: read once before the app renders
// (main.tsx), so the first view already has the deployer's language, camera and basemap.
import { createContext, type ReactNode, useContext, useEffect, useMemo, useState } from "react";
import { archiveUrl, type DeployConfig, EMPTY_CONFIG } from "../data/config";
import type { Message } from "../domain/types";
import type { BasemapStyle, MapBasemap } from "../map/basemap";
import { useView } from "./app-context";
import { useText } from "./use-text";

export interface DeployContextValue {
  config: DeployConfig;
  messages: Message[];
  /** Absolute URL of geodata/, which the config's paths are relative to. */
  geodataBase: string;
}

const DeployContext = createContext<DeployContextValue>({
  config: EMPTY_CONFIG,
  messages: [],
  geodataBase: "",
});

export function DeployConfigProvider(props: { value: DeployContextValue; children: ReactNode }) {
  return <DeployContext.Provider value={props.value}>{props.children}</DeployContext.Provider>;
}

export function useDeployConfig(): DeployContextValue {
  return useContext(DeployContext);
}

let loadedStyle: BasemapStyle | null = null;

/** Protomaps' style builder, loaded when a basemap is configured; null until it is here. */
function useBasemapStyle(wanted: boolean): BasemapStyle | null {
  const [style, setStyle] = useState(() => loadedStyle);
  useEffect(() => {
    if (!wanted || style) return;
    let live = true;
    void import("@protomaps/basemaps").then(({ layers, namedFlavor }) => {
      loadedStyle = { layers, namedFlavor };
      if (live) setStyle(loadedStyle);
    });
    return () => {
      live = false;
    };
  }, [wanted, style]);
  return style;
}

/** The configured basemap with its switch, as the map wants it; null when there is none, and
 * until its style builder has loaded (the data layers are drawn meanwhile). */
export function useMapBasemap(): MapBasemap | null {
  const { config, geodataBase } = useDeployConfig();
  const visible = useView((store) => store.basemap);
  const basemap = config.basemap;
  const style = useBasemapStyle(basemap !== null);
  return useMemo(
    () =>
      basemap && geodataBase && style
        ? {
            style,
            url: archiveUrl(basemap.url, geodataBase),
            hillshadeUrl: basemap.hillshade ? archiveUrl(basemap.hillshade, geodataBase) : null,
            hillshadeEncoding: basemap.hillshadeEncoding,
            visible,
          }
        : null,
    [basemap, geodataBase, visible, style],
  );
}

/**
 * True while a configured basemap's style builder is still loading: the map waits for it before
 * it is made, so its first picture has the basemap under the data (not a picture without it,
 * then a second one with it).
 */
export function useBasemapPending(): boolean {
  const { config, geodataBase } = useDeployConfig();
  const wanted = config.basemap !== null && geodataBase !== null;
  const style = useBasemapStyle(wanted);
  return wanted && style === null;
}

/** The configuration's problems, where the deployer will see them; nothing when there are none. */
export function ConfigProblems() {
  const tx = useText();
  const language = useView((store) => store.language);
  const { messages } = useDeployConfig();
  if (messages.length === 0) return null;
  return (
    <details className="error-panel config-problems" open data-testid="config-problems">
      <summary>
        <strong>{tx.t("app.configProblems")}</strong>
      </summary>
      <ul>
        {messages.map((message) => (
          <li key={`${message.property}:${message.code}`}>{message.text[language]}</li>
        ))}
      </ul>
    </details>
  );
}
