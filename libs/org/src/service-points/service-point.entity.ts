import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { Region } from '../regions/region.entity';

export const SERVICE_POINT_KINDS = ['county_center', 'township_center', 'village_point'] as const;
export type ServicePointKind = (typeof SERVICE_POINT_KINDS)[number];

/** One opening period on an ISO weekday (1 = Monday … 7 = Sunday), local time. */
export interface OpeningPeriod {
  weekday: number;
  from: string;
  to: string;
}

const numeric = { to: (v: number | null) => v, from: (v: string | null) => (v === null ? null : Number(v)) };

@Entity('service_point')
export class ServicePoint {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar' })
  regionCode!: string;

  @Column({ type: 'varchar' })
  kind!: ServicePointKind;

  @Column({ type: 'varchar' })
  name!: string;

  @Column({ type: 'varchar', default: '' })
  address!: string;

  @Column({ type: 'numeric', precision: 9, scale: 6, nullable: true, transformer: numeric })
  lat!: number | null;

  @Column({ type: 'numeric', precision: 9, scale: 6, nullable: true, transformer: numeric })
  lng!: number | null;

  @Column({ type: 'integer', name: 'geofence_radius_m', default: 200 })
  geofenceRadiusM!: number;

  /** Residents per 30-minute consultation slot. */
  @Column({ type: 'integer', default: 2 })
  slotCapacity!: number;

  @Column({ type: 'jsonb', default: () => `'[]'` })
  openingHours!: OpeningPeriod[];

  @Column({ type: 'varchar', nullable: true })
  phone!: string | null;

  @Column({ type: 'boolean', default: false })
  isPilot!: boolean;

  @Column({ type: 'boolean', default: false })
  signInstalled!: boolean;

  @Column({ type: 'boolean', default: true })
  active!: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;

  /** Mapped by queries that join the region, for its name. */
  region?: Region;
}
