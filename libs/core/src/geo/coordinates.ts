import gcoord from 'gcoord';
import { registerDecorator, type ValidationArguments, type ValidationOptions } from 'class-validator';
import { ValidationFailedException } from '../errors/validation';

/**
 * The coordinate systems a location may be given in: WGS-84 (GPS, phones' browsers), GCJ-02 (China's
 * obfuscated system, used by 高德 and 腾讯 maps and some in-app browsers), BD-09 (百度 maps).
 * Locations are stored and answered in WGS-84.
 */
export const COORD_SYSTEMS = ['wgs84', 'gcj02', 'bd09'] as const;
export type CoordSystem = (typeof COORD_SYSTEMS)[number];

export interface LatLng {
  lat: number;
  lng: number;
}

const CRS = { wgs84: gcoord.WGS84, gcj02: gcoord.GCJ02, bd09: gcoord.BD09 } as const;

/**
 * The rough box around China that gcoord itself uses: outside it GCJ-02 and BD-09 are not defined,
 * and gcoord returns such a point unchanged instead of failing.
 */
export const CHINA_BOX = { minLat: 0.8293, maxLat: 55.8271, minLng: 72.004, maxLng: 137.8347 } as const;

/** Decimal places kept: 6 (about 0.1 m), as the numeric(9, 6) columns store them. */
const round6 = (v: number) => Math.round(v * 1e6) / 1e6;

/** A location given in `from` as WGS-84 (rounded to 6 decimals). */
export function toWgs84(p: LatLng, from: CoordSystem): LatLng {
  if (from === 'wgs84') return { lat: p.lat, lng: p.lng };
  const [lng, lat] = gcoord.transform([p.lng, p.lat], CRS[from], gcoord.WGS84);
  return { lat: round6(lat), lng: round6(lng) };
}

/** A WGS-84 location as GCJ-02 (for 高德 and 腾讯 map links), or null outside China where it is undefined. */
export function toGcj02(p: LatLng): LatLng | null {
  if (!inChinaBox(p)) return null;
  const [lng, lat] = gcoord.transform([p.lng, p.lat], gcoord.WGS84, gcoord.GCJ02);
  return { lat: round6(lat), lng: round6(lng) };
}

export function inChinaBox(p: LatLng): boolean {
  return (
    p.lat >= CHINA_BOX.minLat &&
    p.lat <= CHINA_BOX.maxLat &&
    p.lng >= CHINA_BOX.minLng &&
    p.lng <= CHINA_BOX.maxLng
  );
}

/**
 * For `lat` or `lng` of a DTO with a `coordSystem`: GCJ-02 and BD-09 coordinates must lie in China
 * (a 400 naming the field otherwise). WGS-84 ones may lie anywhere; the range checks stay with
 * @IsLatitude/@IsLongitude.
 */
export function IsInChinaWhenNotWgs84(axis: 'lat' | 'lng', options?: ValidationOptions): PropertyDecorator {
  const [min, max] =
    axis === 'lat' ? [CHINA_BOX.minLat, CHINA_BOX.maxLat] : [CHINA_BOX.minLng, CHINA_BOX.maxLng];
  return (target, propertyName) =>
    registerDecorator({
      name: 'isInChinaWhenNotWgs84',
      target: target.constructor,
      propertyName: String(propertyName),
      options: {
        message: (a: ValidationArguments) =>
          `$property must lie in China (${min} to ${max}) for ${String((a.object as { coordSystem?: string }).coordSystem)} coordinates, which are not defined elsewhere`,
        ...options,
      },
      validator: {
        validate: (value: unknown, a: ValidationArguments) => {
          const system = (a.object as { coordSystem?: unknown }).coordSystem;
          if (system !== 'gcj02' && system !== 'bd09') return true;
          return typeof value !== 'number' || (value >= min && value <= max);
        },
      },
    });
}

/**
 * The location a request gives, as WGS-84: `undefined` when it gives none, `null` when it clears it
 * (`lat: null, lng: null`). `lat` and `lng` go together (one cannot be converted without the
 * other): a lone one is a 400 naming the missing field. `coordSystem` defaults to WGS-84.
 */
export function requestedLocation(body: {
  lat?: number | null;
  lng?: number | null;
  coordSystem?: CoordSystem;
}): LatLng | null | undefined {
  const { lat, lng } = body;
  if (lat === undefined && lng === undefined) return undefined;
  if (lat == null && lng == null) return null;
  if (lat == null) throw new ValidationFailedException({ lat: ['lat is required with lng'] });
  if (lng == null) throw new ValidationFailedException({ lng: ['lng is required with lat'] });
  return toWgs84({ lat, lng }, body.coordSystem ?? 'wgs84');
}
