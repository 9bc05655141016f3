import { businessDate, businessTimeOfDay } from '@app/core';

/**
 * The SMS booking sends, one function per kind of message: its kind, and the text built from named
 * parameters. Each is a template with parameters in the making (Chinese SMS are registered
 * templates), so a message's words live here and nowhere else.
 */
export interface BookingMessage {
  kind: string;
  text: string;
  /** The text without the secret it carries, kept once the message is sent. */
  redactedText?: string;
}

const SIGN = '【乡村公共法律服务】';

/** A slot's start as the messages name it: `2026-11-23 09:30` (Asia/Shanghai). */
export const slotTime = (startsAt: Date) => `${businessDate(startsAt)} ${businessTimeOfDay(startsAt)}`;

/** A booking made (by the resident, by staff for them, or from the waitlist). */
export const bookingConfirmation = (p: { time: string; code: string }): BookingMessage => ({
  kind: 'booking_confirmation',
  text: `${SIGN}预约成功：${p.time}，预约码${p.code}。如需取消请在预约开始前操作。`,
});

/** Staff cancelled the booking, with their reason. */
export const cancelledByStaff = (p: { time: string; code: string; reason: string }): BookingMessage => ({
  kind: 'booking_cancelled_by_staff',
  text: `${SIGN}您${p.time}的预约（预约码${p.code}）已由工作人员取消，原因：${p.reason}。如需咨询请重新预约。`,
});

/** The booking moved to another slot: the new time. */
export const rescheduled = (p: { time: string; code: string }): BookingMessage => ({
  kind: 'booking_rescheduled',
  text: `${SIGN}改约成功：新的预约时间为${p.time}，预约码${p.code}不变。`,
});

/** A place freed for the first on a waitlist, held until `until` (HH:mm). */
export const waitlistOffer = (p: { time: string; until: string }): BookingMessage => ({
  kind: 'waitlist_offer',
  text: `${SIGN}候补通知：${p.time}有空位，已为您保留至${p.until}，请在“我的候补”中一键确认，逾时将顺延给下一位。`,
});

/** After a completed consultation: the one-time link to rate it without signing in. */
export const ratingInvitation = (p: { link: string; days: number }): BookingMessage => ({
  kind: 'rating_invitation',
  text: `${SIGN}感谢您前来咨询，请为本次服务评价：${p.link} （${p.days}天内有效，仅限一次）`,
});

/** The code a resident reads out to staff booking for them. */
export const phoneCheckCode = (p: { code: string }): BookingMessage => {
  const text = (shown: string) =>
    `${SIGN}工作人员正在为您代为预约，验证码${shown}，请告知工作人员，5分钟内有效。如非本人，请忽略。`;
  return { kind: 'phone_check', text: text(p.code), redactedText: text('******') };
};
