import { Injectable } from '@nestjs/common';
import { AppError, type Caller, type Principal, ValidationFailedException } from '@app/core';
import { StaffResponse, StaffService } from '@app/org';
import { AuthErrors } from '../auth.errors';
import { StaffSessionResponse } from '../dto/auth.dto';
import { LockoutService } from '../lockout/lockout.service';
import type { SessionRow } from '../sessions/sessions.repository';
import { SessionsService } from '../sessions/sessions.service';
import { ListSessionsQuery } from './security.dto';

export function toSessionResponse(s: SessionRow, caller: Principal): StaffSessionResponse {
  return {
    id: s.id,
    kind: s.staffId ? 'staff' : 'resident',
    staffId: s.staffId,
    residentId: s.residentId,
    createdAt: s.createdAt.toISOString(),
    lastSeenAt: s.lastSeenAt.toISOString(),
    ip: s.ip,
    userAgent: s.userAgent,
    current: s.id === caller.sessionId,
  };
}

/**
 * The security administrator's work on sessions and lock-outs: any resident's sessions, and those
 * of the staff of their jurisdiction (others are not found).
 */
@Injectable()
export class SecurityService {
  constructor(
    private readonly sessions: SessionsService,
    private readonly lockout: LockoutService,
    private readonly staff: StaffService,
  ) {}

  async listSessions(caller: Principal, q: ListSessionsQuery): Promise<StaffSessionResponse[]> {
    if (!q.staffId === !q.residentId)
      throw new ValidationFailedException({ staffId: ['give either staffId or residentId'] });
    if (q.staffId) await this.staff.get(caller, q.staffId);
    const subject = q.staffId
      ? ({ kind: 'staff', id: q.staffId } as const)
      : ({ kind: 'resident', id: q.residentId! } as const);
    return (await this.sessions.listOpen(subject)).map((s) => toSessionResponse(s, caller));
  }

  async endSession(caller: Caller, sessionId: string): Promise<void> {
    const session = await this.sessions.findById(sessionId);
    const visible = session?.staffId
      ? await this.staff.get(caller, session.staffId).then(
          () => true,
          () => false,
        )
      : !!session;
    if (!session || !visible)
      throw new AppError(AuthErrors.SESSION_NOT_FOUND, 'Session not found', { id: sessionId });
    await this.sessions.endAudited(session, 'ended_by_security');
  }

  async unlock(caller: Caller, staffId: string): Promise<StaffResponse> {
    return this.staff.toResponse(await this.lockout.unlock(caller, staffId));
  }
}
