import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/**
 * A refresh token, stored as a SHA-256 hash. Each use rotates it to a new token of the same
 * family; presenting a token that was already rotated revokes the whole family.
 */
@Entity('refresh_token')
export class RefreshToken {
  @PrimaryColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  staffId!: string;

  @Column({ type: 'uuid' })
  familyId!: string;

  @Column({ type: 'char' })
  tokenHash!: string;

  @Column({ type: 'timestamptz' })
  expiresAt!: Date;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  rotatedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;
}
