import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AuditService } from '@app/audit';
import { AppError, Clock, type Principal } from '@app/core';
import { type OutgoingSms, NotifyService, type SmsParams, type SmsTemplateId } from '@app/notify';
import { StaffService } from '@app/org';
import { RequestsErrors } from '../requests.errors';
import { NoticesRepository } from './notices.repository';
import type { NoticeChannel, StaffNotice } from './staff-notice.entity';

/** A notice to give: to whom, of what kind, about what (given once per person, kind and subject). */
export interface NoticeToGive {
  staffId: string;
  regionCode: string;
  kind: string;
  text: string;
  subjectId: string;
  /**
   * An SMS that goes whatever the person chose (an absence: the window is empty now), instead of the
   * generic notice SMS that goes only to those who chose SMS.
   */
  urgentSms?: { [T in SmsTemplateId]: { template: T; params: SmsParams<T> } }[SmsTemplateId];
}

/**
 * Notices to staff: every notice is listed in the app (with an unread count); those who chose SMS
 * (the default is in-app) also get it through the SMS outbox. A notice is written in the transaction of
 * the change it tells of; its SMS is handed over after the commit.
 */
@Injectable()
export class NoticesService {
  constructor(
    private readonly notices: NoticesRepository,
    private readonly notify: NotifyService,
    private readonly staff: StaffService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** Gives the notice in `em`'s transaction; returns the work for after the commit (the SMS), if any. */
  async give(em: EntityManager, n: NoticeToGive): Promise<(() => Promise<void>) | undefined> {
    const saved = await this.notices.insertOnce(
      {
        staffId: n.staffId,
        regionCode: n.regionCode,
        kind: n.kind,
        text: n.text,
        subjectId: n.subjectId,
        createdAt: this.clock.now(),
      },
      n.urgentSms ? 'sms' : null,
      em,
    );
    if (!saved || saved.channel !== 'sms') return undefined;
    const phone = await this.staff.phoneForMessage(n.staffId);
    if (!phone) return undefined;
    const sms = n.urgentSms ?? { template: 'staff_notice' as const, params: { text: n.text.slice(0, 60) } };
    const id = await this.notify.enqueue(em, {
      ...sms,
      phone,
      regionCode: n.regionCode,
      subjectId: saved.id,
    } as OutgoingSms);
    return () => this.notify.dispatch([id]);
  }

  async list(caller: Principal): Promise<{ items: StaffNotice[]; unread: number }> {
    const [items, unread] = await Promise.all([
      this.notices.findOfStaff(caller.id, 100),
      this.notices.countUnread(caller.id),
    ]);
    return { items, unread };
  }

  async read(caller: Principal, id: string): Promise<StaffNotice> {
    const n = await this.notices.findOwn(caller.id, id);
    if (!n) throw new AppError(RequestsErrors.NOTICE_NOT_FOUND, 'Notice not found', { id });
    if (!n.readAt) {
      n.readAt = this.clock.now();
      await this.notices.markRead(id, n.readAt);
    }
    return n;
  }

  async channel(caller: Principal): Promise<NoticeChannel> {
    return (await this.notices.channelOf(caller.id)) ?? 'in_app';
  }

  /** The caller's choice of channel, audited. */
  async setChannel(caller: Principal, channel: NoticeChannel, em: EntityManager): Promise<void> {
    const before = await this.notices.channelOf(caller.id, em);
    await this.notices.setChannel(caller.id, channel, this.clock.now(), em);
    await this.audit.record(em, {
      action: 'set_notice_channel',
      entityType: 'staff_notice_preference',
      entityId: caller.id,
      regionCode: caller.regionCode ?? null,
      before: { channel: before },
      after: { channel },
    });
  }
}
