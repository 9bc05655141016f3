import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomInt, timingSafeEqual } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '@app/audit';
import { AuthService } from '@app/auth';
import {
  APP_CONFIG,
  type AppConfig,
  AppError,
  businessDayRange,
  Clock,
  maskPhone,
  PiiCipher,
  RequestContext,
} from '@app/core';
import { NotifyService } from '@app/notify';
import { BookingErrors } from '../booking.errors';
import { Resident } from '../residents/resident.entity';
import { phoneCheckCode } from '../booking-messages';
import { OtpChallenge, type OtpPurpose } from './otp-challenge.entity';

const CODE_TTL_MS = 5 * 60_000;
const RESEND_AFTER_MS = 60_000;
const PER_PHONE_PER_DAY = 10;
const MAX_ATTEMPTS = 5;

/**
 * Residents sign in with a 6-digit code sent by SMS: valid 5 minutes, stored hashed, 5 tries; at
 * most one send a minute and ten a day per phone, and a configurable number an hour per address.
 */
/** Whole seconds from `now` to `until`, at least 1 (a Retry-After of 0 would invite a busy loop). */
function secondsUntil(until: Date, now: Date): number {
  return Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 1000));
}

@Injectable()
export class OtpService {
  constructor(
    private readonly pii: PiiCipher,
    private readonly notify: NotifyService,
    private readonly auth: AuthService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  /**
   * Sends a code: to sign in (`login`), or for a resident to read out to staff booking for them
   * (`phone_check`). The limits count every code of the phone, whatever its purpose.
   */
  async send(
    phone: string,
    purpose: OtpPurpose = 'login',
  ): Promise<{ expiresInSeconds: number; resendAfterSeconds: number }> {
    const phoneIndex = this.pii.blindIndex(phone);
    const ip = RequestContext.current()?.ip ?? null;
    const now = this.clock.now();
    const outboxId = await this.dataSource.transaction(async (em) => {
      // One send decision at a time per phone, so two quick taps cannot both pass the limits.
      await em.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 11))', [phoneIndex]);
      await this.checkLimits(em, phoneIndex, ip, now);
      const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
      const repo = em.getRepository(OtpChallenge);
      const challenge = repo.create({
        createdAt: now,
        phoneIndex,
        purpose,
        codeHash: '0'.repeat(64),
        ip,
        expiresAt: new Date(now.getTime() + CODE_TTL_MS),
      });
      await repo.save(challenge);
      await repo.update({ id: challenge.id }, { codeHash: this.hashCode(challenge.id, code) });
      if (purpose === 'phone_check')
        return this.notify.enqueue(em, { phone, ...phoneCheckCode({ code }), subjectId: challenge.id });
      // Once handed over, the outbox keeps the message without its code.
      return this.notify.enqueue(em, { phone, template: 'otp', params: { code }, subjectId: challenge.id });
    });
    await this.notify.dispatch([outboxId]);
    return { expiresInSeconds: CODE_TTL_MS / 1000, resendAfterSeconds: RESEND_AFTER_MS / 1000 };
  }

  private async checkLimits(
    em: EntityManager,
    phoneIndex: string,
    ip: string | null,
    now: Date,
  ): Promise<void> {
    const repo = em.getRepository(OtpChallenge);
    const last = await repo.findOne({ where: { phoneIndex }, order: { createdAt: 'DESC' } });
    if (last && now.getTime() - last.createdAt.getTime() < RESEND_AFTER_MS) {
      const retryAfter = Math.ceil((RESEND_AFTER_MS - (now.getTime() - last.createdAt.getTime())) / 1000);
      throw new AppError(BookingErrors.OTP_TOO_SOON, 'A code was sent less than a minute ago', {
        retryAfterSeconds: retryAfter,
      });
    }
    const { start } = businessDayRange(this.clock.today());
    const today = await repo
      .createQueryBuilder('c')
      .where('c.phone_index = :phoneIndex AND c.created_at >= :start', { phoneIndex, start })
      .getCount();
    if (today >= PER_PHONE_PER_DAY)
      throw new AppError(BookingErrors.OTP_DAILY_LIMIT, 'Too many codes for this phone today', {
        retryAfterSeconds: secondsUntil(businessDayRange(this.clock.today()).end, now),
      });
    if (ip) {
      const hourAgo = new Date(now.getTime() - 3_600_000);
      const fromIp = await repo
        .createQueryBuilder('c')
        .select('count(*)::int', 'n')
        .addSelect('min(c.created_at)', 'oldest')
        .where('c.ip = :ip AND c.created_at >= :hourAgo', { ip, hourAgo })
        .getRawOne<{ n: number; oldest: Date | null }>();
      if (fromIp && fromIp.n >= this.config.otpPerIpPerHour)
        throw new AppError(
          BookingErrors.OTP_IP_LIMIT,
          'Too many codes requested from this network; try again later',
          { retryAfterSeconds: secondsUntil(new Date(fromIp.oldest!.getTime() + 3_600_000), now) },
        );
    }
  }

  /** The stored form of a code: keyed (PII_INDEX_KEY), bound to its challenge. */
  private hashCode(challengeId: string, code: string): string {
    return this.pii.secretDigest('otp', `${challengeId}:${code}`);
  }

  /** Checks the latest code of a phone; on success the resident (created on first login) gets a token. */
  async verify(
    phone: string,
    code: string,
  ): Promise<{ accessToken: string; resident: { id: string; phoneMasked: string } }> {
    const phoneIndex = this.pii.blindIndex(phone);
    const now = this.clock.now();
    const outcome = await this.dataSource.transaction(async (em) => {
      const challenge = await em
        .getRepository(OtpChallenge)
        .createQueryBuilder('c')
        .where(`c.phone_index = :phoneIndex AND c.consumed_at IS NULL AND c.purpose = 'login'`, {
          phoneIndex,
        })
        .orderBy('c.created_at', 'DESC')
        .setLock('pessimistic_write')
        .getOne();
      if (!challenge)
        return {
          error: new AppError(BookingErrors.OTP_INVALID, 'Wrong code; ask for a new one'),
        };
      // The five minutes start when the provider has the code (one still waiting cannot have been read).
      const handedOver = await this.notify.handedOverAt(challenge.id, em);
      if (handedOver && handedOver.getTime() + CODE_TTL_MS <= now.getTime())
        return {
          error: new AppError(BookingErrors.OTP_EXPIRED, 'The code has expired; ask for a new one'),
        };
      if (challenge.attempts >= MAX_ATTEMPTS) {
        return {
          error: new AppError(BookingErrors.OTP_TOO_MANY_ATTEMPTS, 'Too many wrong codes; ask for a new one'),
        };
      }
      const ok = timingSafeEqual(
        Buffer.from(challenge.codeHash),
        Buffer.from(this.hashCode(challenge.id, code)),
      );
      if (!ok) {
        await em
          .getRepository(OtpChallenge)
          .update({ id: challenge.id }, { attempts: challenge.attempts + 1 });
        const left = MAX_ATTEMPTS - challenge.attempts - 1;
        return left > 0
          ? {
              error: new AppError(BookingErrors.OTP_INVALID, 'Wrong code', {
                attemptsLeft: left,
              }),
            }
          : {
              error: new AppError(
                BookingErrors.OTP_TOO_MANY_ATTEMPTS,
                'Too many wrong codes; ask for a new one',
              ),
            };
      }
      await em.getRepository(OtpChallenge).update({ id: challenge.id }, { consumedAt: now });
      await em.query(
        `INSERT INTO resident (phone_enc, phone_index, last_login_at) VALUES ($1, $2, $3)
         ON CONFLICT (phone_index) DO UPDATE SET last_login_at = EXCLUDED.last_login_at`,
        [this.pii.encrypt(phone), phoneIndex, now],
      );
      const resident = await em.getRepository(Resident).findOneByOrFail({ phoneIndex });
      await this.audit.record(em, {
        action: 'login.success',
        entityType: 'resident',
        entityId: resident.id,
        actor: { id: resident.id, name: maskPhone(phone) },
      });
      return { resident };
    });
    if ('error' in outcome) throw outcome.error;
    return {
      accessToken: await this.auth.residentAccessToken(outcome.resident.id),
      resident: { id: outcome.resident.id, phoneMasked: maskPhone(phone) },
    };
  }

  /**
   * Checks the code a resident read out to staff booking for them (the latest phone check of the
   * phone, 5 minutes, 5 tries) and uses it up; 422 PHONE_CHECK_FAILED otherwise. In a transaction of
   * its own, so a wrong try counts even when the booking is refused.
   */
  async checkPhone(phone: string, code: string): Promise<void> {
    const phoneIndex = this.pii.blindIndex(phone);
    const now = this.clock.now();
    const failure = await this.dataSource.transaction(async (em) => {
      const repo = em.getRepository(OtpChallenge);
      const challenge = await repo
        .createQueryBuilder('c')
        .where(`c.phone_index = :phoneIndex AND c.consumed_at IS NULL AND c.purpose = 'phone_check'`, {
          phoneIndex,
        })
        .orderBy('c.created_at', 'DESC')
        .setLock('pessimistic_write')
        .getOne();
      if (!challenge) return 'no code was sent to this phone; send one first';
      if (challenge.expiresAt <= now) return 'the code has expired; send a new one';
      if (challenge.attempts >= MAX_ATTEMPTS) return 'too many wrong codes; send a new one';
      const ok = timingSafeEqual(
        Buffer.from(challenge.codeHash),
        Buffer.from(this.hashCode(challenge.id, code)),
      );
      if (!ok) {
        await repo.update({ id: challenge.id }, { attempts: challenge.attempts + 1 });
        return 'wrong code';
      }
      await repo.update({ id: challenge.id }, { consumedAt: now });
      return null;
    });
    if (failure)
      throw new AppError(BookingErrors.PHONE_CHECK_FAILED, `The phone check failed: ${failure}`, {
        'resident.code': [failure],
      });
  }
}
