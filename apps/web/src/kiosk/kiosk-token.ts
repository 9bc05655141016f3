import type { KioskCode } from '../api/types';
import { ApiError } from '../api/client';
import { storage } from '../shared/prefs';

/** The kiosk token of a point, kept on this device only (the one thing the device may do with it). */
const keyOf = (pointId: string) => `portal.kiosk.${pointId}`;

export const kioskToken = {
  read: (pointId: string) => storage.read(keyOf(pointId)),
  write: (pointId: string, token: string) => storage.write(keyOf(pointId), token),
  clear: (pointId: string) => {
    try {
      localStorage.removeItem(keyOf(pointId));
    } catch {
      // nothing stored
    }
  },
};

/** The code the kiosk shows now, fetched with the device's own token (never a person's). */
export async function fetchKioskCode(token: string): Promise<KioskCode> {
  let res: Response;
  try {
    res = await fetch('/api/v1/kiosks/qr-code', {
      headers: { accept: 'application/json', authorization: `Kiosk ${token}` },
      cache: 'no-store',
    });
  } catch (err) {
    throw new ApiError(0, 'NETWORK', err instanceof Error ? err.message : 'network error');
  }
  if (!res.ok) {
    const body = (await res.json().catch(() => ({}))) as { code?: string; message?: string };
    throw new ApiError(res.status, body.code ?? `HTTP_${res.status}`, body.message ?? res.statusText);
  }
  return (await res.json()) as KioskCode;
}
