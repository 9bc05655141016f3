import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

export const NOTICE_CHANNELS = ['sms', 'in_app'] as const;
export type NoticeChannel = (typeof NOTICE_CHANNELS)[number];

/** A notice to one staff member (always listed in the app; also sent by SMS when they chose it). */
@Entity('staff_notice')
export class StaffNotice {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  staffId!: string;

  @Column({ type: 'varchar' })
  regionCode!: string;

  @Column({ type: 'varchar' })
  kind!: string;

  @Column({ type: 'varchar' })
  text!: string;

  @Column({ type: 'varchar' })
  subjectId!: string;

  @Column({ type: 'varchar' })
  channel!: NoticeChannel;

  @Column({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  readAt!: Date | null;
}

@Entity('staff_notice_preference')
export class StaffNoticePreference {
  @PrimaryColumn({ type: 'uuid' })
  staffId!: string;

  @Column({ type: 'varchar' })
  channel!: NoticeChannel;

  @Column({ type: 'timestamptz' })
  updatedAt!: Date;
}
