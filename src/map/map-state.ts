// What the map controller is told to show, and the names of everything in the style. The UI
// speaks in layer groups ("units", "hamlets", ...); the style has several MapLibre layers per
// group, listed here so visibility, clicks and tests all agree on them.

import type { FeatureCollection, GeoJSON } from "geojson";
import { INCIDENT_CATEGORIES, type IsoDate } from "../domain/types";
import type { MapBasemap } from "./basemap";
import type { MapTiles } from "./layers-tiled";
import type { MapTheme } from "./palette";

export const LAYER_GROUPS = ["units", "hamlets", "sites", "incidents"] as const;
export type LayerGroup = (typeof LAYER_GROUPS)[number];

export type MapLanguage = "vi" | "en";

/** A clicked feature: the group it belongs to and its `code` (units, hamlets, sites) or `id`. */
export interface MapSelection {
  layer: LayerGroup;
  id: string;
}

export type IncidentStyle = "clusters" | "points" | "heatmap";

/**
 * Which incidents are drawn: months are counted from year 0 (year × 12 + month − 1), so a
 * window is two integers a paint expression can compare without re-tiling anything.
 */
export interface IncidentDisplay {
  style: IncidentStyle;
  /** First and last month of the incident data; the points style draws one layer per month. */
  months: [first: number, last: number] | null;
  fromMonth: number | null;
  toMonth: number | null;
  categories: readonly string[];
  /**
   * How densely the incidents shown lie: the heatmap's intensity is scaled by it, so 100 or
   * 100,000 incidents both read as hot spots on a cool ground rather than one maroon blanket.
   */
  density?: IncidentDensity | null;
}

export interface IncidentDensity {
  /** Incidents in the window and categories shown, per km² of the data's extent. */
  perKm2: number;
  /** The middle of the data, where a pixel's ground size is measured. */
  latitude: number;
}

export interface MapViewState {
  visible: Record<LayerGroup, boolean>;
  selected: MapSelection | null;
  language: MapLanguage;
  /** The palette the style is drawn in; "standard" when absent. */
  theme?: MapTheme;
  /** "coverage" colours communes by their share of covered hamlets and draws the model's reach. */
  mode: "map" | "coverage" | "planner";
  incidents: IncidentDisplay;
  /** The deployer's basemap (geodata/config.json) and whether it is switched on; absent: none. */
  basemap?: MapBasemap | null;
  /** The data drawn from a tile archive instead of GeoJSON (past the size the app states); absent: GeoJSON. */
  tiles?: MapTiles | null;
  /**
   * The commune in focus (the one selected, or the selected hamlet's): its hamlets are labelled
   * first, and on a projector only they are, so no label runs off the frame of a close-up.
   */
  focusUnit?: string | null;
}

/** What the coverage view adds to the map; computed elsewhere, handed to the controller. */
export interface CoverageMapData {
  /** Share of hamlets covered per unit code, 0..1; null for a unit without hamlets. */
  unitRatio: Record<string, number | null>;
  /** Each hamlet's status as of the window's end (a later adoption shows as "none"). */
  hamletStatus: Record<string, string>;
  /**
   * Circles of the reach radius around every model site, whatever its start (the same object
   * while the sites and radius are the same, so a slider step sends no geometry).
   */
  reach: FeatureCollection;
  /** The model sites active at the window's end, by code: their circles show (feature-state). */
  reachShown: Record<string, boolean>;
  /**
   * The window these figures were computed for (ISO dates, null for an open end). While a newer
   * window is computed the map keeps showing this one, so the dots and the colours change
   * together, in one frame, and never disagree with the figures beside them.
   */
  window: { from: IsoDate | null; to: IsoDate | null };
}

/** What the expansion planner adds to the map (see layers-plan.ts); null outside that view. */
export interface PlanMapData {
  /** Score class 0–3 (3 best) of each candidate hamlet, by code. */
  candidateClass: Record<string, number>;
  /** The plan's picks as points, each with its `order` (1-based) and `code`. */
  picks: FeatureCollection;
  /** Circles of the reach radius around the picks. */
  reach: FeatureCollection;
  /**
   * For the timeline: each hamlet's state in the year shown ("done" before it, "new" that year,
   * "later" after it); null when no year is being shown.
   */
  timeline: Record<string, "done" | "new" | "later"> | null;
}

/** What the map reports back; the controller reads these from a field, so they can be swapped. */
export interface MapHandlers {
  onSelect(selection: MapSelection | null): void;
  onCamera(camera: Camera, source: "user"): void;
  onIdle?(): void;
  /** The map could not be made (no WebGL 2); the reason as the browser gave it. */
  onFailure?(reason: string): void;
}

/** What end-to-end tests may look at: reads only, nothing that changes the style. */
export interface MapDebugHandle {
  getSourceData(id: SourceId): Promise<GeoJSON>;
  renderedLabels(): string[];
  /** The basemap's features drawn now, as "layer-id:name-or-kind", for the basemap's tests. */
  renderedBasemap(): string[];
  /** How many features each of our layers draws now, by layer id, and which source each reads. */
  renderedCounts(): Record<string, { source: string; count: number }>;
  /**
   * The incidents the clusters style draws now: what each cluster's label says plus the lone
   * points (NaN once a label is abbreviated, "1.2k").
   */
  renderedClusteredIncidents(): number;
  isIdle(): boolean;
  /**
   * Draws `frames` frames one after another with nothing changed and resolves with the mean
   * milliseconds per frame (a lone frame looks cheap: the GPU finishes it after "idle").
   */
  timeRepaint(frames: number): Promise<number>;
  /**
   * Starts noting the map's frames and the tiles each source finishes, in ms since the call;
   * the returned function stops and hands them back (for slider-debug.mts).
   */
  recordFrames(): () => MapActivity[];
}

