import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A shift's attendance as the nightly close (or a later correction) settled it. */
@Entity('attendance_record')
export class AttendanceRecord {
  @PrimaryColumn('uuid')
  shiftId!: string;

  @Column({ type: 'uuid' })
  lawyerId!: string;

  @Column({ type: 'uuid' })
  servicePointId!: string;

  @Column({ type: 'varchar' })
  regionCode!: string;

  @Column({ type: 'date' })
  date!: string;

  @Column({ type: 'varchar' })
  kind!: string;

  @Column({ type: 'varchar' })
  status!: string;

  @Column({ type: 'timestamptz', nullable: true })
  checkInAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  checkOutAt!: Date | null;

  @Column({ type: 'integer', nullable: true })
  minutes!: number | null;

  @Column({ type: 'timestamptz' })
  closedAt!: Date;
}
