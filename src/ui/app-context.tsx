import { createContext, type ReactNode, useContext } from "react";
import type { FramePadding } from "../map/camera-moves";
import type { ViewStore, ViewStoreHook } from "../state/store";
import type { Camera } from "../state/view";

/** Room to keep free at each edge of the map, in CSS pixels (panels lying over it). */
export interface MapPadding {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** What the UI may ask of the map without holding it (the map itself stays in src/map). */
export interface MapCommands {
  /** Frames an area (animated); it stays framed when the map's size changes, until the user moves. */
  fitBounds(bounds: [number, number, number, number], options?: { padding?: FramePadding }): void;
  resetView(): void;
  /** Moves smoothly (slides, bookmarks); tagged as the app's move, so it is not echoed back. */
  flyTo(camera: Camera): void;
  getCamera(): Camera;
  /** The map as drawn once idle, as a PNG data URL (for print); absent where no map can draw. */
  captureImage?(): Promise<string>;
}

interface AppContextValue {
  useViewStore: ViewStoreHook;
  mapCommands: { current: MapCommands | null };
}

const AppContext = createContext<AppContextValue | null>(null);

export function AppProvider(props: AppContextValue & { children: ReactNode }) {
  const { children, ...value } = props;
  return <AppContext.Provider value={value}>{children}</AppContext.Provider>;
}

function useAppContext(): AppContextValue {
  const value = useContext(AppContext);
  if (!value) throw new Error("AppProvider is missing above this component");
  return value;
}

export function useView<T>(selector: (store: ViewStore) => T): T {
  return useAppContext().useViewStore(selector);
}

export function useMapCommands() {
  return useAppContext().mapCommands;
}
