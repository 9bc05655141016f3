import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { Role } from '@app/core';

export const STAFF_KINDS = [
  'lawyer',
  'legal_worker',
  'public_lawyer',
  'official',
  'admin',
  'security',
  'auditor',
] as const;
export type StaffKind = (typeof STAFF_KINDS)[number];

/**
 * 三权分立: the system administrator, the security administrator and the auditor. Made and changed
 * only with `npm run cli -- accounts …`; the API refuses to create, change or disable them.
 */
export const PRIVILEGED_KINDS = ['admin', 'security', 'auditor'] as const;
export type PrivilegedKind = (typeof PRIVILEGED_KINDS)[number];
export const isPrivilegedKind = (kind: string): kind is PrivilegedKind =>
  (PRIVILEGED_KINDS as readonly string[]).includes(kind);

/** Lawyers (执业律师), grassroots legal workers and public lawyers all serve as duty lawyers. */
export const ROLE_OF_KIND: Record<StaffKind, Role> = {
  lawyer: 'lawyer',
  legal_worker: 'lawyer',
  public_lawyer: 'lawyer',
  official: 'official',
  admin: 'admin',
  security: 'security',
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

  /** No longer counted (wrong passwords are counted per login name and address, `login_throttle`). */
  @Column({ type: 'integer', default: 0 })
  failedLoginCount!: number;

  /** The whole-account lock after a distributed attack; far in the future until the security admin unlocks. */
  @Column({ type: 'timestamptz', nullable: true })
  lockedUntil!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  lastLoginAt!: Date | null;

  /**
   * Only a name in imported records (a lawyer named in a past ledger who is not, or no longer, on the
   * staff): always disabled, without a usable password, never a login.
   */
  @Column({ type: 'boolean', default: false })
  namedOnly!: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
