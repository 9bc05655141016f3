import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/**
 * A refresh token, stored as a SHA-256 hash. It belongs to a sign-in session and dies with it. Each
 * use rotates it to a new token of the same session (the family); presenting a token that was
 * already rotated ends the session.
 */
@Entity('refresh_token')
export class RefreshToken {
  @PrimaryColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  staffId!: string;

  /** The session's id for tokens issued since sessions exist; the family of older ones. */
  @Column({ type: 'uuid' })
  familyId!: string;

  @Column({ type: 'uuid' })
  sessionId!: string;

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