/** One thing the map did: drew a frame, or loaded a tile of a source. */
export interface MapActivity {
  at: number;
  /** A frame, a tile loaded, the map idle, a source's other data events, a style change. */
  kind: "render" | "tile" | "idle" | "data" | "style";
  source?: string;
}

export type LonLat = [longitude: number, latitude: number];

export interface Camera {
  center: LonLat;
  zoom: number;
}

/** West, south, east, north in degrees. */
export type BoundingBox = [west: number, south: number, east: number, north: number];

export const SOURCE_IDS = {
  units: "units",
  unitLabels: "unit-labels",
  hamlets: "hamlets",
  sites: "sites",
  incidents: "incidents",
  incidentsPlain: "incidents-plain",
  reach: "reach",
} as const;
export type SourceId = (typeof SOURCE_IDS)[keyof typeof SOURCE_IDS];

export const LAYER_IDS = {
  background: "background",
  unitsFill: "units-fill",
  unitsOutline: "units-outline",
  unitsLabels: "units-labels",
  modelUnitLabel: "units-labels-model",
  hamletsCircles: "hamlets-circles",
  hamletsLabels: "hamlets-labels",
  modelPointLabels: "hamlets-labels-model",
  incidentsClusters: "incidents-clusters",
  incidentsClusterCounts: "incidents-cluster-counts",
  incidentsPoints: "incidents-points",
  incidentsPlainPoints: "incidents-plain-points",
  incidentsHeatmap: "incidents-heatmap",
  unitsChoropleth: "units-choropleth",
  reachOutline: "reach-outline",
  sitesHighlight: "sites-highlight",
  sitesIcons: "sites-icons",
  hamletsCollision: "hamlets-collision",
  clustersCollision: "incidents-clusters-collision",
  picksCollision: "plan-picks-collision",
} as const;

/** The style layers each visibility toggle shows or hides. */
export const LAYERS_BY_GROUP: Record<LayerGroup, readonly string[]> = {
  units: [LAYER_IDS.unitsFill, LAYER_IDS.unitsOutline, LAYER_IDS.unitsLabels, LAYER_IDS.modelUnitLabel],
  hamlets: [
    LAYER_IDS.hamletsCircles,
    LAYER_IDS.hamletsLabels,
    LAYER_IDS.modelPointLabels,
    LAYER_IDS.hamletsCollision,
  ],
  sites: [LAYER_IDS.sitesHighlight, LAYER_IDS.sitesIcons],
  incidents: [
    LAYER_IDS.incidentsClusters,
    LAYER_IDS.clustersCollision,
    LAYER_IDS.incidentsClusterCounts,
    LAYER_IDS.incidentsPoints,
    LAYER_IDS.incidentsPlainPoints,
    LAYER_IDS.incidentsHeatmap,
  ],
};

/** The source that holds each group's selectable features (feature-state lives there). */
export const SOURCE_BY_GROUP: Record<LayerGroup, SourceId> = {
  units: SOURCE_IDS.units,
  hamlets: SOURCE_IDS.hamlets,
  sites: SOURCE_IDS.sites,
  incidents: SOURCE_IDS.incidents,
};

/**
 * Layers a click can pick, in priority order: small marks win over the commune polygon under
 * them, whatever MapLibre's draw order says.
 */
export const CLICKABLE_LAYERS: readonly { layerId: string; group: LayerGroup }[] = [
  { layerId: LAYER_IDS.sitesIcons, group: "sites" },
  { layerId: LAYER_IDS.incidentsClusters, group: "incidents" },
  { layerId: LAYER_IDS.incidentsPoints, group: "incidents" },
  { layerId: LAYER_IDS.incidentsPlainPoints, group: "incidents" },
  { layerId: LAYER_IDS.hamletsCircles, group: "hamlets" },
  { layerId: LAYER_IDS.unitsFill, group: "units" },
];

/** Symbol layers whose text the debug handle reports. */
export const LABEL_LAYERS = [
  LAYER_IDS.unitsLabels,
  LAYER_IDS.modelUnitLabel,
  LAYER_IDS.hamletsLabels,
  LAYER_IDS.modelPointLabels,
  LAYER_IDS.incidentsClusterCounts,
] as const;

export const ICON_IDS = {
  modelSite: "icon-model-site",
  policePost: "icon-police-post",
  /** A blank square: symbols of it reserve the room a circle takes, so labels keep clear of it. */
  collision: "icon-collision",
} as const;

/** Feature-state key for the selected feature; paint expressions read it. */
export const SELECTED_STATE = "selected";

export const ALL_VISIBLE_STATE: MapViewState = {
  visible: { units: true, hamlets: true, sites: true, incidents: true },
  selected: null,
  language: "vi",
  mode: "map",
  incidents: {
    style: "clusters",
    months: null,
    fromMonth: null,
    toMonth: null,
    categories: INCIDENT_CATEGORIES,
  },
};

/** Feature-state keys the coverage view sets on units and hamlets. */
export const RATIO_STATE = "ratio";
export const STATUS_STATE = "status";
/** Feature-state of an incident in the heatmap source: true while it lies outside the time window. */
export const OUT_OF_WINDOW_STATE = "out";
/** Feature-state of a reach circle: true while its model site is active at the window's end. */
export const REACH_SHOWN_STATE = "shown";
