import { Inject, Injectable } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { ChangeLedger } from '@app/audit';
import { APP_CONFIG, type AppConfig, AppError, Clock, PiiCipher } from '@app/core';
import { NotifyService } from '@app/notify';
import { BookingErrors } from '../booking.errors';
import { ratingInvitation } from '../booking-messages';
import { appointmentChange, appointmentView } from '../appointments/appointment-change';
import type { Appointment } from '../appointments/appointment.entity';
import { APPOINTMENT } from '../appointments/appointment.records';
import { AppointmentsRepository } from '../appointments/appointments.repository';
import type { RatedAppointmentResponse } from '../appointments/dto/appointment.response';
import type { RatingLinkResponse } from './dto/rating-link.dto';
import { type RatingLinkRow, RatingLinksRepository } from './rating-links.repository';

/** How long the link of the SMS after a consultation can be used. */
export const RATING_LINK_DAYS = 7;

/**
 * 回访 by SMS: a completed consultation's resident gets one SMS with a link to rate it without
 * signing in. The token (128 random bits) is only in the SMS; the table keeps its keyed hash. The
 * link works once, for RATING_LINK_DAYS.
 */
@Injectable()
export class RatingLinksService {
  constructor(
    private readonly links: RatingLinksRepository,
    private readonly appointments: AppointmentsRepository,
    private readonly notify: NotifyService,
    private readonly ledger: ChangeLedger,
    private readonly pii: PiiCipher,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  private hash(token: string): string {
    return this.pii.secretDigest('rating-link', token);
  }

  /**
   * In the completing transaction: the appointment's link, and its SMS queued (sent after the
   * commit). None when it has a link already or is rated.
   */
  async issue(em: EntityManager, appointment: Appointment, phone: string): Promise<void> {
    if (appointment.rating !== null) return;
    const now = this.clock.now();
    const token = randomBytes(16).toString('base64url');
    const expiresAt = new Date(now.getTime() + RATING_LINK_DAYS * 86_400_000);
    if (!(await this.links.insert(em, appointment.id, this.hash(token), expiresAt, now))) return;
    const id = await this.notify.enqueue(em, {
      phone,
      ...ratingInvitation({ link: `${this.config.booking.publicUrl}/r/${token}`, days: RATING_LINK_DAYS }),
      regionCode: appointment.regionCode,
    });
    this.ledger.afterCommit(em, () => this.notify.dispatch([id]));
  }

  /** What the link's page shows; refused once used or expired. */
  async show(token: string): Promise<RatingLinkResponse> {
    const link = this.usable(await this.links.byHash(this.hash(token)), this.clock.now());
    return {
      servicePointName: link.pointName,
      lawyerName: link.lawyerName,
      startsAt: link.startsAt.toISOString(),
      topic: link.topic,
      expiresAt: link.expiresAt.toISOString(),
    };
  }

  /** The resident's rating through the link: recorded like an app rating, its source the SMS link. */
  async rate(token: string, score: number, comment?: string): Promise<RatedAppointmentResponse> {
    const now = this.clock.now();
    return this.ledger.transaction(async (em) => {
      const link = this.usable(await this.links.byHash(this.hash(token), em), now);
      const current = await this.appointments.lockUnscoped(em, link.appointmentId);
      if (!current) throw new AppError(BookingErrors.RATING_LINK_NOT_FOUND, 'This link is not valid');
      const { phoneEnc: _phone, ...appointment } = current;
      if (appointment.rating !== null)
        throw new AppError(BookingErrors.ALREADY_RATED, 'This consultation is already rated');
      const rated = await this.appointments.update(em, appointment.id, {
        rating: score,
        ratingComment: comment ?? null,
        ratingSource: 'sms_link',
        ratedAt: now,
        updatedAt: now,
      });
      await this.links.markUsed(em, link.id, now);
      await this.ledger.record(
        em,
        APPOINTMENT,
        appointmentChange('rate', appointment, rated, { score, source: 'sms_link' }),
      );
      return { ...appointmentView(rated), rating: score };
    });
  }

  private usable(link: RatingLinkRow | null, now: Date): RatingLinkRow {
    if (!link) throw new AppError(BookingErrors.RATING_LINK_NOT_FOUND, 'This link is not valid');
    if (link.usedAt)
      throw new AppError(BookingErrors.RATING_LINK_USED, 'This link has been used: thank you for rating');
    if (link.expiresAt <= now)
      throw new AppError(BookingErrors.RATING_LINK_EXPIRED, 'This link has expired', {
        expiredAt: link.expiresAt.toISOString(),
      });
    return link;
  }
}
