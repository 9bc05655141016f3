import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type AttendanceEventType = 'check_in' | 'check_out' | 'void' | 'accept' | 'refuse';
export type AttendanceFlag =
  | 'no_location'
  | 'outside_geofence'
  | 'low_accuracy'
  | 'delayed'
  | 'unscheduled'
  | 'no_check_in'
  | 'qr_expired'
  | 'qr_clock_mismatch'
  | 'qr_replayed';

/** What shows the lawyer was there: a kiosk's signed QR code, the phone's location, or nothing. */
export type SignInProof = 'qr' | 'gps' | 'none';

/** The status of a sign-in sent later than ATTENDANCE_MAX_DELAY_HOURS: it counts once an official accepts it. */
export const PENDING_REVIEW = 'pending_review';

const numeric = { to: (v: number | null) => v, from: (v: string | null) => (v === null ? null : Number(v)) };

/**
 * One sign-in, sign-out, void, or decision on a late sign-in (accept / refuse), never changed
 * afterwards (a correction or a decision is an event of its own).
 */
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

  /**
   * The answer given when it was recorded (on_time, late, left_early, ok, unscheduled, no_check_in,
   * pending_review; void, accept, refuse for corrections).
   */
  @Column({ type: 'varchar' })
  status!: string;

  @Column({ type: 'text', array: true, default: () => `'{}'` })
  flags!: AttendanceFlag[];

  @Column({ type: 'varchar' })
  source!: 'phone' | 'kiosk' | 'correction';

  @Column({ type: 'uuid', nullable: true })
  idempotencyKey!: string | null;

  /** SHA-256 of the phone's request (kind and body), to tell a retry from another request under the same key. */
  @Column({ type: 'char', length: 64, nullable: true })
  requestDigest!: string | null;

  @Column({ type: 'uuid', nullable: true })
  voidsEventId!: string | null;

  /** For an accept or refuse: the pending_review event it decides. */
  @Column({ type: 'uuid', nullable: true })
  reviewsEventId!: string | null;

  @Column({ type: 'varchar', nullable: true })
  reason!: string | null;

  @Column({ type: 'uuid' })
  recordedBy!: string;

  /** For a correction made by approving a lawyer's 补卡 request: that request. */
  @Column({ type: 'uuid', nullable: true })
  requestId!: string | null;
  /** A sign-in or sign-out's proof of presence; null for a correction or decision. */
  @Column({ type: 'varchar', nullable: true })
  proof!: SignInProof | null;

  /** SHA-256 of the scanned QR code's text, to find the same code used again. */
  @Column({ type: 'char', length: 64, nullable: true })
  qrDigest!: string | null;

  /** When the scanned QR code's window began (it was first shown). */
  @Column({ type: 'timestamptz', nullable: true })
  qrWindowStart!: Date | null;
}
