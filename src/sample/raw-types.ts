import type { Feature, MultiPolygon, Point, Polygon } from "geojson";
import type {
  ActivityProperties,
  HamletProperties,
  IncidentProperties,
  SiteProperties,
  UnitCode,
  UnitProperties,
} from "../domain/types";

// The properties as they stand in the raw sample files, derived from the domain types so that a
// change there shows up here: the loader fills `joinedBy`, so the files leave it out; rows that
// belong to a unit also name it (`unitName`) for people reading the file in QGIS; incidents carry
// no unit at all and are joined by location.

type InUnit<Properties> = Omit<Properties, "joinedBy" | "unitCode"> & {
  unitCode: UnitCode;
  unitName: string;
};

type RawUnitProperties = UnitProperties;
type RawHamletProperties = InUnit<HamletProperties>;
type RawSiteProperties = InUnit<SiteProperties>;
type RawIncidentProperties = Omit<IncidentProperties, "joinedBy" | "unitCode">;
export type RawActivityProperties = InUnit<ActivityProperties>;

export type RawUnit = Feature<Polygon | MultiPolygon, RawUnitProperties>;
export type RawHamlet = Feature<Point, RawHamletProperties>;
export type RawSite = Feature<Point, RawSiteProperties>;
export type RawIncident = Feature<Point, RawIncidentProperties>;
export type RawActivity = Feature<null, RawActivityProperties>;

export interface SampleMetadata {
  synthetic: true;
  generator: string;
  seed: number;
  note: string;
}

/** A FeatureCollection with the sample's foreign member `metadata`. */
export interface RawCollection<Member> {
  type: "FeatureCollection";
  metadata: SampleMetadata;
  features: Member[];
}
