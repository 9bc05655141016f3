export interface FenceVerdict {
  /** null: the fix is too imprecise to tell (low_accuracy). */
  insideGeofence: boolean | null;
  flag: 'outside_geofence' | 'low_accuracy' | null;
}

/**
 * Whether a fix `distanceM` from the point is inside its fence. A fix whose reported accuracy (the
 * radius it may be off by) is larger than the fence tells nothing about being inside it: it is
 * flagged `low_accuracy` and not counted as inside (insideGeofence null), however close it reads.
 */
export function fenceVerdict(
  distanceM: number,
  radiusM: number,
  accuracyM: number | undefined,
): FenceVerdict {
  if (accuracyM !== undefined && accuracyM > radiusM) return { insideGeofence: null, flag: 'low_accuracy' };
  const inside = distanceM <= radiusM;
  return { insideGeofence: inside, flag: inside ? null : 'outside_geofence' };
}
