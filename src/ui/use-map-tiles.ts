// The tile archive as the map wants it (absolute same-origin URL, extent, months), and the unit
// list's figures from its table: what the app needs of a dataset drawn from tiles.
import { useMemo } from "react";
import { archiveUrl } from "../data/config";
import type { TileAggregates } from "../data/tiles/aggregates";
import type { UnitSummaries } from "../domain/unit-summary";
import type { MapTiles } from "../map/layers-tiled";
import { useDeployConfig } from "./deploy-config";
import type { TiledData } from "./use-dataset";

const monthNumber = (text: string) => Number(text.slice(0, 4)) * 12 + Number(text.slice(5, 7)) - 1;

export function mapTilesOf(tiled: TiledData, geodataBase: string): MapTiles {
  const months = tiled.aggregates.byMonth;
  const first = months[0];
  const last = months[months.length - 1];
  return {
    url: archiveUrl(tiled.archive, geodataBase),
    bounds: tiled.aggregates.bounds,
    months: first && last ? [monthNumber(first.month), monthNumber(last.month)] : null,
  };
}

/** An archive path (relative to geodata/) as the absolute same-origin URL the map reads. */
export function useArchiveUrl(archive: string | null): string | null {
  const { geodataBase } = useDeployConfig();
  return archive && geodataBase ? archiveUrl(archive, geodataBase) : null;
}

export function useMapTiles(tiled: TiledData | null): MapTiles | null {
  const { geodataBase } = useDeployConfig();
  return useMemo(() => (tiled && geodataBase ? mapTilesOf(tiled, geodataBase) : null), [tiled, geodataBase]);
}

/** The list beside the map, from the table instead of the features. */
export function summariesFromAggregates(aggregates: TileAggregates): UnitSummaries {
  let hamlets = aggregates.unjoined.hamlets;
  let covered = 0;
  const units = aggregates.communes.map((commune) => {
    hamlets += commune.hamlets;
    covered += commune.coveredHamlets;
    return {
      code: commune.code as UnitSummaries["units"][number]["code"],
      name: commune.name,
      hamlets: commune.hamlets,
      coveredHamlets: commune.coveredHamlets,
    };
  });
  return { units, total: { hamlets, coveredHamlets: covered }, unjoinedHamlets: aggregates.unjoined.hamlets };
}
