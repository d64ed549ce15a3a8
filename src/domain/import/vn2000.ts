/**
 * VN-2000 facts, with the documents they come from.
 *
 * Datum shift. Quyết định 05/2007/QĐ-BTNMT (Bộ Tài nguyên và Môi trường, 27/02/2007), Điều 1, publishes
 * the 7 parameters between VN-2000 and WGS 84: Δx0 = -191.90441429 m, Δy0 = -39.30318279 m,
 * Δz0 = -111.45032835 m, ω0 = -0.00928836″, ψ0 = 0.01975479″, ε0 = -0.00427372″,
 * k = 1.000000252906278 (a scale change of 0.252906278 ppm). The EPSG dataset records them as
 * "VN-2000 to WGS 84 (2)" (EPSG:6960, source DoSM-Vnm) with the Coordinate Frame rotation method
 * (EPSG:9607). proj4's +towgs84 takes Position Vector rotations, the opposite sign convention, so the
 * three rotations change sign below. reproject.test.ts checks this against a Coordinate Frame Helmert
 * written out from the decision's own numbers.
 *
 * Projections. Thông tư 973/2001/TT-TCĐC (Tổng cục Địa chính) sets the VN-2000 plane grids: UTM-type
 * transverse Mercator on the WGS 84 ellipsoid, 6° zones with k0 = 0.9996 (central meridians 105° and
 * 111°: UTM zones 48N and 49N) and 3° zones with k0 = 0.9999; maps of a province use its own central
 * meridian from the circular's table, false easting 500 000 m, false northing 0. The table below is
 * that table as republished for the 63 provinces that existed from 2008 to June 2025 (Điện Biên,
 * Đắk Nông and Hậu Giang were split off after 2001 and keep their parent's meridian). Every meridian
 * in it matches a "Vietnam TM-3" conversion in the EPSG dataset (EPSG:5892–5895, 9058, 9192–9204:
 * 103-00 … 108-30, k = 0.9999, FE = 500 000 m).
 */
export const VN2000_SHIFT = {
  dx: -191.90441429,
  dy: -39.30318279,
  dz: -111.45032835,
  /** Arc-seconds, Coordinate Frame convention, as published. */
  rx: -0.00928836,
  ry: 0.01975479,
  rz: -0.00427372,
  ppm: 0.252906278,
} as const;

/** The same shift as proj4 wants it (Position Vector rotations). */
export const VN2000_TOWGS84 = [
  VN2000_SHIFT.dx,
  VN2000_SHIFT.dy,
  VN2000_SHIFT.dz,
  -VN2000_SHIFT.rx,
  -VN2000_SHIFT.ry,
  -VN2000_SHIFT.rz,
  VN2000_SHIFT.ppm,
].join(',');

export const TM3_SCALE = 0.9999;
export const UTM_SCALE = 0.9996;

