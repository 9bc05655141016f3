import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { Role } from '@app/core';

export const STAFF_KINDS = [
  'lawyer',
  'legal_worker',
  'public_lawyer',
  'official',
  'admin',
  'auditor',
] as const;
export type StaffKind = (typeof STAFF_KINDS)[number];

/** Lawyers (执业律师), grassroots legal workers and public lawyers all serve as duty lawyers. */
export const ROLE_OF_KIND: Record<StaffKind, Role> = {
  lawyer: 'lawyer',
  legal_worker: 'lawyer',
  public_lawyer: 'lawyer',
  official: 'official',
  admin: 'admin',
  auditor: 'auditor',
};

@Entity('staff')
export class Staff {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar' })
  username!: string;

  @Column({ type: 'varchar' })
  name!: string;

  @Column({ type: 'varchar' })
  kind!: StaffKind;

  @Column({ type: 'text', array: true })
  roles!: Role[];

  /** The region an official governs; for a lawyer, the township whose advisor group they belong to. */
  @Column({ type: 'varchar' })
  regionCode!: string;

  @Column({ type: 'varchar', nullable: true })
  licenseNo!: string | null;

  @Column({ type: 'varchar', nullable: true })
  firm!: string | null;

  @Column({ type: 'bytea', nullable: true })
  phoneEnc!: Buffer | null;

  @Column({ type: 'char', nullable: true })
  phoneIndex!: string | null;

  @Column({ type: 'text', select: false })
  passwordHash!: string;

  @Column({ type: 'varchar', default: 'active' })
  status!: 'active' | 'disabled';

  @Column({ type: 'integer', default: 0 })
  failedLoginCount!: number;

  @Column({ type: 'timestamptz', nullable: true })
  lockedUntil!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  lastLoginAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
