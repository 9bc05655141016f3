import type { CoordSystem, LatLng } from '../api/types';

/** A position from the phone, with the coordinate system it is in. */
export interface Fix extends LatLng {
  accuracy: number;
  coordSystem: CoordSystem;
}

export type GeoFailure = 'denied' | 'unavailable' | 'timeout' | 'unsupported';

export class GeoError extends Error {
  constructor(readonly reason: GeoFailure) {
    super(reason);
  }
}

const toFix = (p: GeolocationPosition): Fix => ({
  lat: p.coords.latitude,
  lng: p.coords.longitude,
  accuracy: p.coords.accuracy,
  coordSystem: 'wgs84',
});
const toGeoError = (e: GeolocationPositionError) =>
  new GeoError(e.code === e.PERMISSION_DENIED ? 'denied' : e.code === e.TIMEOUT ? 'timeout' : 'unavailable');

/**
 * The phone's position, or a GeoError saying why not (refused, no signal, too slow, no GPS). The
 * W3C Geolocation API gives WGS-84, the system the API stores and answers points in. Always a fresh
 * fix (maximumAge 0): a sign-in must tell where the lawyer stands now, not where they stood a minute ago.
 */
export function locate(timeoutMs = 10_000): Promise<Fix> {
  return new Promise((resolve, reject) => {
    if (!('geolocation' in navigator)) return reject(new GeoError('unsupported'));
    navigator.geolocation.getCurrentPosition(
      (p) => resolve(toFix(p)),
      (e) => reject(toGeoError(e)),
      { enableHighAccuracy: true, timeout: timeoutMs, maximumAge: 0 },
    );
  });
}

/** Follows the phone's position (fresh fixes only) until the returned function is called. */
export function watchFix(onFix: (fix: Fix) => void, onError: (err: GeoError) => void): () => void {
  if (!('geolocation' in navigator)) {
    onError(new GeoError('unsupported'));
    return () => undefined;
  }
  const id = navigator.geolocation.watchPosition(
    (p) => onFix(toFix(p)),
    (e) => onError(toGeoError(e)),
    { enableHighAccuracy: true, timeout: 30_000, maximumAge: 0 },
  );
  return () => navigator.geolocation.clearWatch(id);
}

/**
 * Where a service point lies in the system of `fix`: its WGS-84 lat/lng, or its GCJ-02 for a fix in
 * GCJ-02 (so that a distance never mixes the two, ~500 m apart in 慈溪); null without a location.
 */
export function pointIn(
  fix: Pick<Fix, 'coordSystem'>,
  p: { lat: number | null; lng: number | null; gcj02: LatLng | null },
): LatLng | null {
  if (fix.coordSystem === 'gcj02') return p.gcj02;
  return p.lat !== null && p.lng !== null ? { lat: p.lat, lng: p.lng } : null;
}

/**
 * A link that opens a service point in 高德地图 (its app when installed, else its web page). 高德
 * expects GCJ-02: the point's `gcj02`, declared as such (`coordinate=gaode`).
 */
export function amapMarkerUrl(p: { name: string; gcj02: LatLng | null }): string | null {
  if (!p.gcj02) return null;
  const q = new URLSearchParams({
    position: `${p.gcj02.lng},${p.gcj02.lat}`,
    name: p.name,
    coordinate: 'gaode',
    callnative: '1',
    src: 'rural-legal-portal',
  });
  return `https://uri.amap.com/marker?${q.toString()}`;
}

/**
 * A link that opens a service point in 腾讯地图 (its web page, which offers the app). 腾讯 expects
 * GCJ-02 as well (its "腾讯坐标"): the point's `gcj02`.
 */
export function qqMapMarkerUrl(p: { name: string; address?: string; gcj02: LatLng | null }): string | null {
  if (!p.gcj02) return null;
  const q = new URLSearchParams({
    marker: `coord:${p.gcj02.lat},${p.gcj02.lng};title:${p.name};addr:${p.address ?? ''}`,
    referer: 'rural-legal-portal',
  });
  return `https://apis.map.qq.com/uri/v1/marker?${q.toString()}`;
}

/** Great-circle distance in metres. */
export function distanceM(a: { lat: number; lng: number }, b: { lat: number; lng: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLng = (b.lng - a.lng) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLng / 2) ** 2;
  return 2 * 6_371_000 * Math.asin(Math.sqrt(h));
}

/** A random UUID, also on plain-HTTP LAN pages where crypto.randomUUID is not available. */
export function uuid(): string {
  if (typeof crypto.randomUUID === 'function' && window.isSecureContext) return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
