import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A tablet (or screen) an official authorised once to show a service point's rotating QR code. Its
 * secret token (kept only as a SHA-256 hash) can do nothing but fetch that point's current code;
 * revoked, it can do nothing at all.
 */
@Entity('kiosk_device')
export class KioskDevice {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  servicePointId!: string;

  @Column({ type: 'varchar' })
  regionCode!: string;

  @Column({ type: 'varchar' })
  label!: string;

  @Column({ type: 'char', length: 64 })
  tokenHash!: string;

  @Column({ type: 'uuid' })
  createdBy!: string;

  @Column({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  lastSeenAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  revokedBy!: string | null;
}
