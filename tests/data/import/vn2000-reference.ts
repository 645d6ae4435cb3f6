// An independent VN-2000 forward computation for tests: WGS 84 lon/lat → VN-2000 TM-3 metres,
// written from the textbook formulas (geodetic ↔ geocentric, seven-parameter Helmert, Transverse
// Mercator by Snyder's series, USGS Professional Paper 1395 eq. 8-9/8-10), not from proj4.

const A = 6_378_137;
const F = 1 / 298.257223563;
const E2 = F * (2 - F);
const ARC_SECOND = Math.PI / (180 * 3600);
/** VN-2000 → WGS 84: dx, dy, dz (m), rx, ry, rz (″), scale (ppm). */
const SHIFT = [
  -191.90441429, -39.30318279, -111.45032835, -0.00928836, 0.01975479, -0.00427372, 0.252906278,
] as const;

type Vector = [number, number, number];

function toGeocentric(lonDegrees: number, latDegrees: number): Vector {
  const lon = (lonDegrees * Math.PI) / 180;
  const lat = (latDegrees * Math.PI) / 180;
  const n = A / Math.sqrt(1 - E2 * Math.sin(lat) ** 2);
  return [n * Math.cos(lat) * Math.cos(lon), n * Math.cos(lat) * Math.sin(lon), n * (1 - E2) * Math.sin(lat)];
}

function toGeodetic([x, y, z]: Vector): [number, number] {
  const lon = Math.atan2(y, x);
  const p = Math.hypot(x, y);
  let lat = Math.atan2(z, p * (1 - E2));
  for (let iteration = 0; iteration < 10; iteration++) {
    const n = A / Math.sqrt(1 - E2 * Math.sin(lat) ** 2);
    lat = Math.atan2(z + E2 * n * Math.sin(lat), p);
  }
  return [(lon * 180) / Math.PI, (lat * 180) / Math.PI];
}

/**
 * WGS 84 → VN-2000 geocentric: the inverse of X_wgs = T + (1 + s)·R·X_vn, R in the position-vector
 * convention that proj4 uses for +towgs84.
 */
function wgs84ToVn2000(point: Vector): Vector {
  const [dx, dy, dz, rxs, rys, rzs, ppm] = SHIFT;
  const [rx, ry, rz] = [rxs * ARC_SECOND, rys * ARC_SECOND, rzs * ARC_SECOND];
  const scale = 1 + ppm * 1e-6;
  const [u, v, w] = [(point[0] - dx) / scale, (point[1] - dy) / scale, (point[2] - dz) / scale];
  // R is a rotation by small angles, so its inverse is its transpose.
  return [u + rz * v - ry * w, -rz * u + v + rx * w, ry * u - rx * v + w];
}

/** Transverse Mercator forward, scale 0.9999, false easting 500 km, on the WGS 84 ellipsoid. */
function transverseMercator(lonDegrees: number, latDegrees: number, meridian: number): [number, number] {
  const k0 = 0.9999;
  const lat = (latDegrees * Math.PI) / 180;
  const ep2 = E2 / (1 - E2);
  const n = A / Math.sqrt(1 - E2 * Math.sin(lat) ** 2);
  const t = Math.tan(lat) ** 2;
  const c = ep2 * Math.cos(lat) ** 2;
  const a = (((lonDegrees - meridian) * Math.PI) / 180) * Math.cos(lat);
  const m =
    A *
    ((1 - E2 / 4 - (3 * E2 ** 2) / 64 - (5 * E2 ** 3) / 256) * lat -
      ((3 * E2) / 8 + (3 * E2 ** 2) / 32 + (45 * E2 ** 3) / 1024) * Math.sin(2 * lat) +
      ((15 * E2 ** 2) / 256 + (45 * E2 ** 3) / 1024) * Math.sin(4 * lat) -
      ((35 * E2 ** 3) / 3072) * Math.sin(6 * lat));
  const x =
    k0 * n * (a + ((1 - t + c) * a ** 3) / 6 + ((5 - 18 * t + t ** 2 + 72 * c - 58 * ep2) * a ** 5) / 120);
  const y =
    k0 *
    (m +
      n *
        Math.tan(lat) *
        (a ** 2 / 2 +
          ((5 - t + 9 * c + 4 * c ** 2) * a ** 4) / 24 +
          ((61 - 58 * t + t ** 2 + 600 * c - 330 * ep2) * a ** 6) / 720));
  return [500_000 + x, y];
}

/** Where a WGS 84 point lies in VN-2000 TM-3 metres for the given central meridian. */
export function wgs84ToVn2000Tm3(lon: number, lat: number, meridian: number): [number, number] {
  const [vnLon, vnLat] = toGeodetic(wgs84ToVn2000(toGeocentric(lon, lat)));
  return transverseMercator(vnLon, vnLat, meridian);
}

/** Metres between two lon/lat points (equirectangular; exact enough at a few metres). */
export function metresBetween(a: readonly number[], b: readonly number[]): number {
  const lat = (((a[1] as number) + (b[1] as number)) / 2) * (Math.PI / 180);
  const dx = (((a[0] as number) - (b[0] as number)) * Math.PI * A * Math.cos(lat)) / 180;
  const dy = (((a[1] as number) - (b[1] as number)) * Math.PI * A) / 180;
  return Math.hypot(dx, dy);
}