/** Province → central meridian in degrees (Thông tư 973/2001/TT-TCĐC, 63 provinces before July 2025). */
export const PROVINCE_MERIDIANS: readonly { name: string; meridian: number }[] = [
  { name: 'Lai Châu', meridian: 103 },
  { name: 'Điện Biên', meridian: 103 },
  { name: 'Sơn La', meridian: 104 },
  { name: 'Lào Cai', meridian: 104.75 },
  { name: 'Yên Bái', meridian: 104.75 },
  { name: 'Hà Giang', meridian: 105.5 },
  { name: 'Tuyên Quang', meridian: 106 },
  { name: 'Phú Thọ', meridian: 104.75 },
  { name: 'Vĩnh Phúc', meridian: 105 },
  { name: 'Cao Bằng', meridian: 105.75 },
  { name: 'Lạng Sơn', meridian: 107.25 },
  { name: 'Bắc Kạn', meridian: 106.5 },
  { name: 'Thái Nguyên', meridian: 106.5 },
  { name: 'Bắc Giang', meridian: 107 },
  { name: 'Bắc Ninh', meridian: 105.5 },
  { name: 'Quảng Ninh', meridian: 107.75 },
  { name: 'Hải Phòng', meridian: 105.75 },
  { name: 'Hải Dương', meridian: 105.5 },
  { name: 'Hưng Yên', meridian: 105.5 },
  { name: 'Hà Nội', meridian: 105 },
  { name: 'Hoà Bình', meridian: 106 },
  { name: 'Hà Nam', meridian: 105 },
  { name: 'Nam Định', meridian: 105.5 },
  { name: 'Thái Bình', meridian: 105.5 },
  { name: 'Ninh Bình', meridian: 105 },
  { name: 'Thanh Hoá', meridian: 105 },
  { name: 'Nghệ An', meridian: 104.75 },
  { name: 'Hà Tĩnh', meridian: 105.5 },
  { name: 'Quảng Bình', meridian: 106 },
  { name: 'Quảng Trị', meridian: 106.25 },
  { name: 'Thừa Thiên Huế', meridian: 107 },
  { name: 'Đà Nẵng', meridian: 107.75 },
  { name: 'Quảng Nam', meridian: 107.75 },
  { name: 'Quảng Ngãi', meridian: 108 },
  { name: 'Bình Định', meridian: 108.25 },
  { name: 'Kon Tum', meridian: 107.5 },
  { name: 'Gia Lai', meridian: 108.5 },
  { name: 'Đắk Lắk', meridian: 108.5 },
  { name: 'Đắk Nông', meridian: 108.5 },
  { name: 'Phú Yên', meridian: 108.5 },
  { name: 'Khánh Hoà', meridian: 108.25 },
  { name: 'Ninh Thuận', meridian: 108.25 },
  { name: 'Bình Thuận', meridian: 108.5 },
  { name: 'Lâm Đồng', meridian: 107.75 },
  { name: 'Bình Dương', meridian: 105.75 },
  { name: 'Bình Phước', meridian: 106.25 },
  { name: 'Đồng Nai', meridian: 107.75 },
  { name: 'Bà Rịa – Vũng Tàu', meridian: 107.75 },
  { name: 'Tây Ninh', meridian: 105.5 },
  { name: 'Long An', meridian: 105.75 },
  { name: 'Tiền Giang', meridian: 105.75 },
  { name: 'Bến Tre', meridian: 105.75 },
  { name: 'Đồng Tháp', meridian: 105 },
  { name: 'Vĩnh Long', meridian: 105.5 },
  { name: 'Trà Vinh', meridian: 105.5 },
  { name: 'An Giang', meridian: 104.75 },
  { name: 'Kiên Giang', meridian: 104.5 },
  { name: 'Cần Thơ', meridian: 105 },
  { name: 'Hậu Giang', meridian: 105 },
  { name: 'Sóc Trăng', meridian: 105.5 },
  { name: 'Bạc Liêu', meridian: 105 },
  { name: 'Cà Mau', meridian: 104.5 },
  { name: 'TP Hồ Chí Minh', meridian: 105.75 },
];

/** Every distinct provincial meridian, west to east (17 of them, 103°00′ … 108°30′). */
export const PROVINCIAL_MERIDIANS: readonly number[] = [
  ...new Set(PROVINCE_MERIDIANS.map((p) => p.meridian)),
].sort((a, b) => a - b);

/** 105.75 → "105°45′". Minutes are rounded; seconds are shown only when present. */
export function formatMeridian(deg: number): string {
  const sign = deg < 0 ? '-' : '';
  const total = Math.round(Math.abs(deg) * 3600);
  const d = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  return `${sign}${d}°${String(m).padStart(2, '0')}′${s ? `${String(s).padStart(2, '0')}″` : ''}`;
}

/**
 * A meridian as people type it: "105.75", "105,75", "105°45'", "105 45", "105-45" (EPSG's DD-MM).
 * Returns degrees, or NaN. Only Viet Nam's longitudes (100°–118°) are accepted.
 */
export function parseMeridian(text: string): number {
  const t = text.trim().replace(',', '.');
  let deg = NaN;
  const dm = /^(\d{2,3})\s*(?:°|\s|-|d)\s*(\d{1,2}(?:\.\d+)?)\s*(?:′|'|m)?\s*$/i.exec(t);
  if (dm) {
    const minutes = Number(dm[2]);
    if (minutes < 60) deg = Number(dm[1]) + minutes / 60;
  } else if (/^\d{2,3}(\.\d+)?\s*°?$/.test(t)) deg = Number.parseFloat(t);
  return deg >= 100 && deg <= 118 ? Math.round(deg * 3600) / 3600 : NaN;
}

export const provincesOnMeridian = (meridian: number) =>
  PROVINCE_MERIDIANS.filter((p) => Math.abs(p.meridian - meridian) < 1e-9).map((p) => p.name);
