import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/** Why a staff member's sign-in sessions end. */
export type AccessRevocationReason = 'disabled' | 'password_change';

export interface AccessRevocation {
  staffId: string;
  reason: AccessRevocationReason;
}

type Subscriber = (revocation: AccessRevocation, em: EntityManager) => Promise<void>;

/**
 * The seam through which a change of an account that must end its sign-in sessions (disabled, a new
 * password) reaches the sessions, inside the transaction of the change. The registry of people
 * (`org`) publishes; the auth library, which owns the sessions, subscribes. Publishing with nobody
 * subscribed is an error rather than a silent no-op: the sessions would outlive the change.
 */
@Injectable()
export class AccessRevocations {
  private readonly subscribers: Subscriber[] = [];

  subscribe(subscriber: Subscriber): void {
    this.subscribers.push(subscriber);
  }

  async publish(em: EntityManager, revocation: AccessRevocation): Promise<void> {
    if (!this.subscribers.length)
      throw new Error('No subscriber ends sign-in sessions: import the auth library (AccountsModule)');
    for (const s of this.subscribers) await s(revocation, em);
  }
}
