import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type AttendanceEventType = 'check_in' | 'check_out' | 'void';
export type AttendanceFlag = 'no_location' | 'outside_geofence' | 'delayed' | 'unscheduled' | 'no_check_in';

const numeric = { to: (v: number | null) => v, from: (v: string | null) => (v === null ? null : Number(v)) };

/** One sign-in, sign-out or void, never changed afterwards (a correction is an event of its own). */
@Entity('attendance_event')
export class AttendanceEvent {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar' })
  type!: AttendanceEventType;

  @Column({ type: 'uuid' })
  lawyerId!: string;

  @Column({ type: 'varchar' })
  regionCode!: string;

  @Column({ type: 'uuid', nullable: true })
  servicePointId!: string | null;

  @Column({ type: 'uuid', nullable: true })
  shiftId!: string | null;

  /** When it counts: the server's time, or a queued sign-in's own time. */
  @Column({ type: 'timestamptz' })
  at!: Date;

  /** Business day of `at`. */
  @Column({ type: 'date' })
  date!: string;

  @Column({ type: 'timestamptz' })
  receivedAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  clientTime!: Date | null;

  @Column({ type: 'numeric', nullable: true, transformer: numeric })
  lat!: number | null;

  @Column({ type: 'numeric', nullable: true, transformer: numeric })
  lng!: number | null;

  @Column({ type: 'numeric', name: 'accuracy_m', nullable: true, transformer: numeric })
  accuracyM!: number | null;

  @Column({ type: 'integer', name: 'distance_m', nullable: true })
  distanceM!: number | null;

  @Column({ type: 'boolean', nullable: true })
  insideGeofence!: boolean | null;

  /** The answer given when it was recorded (on_time, late, left_early, ok, unscheduled, no_check_in, void). */
  @Column({ type: 'varchar' })
  status!: string;

  @Column({ type: 'text', array: true, default: () => `'{}'` })
  flags!: AttendanceFlag[];

  @Column({ type: 'varchar' })
  source!: 'phone' | 'kiosk' | 'correction';

  @Column({ type: 'uuid', nullable: true })
  idempotencyKey!: string | null;

  @Column({ type: 'uuid', nullable: true })
  voidsEventId!: string | null;

  @Column({ type: 'varchar', nullable: true })
  reason!: string | null;

  @Column({ type: 'uuid' })
  recordedBy!: string;
}
