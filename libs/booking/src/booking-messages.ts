import { businessDate, businessTimeOfDay } from '@app/core';
import type { SmsParams, SmsTemplateId } from '@app/notify';

/**
 * The SMS booking sends, one function per kind of message: the registered template
 * (`@app/notify`'s `SMS_TEMPLATES`, where the words are) and its named parameters, ready to spread
 * into `NotifyService.enqueue`.
 */
export interface BookingMessage<T extends SmsTemplateId = SmsTemplateId> {
  template: T;
  params: SmsParams<T>;
}

const message = <T extends SmsTemplateId>(template: T, params: SmsParams<T>): BookingMessage<T> => ({
  template,
  params,
});

/** A slot's start as the messages name it: `2026-11-23 09:30` (Asia/Shanghai). */
export const slotTime = (startsAt: Date) => `${businessDate(startsAt)} ${businessTimeOfDay(startsAt)}`;

/** A booking made (by the resident, by staff for them, or from the waitlist). */
export const bookingConfirmation = (p: { time: string; code: string }) => message('booking_confirmation', p);

/** The evening before: tomorrow's time (HH:mm) and the code. */
export const reminder = (p: { time: string; code: string }) => message('booking_reminder', p);

/** The shift was cancelled (or its day became a day off): the resident chooses another time. */
export const cancelledWithShift = (p: { time: string; code: string }) => message('booking_cancelled', p);

/** Staff cancelled the booking, with their reason. */
export const cancelledByStaff = (p: { time: string; code: string; reason: string }) =>
  message('booking_cancelled_by_staff', p);

/** The booking moved to another slot: the new time. */
export const rescheduled = (p: { time: string; code: string }) => message('booking_rescheduled', p);

/** A place freed for the first on a waitlist, held until `until` (HH:mm). */
export const waitlistOffer = (p: { time: string; until: string }) => message('waitlist_offer', p);

/** After a completed consultation: the one-time link to rate it without signing in. */
export const ratingInvitation = (p: { link: string; days: number }) =>
  message('rating_invitation', { link: p.link, days: String(p.days) });

/** The code a resident reads out to staff booking for them (kept only until it is handed over). */
export const phoneCheckCode = (p: { code: string }) => message('phone_check', p);

/** The booking's shift passed to another lawyer (a swap, a standby for an absent one): who sees them now. */
export const lawyerChanged = (p: { time: string; code: string; lawyer: string }) =>
  message('booking_lawyer_changed', p);
