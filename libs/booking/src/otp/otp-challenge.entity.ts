import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type OtpPurpose = 'login' | 'phone_check';

/** A 6-digit code sent by SMS (to sign in, or to check a phone), stored as a hash. */
@Entity('otp_challenge')
export class OtpChallenge {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'char' })
  phoneIndex!: string;

  /** A resident's login, or a phone check: the code a resident reads out to staff booking for them. */
  @Column({ type: 'varchar', default: 'login' })
  purpose!: OtpPurpose;

  @Column({ type: 'char' })
  codeHash!: string;

  @Column({ type: 'varchar', nullable: true })
  ip!: string | null;

  @Column({ type: 'integer', default: 0 })
  attempts!: number;

  @Column({ type: 'timestamptz' })
  expiresAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  consumedAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
