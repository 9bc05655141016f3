import { Injectable } from '@nestjs/common';
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { ChangeLedger } from '@app/audit';
import {
  AppError,
  assertInJurisdiction,
  type Caller,
  Clock,
  PiiCipher,
  type Principal,
  ValidationFailedException,
} from '@app/core';
import { ServicePointsService } from '@app/org';
import { AttendanceErrors } from '../attendance.errors';
import {
  encodeQrPayload,
  parseQrPayload,
  qrKeyCovers,
  qrSignatureValid,
  qrWindowEnd,
  qrWindowOf,
  qrWindowStart,
} from '../rules/qr-code';
import { KioskDevice } from './kiosk-device.entity';
import { KIOSK_DEVICE, SERVICE_POINT_KEY } from './kiosk.records';
import { KiosksRepository } from './kiosks.repository';
import { ServicePointKey } from './service-point-key.entity';

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

/** A kiosk's current code: its text and window. */
export interface KioskCode {
  servicePointId: string;
  servicePointName: string;
  payload: string;
  validFrom: Date;
  validUntil: Date;
  serverTime: Date;
}

/** A scanned code whose signature verified: its point, the instant its window began, its digest. */
export interface VerifiedQr {
  pointId: string;
  window: number;
  windowStart: Date;
  digest: string;
}

/**
 * The kiosks that show a service point's rotating QR code, and the point's signing key: made with
 * the point's first kiosk, rotated by an official, kept encrypted at rest, both audited. A lawyer's
 * check-in hands a scanned code to `verify`.
 */
@Injectable()
export class KiosksService {
  constructor(
    private readonly repo: KiosksRepository,
    private readonly points: ServicePointsService,
    private readonly ledger: ChangeLedger,
    private readonly pii: PiiCipher,
    private readonly clock: Clock,
  ) {}

  /** Authorises a device to show the point's code; the token is in the answer only. */
  async authorise(
    caller: Principal,
    dto: { servicePointId: string; label?: string },
  ): Promise<{ device: KioskDevice; token: string }> {
    const point = await this.points.get(caller, dto.servicePointId);
    assertInJurisdiction(caller, point.regionCode);
    const token = randomBytes(24).toString('base64url');
    const now = this.clock.now();
    const device = await this.ledger.transaction(async (em) => {
      await this.ensureKey(point.id, point.regionCode, em);
      const saved = await this.repo.insertDevice(
        {
          servicePointId: point.id,
          regionCode: point.regionCode,
          label: dto.label?.trim() || point.name,
          tokenHash: sha256(token),
          createdBy: caller.id,
          createdAt: now,
          lastSeenAt: null,
          revokedAt: null,
          revokedBy: null,
        },
        em,
      );
      await this.ledger.record(em, KIOSK_DEVICE, { action: 'create', before: null, after: saved });
      return saved;
    });
    return { device, token };
  }

  /** The point's kiosks (an official of its jurisdiction; 404 for a point outside it). */
  async list(caller: Caller, servicePointId: string): Promise<KioskDevice[]> {
    await this.points.get(caller, servicePointId);
    return this.repo.findDevicesOfPoint(caller, servicePointId);
  }

  /** Revokes a kiosk: its token stops working at once. */
  async revoke(caller: Principal, id: string): Promise<KioskDevice> {
    return this.ledger.transaction(async (em) => {
      const device = await this.repo.findDeviceForUpdate(caller, id, em);
      if (!device) throw new AppError(AttendanceErrors.KIOSK_NOT_FOUND, 'Kiosk not found', { id });
      assertInJurisdiction(caller, device.regionCode);
      if (device.revokedAt)
        throw new AppError(AttendanceErrors.KIOSK_ALREADY_REVOKED, 'This kiosk was revoked already', { id });
      const before = { ...device };
      device.revokedAt = this.clock.now();
      device.revokedBy = caller.id;
      const saved = await this.repo.saveDevice(device, em);
      await this.ledger.record(em, KIOSK_DEVICE, { action: 'revoke', before, after: saved });
      return saved;
    });
  }

