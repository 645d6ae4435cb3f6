// VN-2000, Vietnam's national reference system: the datum shift to WGS 84, the TM-3 zones and
// the central meridian of each province (the zone a provincial data steward exports in).

/**
 * The official seven-parameter shift VN-2000 → WGS 84 (EPSG:4756's TOWGS84: metres, arc-seconds
 * and ppm, as the EPSG dataset gives them for the Department of Survey and Mapping's
 * transformation "VN-2000 to WGS 84 (2)"). proj4 applies them as written.
 */
export const VN2000_TOWGS84 =
  "-191.90441429,-39.30318279,-111.45032835,-0.00928836,0.01975479,-0.00427372,0.252906278";

/** TM-3: Transverse Mercator, 3° zones, scale 0.9999, false easting 500 km, WGS 84 ellipsoid. */
export function vn2000Tm3Proj4(meridian: number): string {
  return `+proj=tmerc +lat_0=0 +lon_0=${meridian} +k=0.9999 +x_0=500000 +y_0=0 +ellps=WGS84 +towgs84=${VN2000_TOWGS84} +units=m +no_defs`;
}

export function vn2000UtmProj4(zone: 48 | 49): string {
  return `+proj=utm +zone=${zone} +ellps=WGS84 +towgs84=${VN2000_TOWGS84} +units=m +no_defs`;
}

export const VN2000_GEOGRAPHIC_PROJ4 = `+proj=longlat +ellps=WGS84 +towgs84=${VN2000_TOWGS84} +no_defs`;

/** 104.75 → "104°45'". */
export function formatMeridian(meridian: number): string {
  const degrees = Math.floor(meridian);
  const minutes = Math.round((meridian - degrees) * 60);
  return `${degrees}°${String(minutes).padStart(2, "0")}'`;
}

/**
 * EPSG codes of the VN-2000 TM-3 zones and their central meridians, as PROJ defines them
 * (EPSG:9206 is "VN-2000 / TM-3 104-00", Sơn La's zone).
 */
export const VN2000_TM3_EPSG: Readonly<Record<number, number>> = {
  5896: 102,
  9205: 103,
  9206: 104,
  9207: 104.5,
  9208: 104.75,
  5897: 105,
  9209: 105.5,
  9210: 105.75,
  9211: 106,
  9212: 106.25,
  9213: 106.5,
  9214: 107,
  9215: 107.25,
  9216: 107.5,
  5899: 107.75,
  5898: 108,
  9217: 108.25,
  9218: 108.5,
};

export interface Vn2000Province {
  /** The province's name in Vietnamese (the 63 provinces before the 2025 merger). */
  name: string;
  /** Central meridian of its TM-3 zone, in degrees east. */
  meridian: number;
  /** Rough centre (lon, lat), only to suggest a zone for coordinates that came without one. */
  centre: readonly [number, number];
}

const province = (name: string, meridian: number, lon: number, lat: number): Vn2000Province => ({
  name,
  meridian,
  centre: [lon, lat],
});

/** Central meridians by province, per the national rules for VN-2000 TM-3 zones (2001). */
export const VN2000_PROVINCES: readonly Vn2000Province[] = [
  province("Lai Châu", 103, 103.2, 22.3),
  province("Điện Biên", 103, 103.1, 21.6),
  province("Sơn La", 104, 104.0, 21.2),
  province("Kiên Giang", 104.5, 105.1, 10.0),
  province("Cà Mau", 104.5, 105.0, 9.1),
  province("Lào Cai", 104.75, 104.0, 22.3),
  province("Yên Bái", 104.75, 104.5, 21.8),
  province("Nghệ An", 104.75, 104.9, 19.2),
  province("Phú Thọ", 104.75, 105.1, 21.3),
  province("An Giang", 104.75, 105.2, 10.5),
  province("Thanh Hóa", 105, 105.5, 20.0),
  province("Vĩnh Phúc", 105, 105.6, 21.4),
  province("Đồng Tháp", 105, 105.6, 10.6),
  province("Cần Thơ", 105, 105.6, 10.1),
  province("Hậu Giang", 105, 105.6, 9.8),
  province("Bạc Liêu", 105, 105.5, 9.3),
  province("Hà Nội", 105, 105.8, 21.0),
  province("Ninh Bình", 105, 105.9, 20.2),
  province("Hà Nam", 105, 105.9, 20.5),
  province("Hà Giang", 105.5, 105.0, 22.8),
  province("Hải Dương", 105.5, 106.3, 20.9),
  province("Hà Tĩnh", 105.5, 105.8, 18.3),
  province("Bắc Ninh", 105.5, 106.1, 21.1),
  province("Hưng Yên", 105.5, 106.0, 20.8),
  province("Thái Bình", 105.5, 106.4, 20.5),
  province("Nam Định", 105.5, 106.2, 20.3),
  province("Tây Ninh", 105.5, 106.1, 11.4),
  province("Vĩnh Long", 105.5, 106.0, 10.1),
  province("Sóc Trăng", 105.5, 105.9, 9.6),
  province("Trà Vinh", 105.5, 106.3, 9.9),
  province("Cao Bằng", 105.75, 106.1, 22.7),
  province("Long An", 105.75, 106.2, 10.7),
  province("Tiền Giang", 105.75, 106.3, 10.4),
  province("Bến Tre", 105.75, 106.4, 10.2),
  province("Hải Phòng", 105.75, 106.7, 20.8),
  province("Thành phố Hồ Chí Minh", 105.75, 106.7, 10.8),
  province("Bình Dương", 105.75, 106.7, 11.2),
  province("Tuyên Quang", 106, 105.2, 22.0),
  province("Hòa Bình", 106, 105.3, 20.7),
  province("Quảng Bình", 106, 106.3, 17.5),
  province("Quảng Trị", 106.25, 106.9, 16.8),
  province("Bình Phước", 106.25, 106.9, 11.7),
  province("Bắc Kạn", 106.5, 105.8, 22.2),
  province("Thái Nguyên", 106.5, 105.8, 21.6),
  province("Bắc Giang", 107, 106.4, 21.3),
  province("Thừa Thiên Huế", 107, 107.6, 16.4),
  province("Lạng Sơn", 107.25, 106.6, 21.8),
  province("Kon Tum", 107.5, 107.9, 14.6),
  province("Quảng Ninh", 107.75, 107.3, 21.1),
  province("Đồng Nai", 107.75, 107.2, 11.1),
  province("Bà Rịa - Vũng Tàu", 107.75, 107.3, 10.5),
  province("Quảng Nam", 107.75, 108.0, 15.6),
  province("Lâm Đồng", 107.75, 108.1, 11.8),
  province("Đà Nẵng", 107.75, 108.2, 16.0),
  province("Quảng Ngãi", 108, 108.6, 15.0),
  province("Ninh Thuận", 108.25, 108.9, 11.7),
  province("Khánh Hòa", 108.25, 109.1, 12.3),
  province("Bình Định", 108.25, 108.9, 14.1),
  province("Đắk Lắk", 108.5, 108.2, 12.7),
  province("Đắk Nông", 108.5, 107.6, 12.2),
  province("Phú Yên", 108.5, 109.1, 13.1),
  province("Gia Lai", 108.5, 108.1, 13.8),
  province("Bình Thuận", 108.5, 108.1, 11.1),
];
