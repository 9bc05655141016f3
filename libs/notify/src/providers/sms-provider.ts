import type { SmsProviderName } from '@app/core';

/** One message as a provider gets it. */
export interface SmsMessage {
  /** The outbox id (sent along where the provider keeps a caller's reference: OutId, SessionContext). */
  id: string;
  phone: string;
  template: string;
  params: Record<string, string>;
  /** The rendered text (for providers that take text: the log). */
  text: string;
}

/**
 * What a provider answered. `throttled`: it limits us or this number for now (retry later, same
 * order); `rejected`: this message can never go (an invalid number, a message without its
 * parameters); `failed`: anything else (an error code, garbage, no answer): the next provider is
 * tried.
 */
export type SmsSendResult =
  | { ok: true; messageId: string | null; code: string }
  | { ok: false; code: string; message: string; kind: 'throttled' | 'rejected' | 'failed' };

/** A message handed over and waiting for its delivery receipt. */
export interface AwaitingReceipt {
  id: string;
  phone: string;
  messageId: string;
  sentAt: Date;
}

/** A provider's delivery receipt. */
export interface SmsReceipt {
  messageId: string;
  status: 'delivered' | 'failed';
  code: string;
  at: Date | null;
}

/** An SMS provider. `send` answers rather than throws; a throw counts as `failed` (unreachable). */
export abstract class SmsProvider {
  abstract readonly name: SmsProviderName;
  abstract send(message: SmsMessage): Promise<SmsSendResult>;
  /** Delivery receipts of messages it took, where the provider offers them (those still unknown are left out). */
  receipts?(awaiting: AwaitingReceipt[]): Promise<SmsReceipt[]>;
}

/** Whatever a provider's HTTP API answered, cut to a length the outbox keeps. */
export const answerExcerpt = (status: number, body: string) =>
  `HTTP ${status}: ${body.replace(/\s+/g, ' ').slice(0, 200)}`;
