import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, IsNull, Repository } from 'typeorm';
import { type Caller, scopeToJurisdiction } from '@app/core';
import { KioskDevice } from './kiosk-device.entity';
import { ServicePointKey } from './service-point-key.entity';

/** Every query of the kiosks and the points' signing keys. */
@Injectable()
export class KiosksRepository {
  constructor(
    @InjectRepository(KioskDevice) private readonly devices: Repository<KioskDevice>,
    @InjectRepository(ServicePointKey) private readonly keys: Repository<ServicePointKey>,
  ) {}

  findCurrentKey(servicePointId: string, em?: EntityManager): Promise<ServicePointKey | null> {
    return (em?.getRepository(ServicePointKey) ?? this.keys).findOneBy({
      servicePointId,
      retiredAt: IsNull(),
    });
  }

  /** The current key, locked until the transaction ends (a rotation). */
  findCurrentKeyForUpdate(servicePointId: string, em: EntityManager): Promise<ServicePointKey | null> {
    return em
      .getRepository(ServicePointKey)
      .createQueryBuilder('k')
      .setLock('pessimistic_write')
      .where('k.service_point_id = :servicePointId AND k.retired_at IS NULL', { servicePointId })
      .getOne();
  }

  findKey(servicePointId: string, version: number): Promise<ServicePointKey | null> {
    return this.keys.findOneBy({ servicePointId, version });
  }

  /** Inserts a key version unless the point already has that version or a current key; the row or null. */
  async insertKey(k: ServicePointKey, em: EntityManager): Promise<ServicePointKey | null> {
    const rows: unknown[] = await em.query(
      `INSERT INTO service_point_key (service_point_id, version, region_code, key_enc, created_at)
       VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING RETURNING service_point_id`,
      [k.servicePointId, k.version, k.regionCode, k.keyEnc, k.createdAt],
    );
    return rows.length ? k : null;
  }

  async retireKey(k: ServicePointKey, at: Date, em: EntityManager): Promise<void> {
    await em.getRepository(ServicePointKey).update(
      { servicePointId: k.servicePointId, version: k.version },
      {
        retiredAt: at,
      },
    );
  }

  insertDevice(d: Omit<KioskDevice, 'id'>, em: EntityManager): Promise<KioskDevice> {
    return em.getRepository(KioskDevice).save(em.getRepository(KioskDevice).create(d));
  }

  /** A kiosk that is not revoked, by its token's hash. */
  findActiveDeviceByTokenHash(tokenHash: string): Promise<KioskDevice | null> {
    return this.devices.findOneBy({ tokenHash, revokedAt: IsNull() });
  }

  /** A point's kiosks in the caller's jurisdiction, newest first. */
  findDevicesOfPoint(caller: Caller, servicePointId: string): Promise<KioskDevice[]> {
    const qb = this.devices
      .createQueryBuilder('d')
      .where('d.service_point_id = :servicePointId', { servicePointId });
    return scopeToJurisdiction(caller, qb, 'd.region_code').orderBy('d.created_at', 'DESC').getMany();
  }

  /** A kiosk in the caller's jurisdiction, locked until the transaction ends. */
  findDeviceForUpdate(caller: Caller, id: string, em: EntityManager): Promise<KioskDevice | null> {
    const qb = em.getRepository(KioskDevice).createQueryBuilder('d').setLock('pessimistic_write');
    return scopeToJurisdiction(caller, qb.where('d.id = :id', { id }), 'd.region_code').getOne();
  }

  saveDevice(d: KioskDevice, em: EntityManager): Promise<KioskDevice> {
    return em.getRepository(KioskDevice).save(d);
  }

  /** Notes that the kiosk fetched a code, at most once a minute (it asks every 30 s). */
  async touchDevice(id: string, at: Date): Promise<void> {
    await this.devices.query(
      `UPDATE kiosk_device SET last_seen_at = $2
        WHERE id = $1 AND (last_seen_at IS NULL OR last_seen_at < $2::timestamptz - interval '1 minute')`,
      [id, at],
    );
  }
}
