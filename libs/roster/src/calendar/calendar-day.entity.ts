import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** An official's override of the bundled calendar for one date (e.g. next year's announced holidays). */
@Entity('calendar_day')
export class CalendarDayOverride {
  @PrimaryColumn({ type: 'date' })
  date!: string;

  @Column({ type: 'boolean' })
  workday!: boolean;

  @Column({ type: 'varchar', default: '' })
  name!: string;

  @Column({ type: 'uuid', nullable: true })
  updatedBy!: string | null;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
