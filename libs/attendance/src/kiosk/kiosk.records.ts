import { defineRecordKind } from '@app/audit';
import type { KioskDevice } from './kiosk-device.entity';
import type { ServicePointKey } from './service-point-key.entity';

/** A kiosk authorised or revoked; the trail never keeps its token's hash. */
export const KIOSK_DEVICE = defineRecordKind<KioskDevice>('kiosk_device', {
  counted: false,
  auditView: ({ tokenHash: _secret, ...fields }) => ({ ...fields }),
});

/** A point's signing key made or rotated; the trail keeps its version and dates, never the key. */
export const SERVICE_POINT_KEY = defineRecordKind<ServicePointKey>('service_point_key', {
  counted: false,
  auditView: ({ keyEnc: _secret, ...fields }) => ({ ...fields }),
  identify: (k) => ({ id: k.servicePointId, regionCode: k.regionCode }),
});