  /**
   * Replaces the point's signing key: its kiosks show codes of the new key from their next fetch;
   * codes of the old key verify only when their window began before now.
   */
  async rotateKey(caller: Principal, servicePointId: string): Promise<ServicePointKey> {
    const point = await this.points.get(caller, servicePointId);
    assertInJurisdiction(caller, point.regionCode);
    return this.ledger.transaction(async (em) => {
      const current = await this.repo.findCurrentKeyForUpdate(point.id, em);
      if (!current) return this.ensureKey(point.id, point.regionCode, em);
      const now = this.clock.now();
      await this.repo.retireKey(current, now, em);
      await this.ledger.record(em, SERVICE_POINT_KEY, {
        action: 'retire',
        before: current,
        after: { ...current, retiredAt: now },
      });
      const next = this.newKey(point.id, point.regionCode, current.version + 1, now);
      await this.repo.insertKey(next, em);
      await this.ledger.record(em, SERVICE_POINT_KEY, { action: 'rotate', before: null, after: next });
      return next;
    });
  }

  /** The code a kiosk shows now, for the holder of its token (401 KIOSK_TOKEN_INVALID otherwise). */
  async currentCode(token: string | undefined): Promise<KioskCode> {
    const device = token ? await this.repo.findActiveDeviceByTokenHash(sha256(token)) : null;
    // The hash is looked up by equality; compare it once more in constant time all the same.
    if (!device || !timingSafeEqual(Buffer.from(device.tokenHash), Buffer.from(sha256(token!))))
      throw new AppError(
        AttendanceErrors.KIOSK_TOKEN_INVALID,
        'This device is not (or no longer) authorised as a kiosk',
      );
    const point = await this.points.findByIdUnscoped(device.servicePointId);
    const key = await this.repo.findCurrentKey(device.servicePointId);
    if (!point || !key)
      throw new AppError(
        AttendanceErrors.KIOSK_TOKEN_INVALID,
        'This device is not (or no longer) authorised as a kiosk',
      );
    const now = this.clock.now();
    const window = qrWindowOf(now);
    await this.repo.touchDevice(device.id, now);
    return {
      servicePointId: point.id,
      servicePointName: point.name,
      payload: encodeQrPayload({ pointId: point.id, window, keyVersion: key.version }, this.secretOf(key)),
      validFrom: qrWindowStart(window),
      validUntil: qrWindowEnd(window),
      serverTime: now,
    };
  }

  /**
   * A scanned code's point and window once its signature verifies with the version of the point's
   * key it names (400 when the text is not a code at all, 422 QR_SIGNATURE_INVALID otherwise).
   */
  async verify(text: string): Promise<VerifiedQr> {
    const parsed = parseQrPayload(text);
    if (!parsed)
      throw new ValidationFailedException({ qr: ['is not the text of a service point’s QR code'] });
    const key = await this.repo.findKey(parsed.pointId, parsed.keyVersion);
    if (!key || !qrKeyCovers(key, parsed.window) || !qrSignatureValid(parsed, this.secretOf(key)))
      throw new AppError(
        AttendanceErrors.QR_SIGNATURE_INVALID,
        'This QR code is not signed with its service point’s key',
      );
    return {
      pointId: parsed.pointId,
      window: parsed.window,
      windowStart: qrWindowStart(parsed.window),
      digest: sha256(text.trim()),
    };
  }

  /** The point's current key, made (and audited) when it has none yet. */
  private async ensureKey(
    servicePointId: string,
    regionCode: string,
    em: EntityManager,
  ): Promise<ServicePointKey> {
    const current = await this.repo.findCurrentKey(servicePointId, em);
    if (current) return current;
    const made = await this.repo.insertKey(this.newKey(servicePointId, regionCode, 1, this.clock.now()), em);
    if (made)
      await this.ledger.record(em, SERVICE_POINT_KEY, { action: 'create', before: null, after: made });
    // A concurrent first kiosk of the same point made it first.
    return made ?? (await this.repo.findCurrentKey(servicePointId, em))!;
  }

  private newKey(servicePointId: string, regionCode: string, version: number, now: Date): ServicePointKey {
    return {
      servicePointId,
      version,
      regionCode,
      keyEnc: this.pii.encrypt(randomBytes(32).toString('base64')),
      createdAt: now,
      retiredAt: null,
    };
  }

  private secretOf(key: ServicePointKey): Buffer {
    return Buffer.from(this.pii.decrypt(key.keyEnc), 'base64');
  }
}
