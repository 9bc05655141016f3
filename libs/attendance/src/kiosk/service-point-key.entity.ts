import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * One version of a service point's key for signing its kiosk's QR codes (32 random bytes, encrypted
 * at rest with the PII cipher). The current version has no `retiredAt`; a rotation retires it and
 * makes the next, and a retired one still verifies the codes of windows begun before its retirement.
 */
@Entity('service_point_key')
export class ServicePointKey {
  @PrimaryColumn('uuid')
  servicePointId!: string;

  @PrimaryColumn('integer')
  version!: number;

  @Column({ type: 'varchar' })
  regionCode!: string;

  @Column({ type: 'bytea' })
  keyEnc!: Buffer;

  @Column({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  retiredAt!: Date | null;
}
