// Which projector theme the presenter last chose, kept in the browser for the next briefing and
// for exports made outside presentation mode.
import type { ProjectorTheme } from "./presentation-colours";

export const PROJECTOR_THEME_KEY = "binhyen.projectorTheme";

export function safeStorage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined; // blocked by the browser's settings: reported as "unavailable"
  }
}

export function rememberedProjectorTheme(): ProjectorTheme {
  try {
    return safeStorage()?.getItem(PROJECTOR_THEME_KEY) === "projector-dark"
      ? "projector-dark"
      : "projector-light";
  } catch {
    return "projector-light";
  }
}
