import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A window shift whose lawyer had not signed in by its start plus the grace minutes: when the watch
 * found it, the standby lawyer it called (the township's on-call lawyer of the day, else the next of
 * the advisor group in rotation) and the official it told, and who took the shift over and when.
 */
@Entity('shift_absence')
export class ShiftAbsence {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  shiftId!: string;

  /** The lawyer who did not come. */
  @Column({ type: 'uuid' })
  lawyerId!: string;

  @Column({ type: 'varchar' })
  regionCode!: string;

  @Column({ type: 'date' })
  date!: string;

  @Column({ type: 'timestamptz' })
  detectedAt!: Date;

  @Column({ type: 'uuid', nullable: true })
  standbyLawyerId!: string | null;

  @Column({ type: 'varchar', nullable: true })
  standbySource!: 'on_call' | 'rotation' | null;

  @Column({ type: 'uuid', nullable: true })
  officialId!: string | null;

  @Column({ type: 'uuid', nullable: true })
  acceptedBy!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  acceptedAt!: Date | null;
}
