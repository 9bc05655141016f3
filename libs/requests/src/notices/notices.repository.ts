import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, IsNull, Repository } from 'typeorm';
import { type NoticeChannel, StaffNotice, StaffNoticePreference } from './staff-notice.entity';

@Injectable()
export class NoticesRepository {
  constructor(
    @InjectRepository(StaffNotice) private readonly notices: Repository<StaffNotice>,
    @InjectRepository(StaffNoticePreference) private readonly preferences: Repository<StaffNoticePreference>,
  ) {}

  /**
   * Inserts the notice unless its person already has one of that kind about that subject (null then),
   * on the person's chosen channel (in-app unless they chose SMS) or on `channel` when given: one round
   * trip, since it runs inside other use cases' transactions (a booking holds its slot's lock).
   */
  async insertOnce(
    n: Omit<StaffNotice, 'id' | 'readAt' | 'channel'>,
    channel: NoticeChannel | null,
    em: EntityManager,
  ): Promise<{ id: string; channel: NoticeChannel } | null> {
    const rows: { id: string; channel: NoticeChannel }[] = await em.query(
      `INSERT INTO staff_notice (staff_id, region_code, kind, text, subject_id, channel, created_at)
       SELECT $1, $2, $3, $4, $5,
              COALESCE($6, (SELECT p.channel FROM staff_notice_preference p WHERE p.staff_id = $1), 'in_app'), $7
       ON CONFLICT (staff_id, kind, subject_id) DO NOTHING RETURNING id, channel`,
      [n.staffId, n.regionCode, n.kind, n.text, n.subjectId, channel, n.createdAt],
    );
    return rows[0] ?? null;
  }

  findOfStaff(staffId: string, limit: number): Promise<StaffNotice[]> {
    return this.notices.find({ where: { staffId }, order: { createdAt: 'DESC' }, take: limit });
  }

  countUnread(staffId: string): Promise<number> {
    return this.notices.countBy({ staffId, readAt: IsNull() });
  }

  findOwn(staffId: string, id: string): Promise<StaffNotice | null> {
    return this.notices.findOneBy({ id, staffId });
  }

  async markRead(id: string, at: Date): Promise<void> {
    await this.notices.update({ id, readAt: IsNull() }, { readAt: at });
  }

  async channelOf(staffId: string, em?: EntityManager): Promise<NoticeChannel | null> {
    const row = await (em?.getRepository(StaffNoticePreference) ?? this.preferences).findOneBy({ staffId });
    return row?.channel ?? null;
  }

  async setChannel(staffId: string, channel: NoticeChannel, at: Date, em: EntityManager): Promise<void> {
    await em.query(
      `INSERT INTO staff_notice_preference (staff_id, channel, updated_at) VALUES ($1, $2, $3)
       ON CONFLICT (staff_id) DO UPDATE SET channel = EXCLUDED.channel, updated_at = EXCLUDED.updated_at`,
      [staffId, channel, at],
    );
  }
}
