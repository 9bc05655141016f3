import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { HolidayRange } from './provisional-calendar';

/** A year's State Council notice as the admin loaded it, for the whole deployment. */
@Entity('calendar_notice')
export class CalendarNotice {
  @PrimaryColumn({ type: 'integer' })
  year!: number;

  @Column({ type: 'jsonb' })
  holidays!: HolidayRange[];

  @Column({ type: 'jsonb' })
  makeUpDays!: string[];

  @Column({ type: 'uuid', nullable: true })
  loadedBy!: string | null;

  @Column({ type: 'timestamptz' })
  loadedAt!: Date;
}
