import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '@app/audit';
import {
  addDays,
  AppError,
  assertInJurisdiction,
  businessInstant,
  Clock,
  type Caller,
  hasRole,
  principalOf,
  CoreErrors,
} from '@app/core';
import { StaffService } from '@app/org';
import { assertPeriod } from '../period';
import { requireLawyer } from '../lawyers';
import { asRosterConflict } from '../roster-db-errors';
import { RosterErrors } from '../roster.errors';
import { CreateUnavailabilityDto, ListUnavailabilityQuery } from './unavailability.dto';
import { Unavailability } from './unavailability.entity';
import { UnavailabilityRepository } from './unavailability.repository';

@Injectable()
export class UnavailabilityService {
  constructor(
    private readonly leave: UnavailabilityRepository,
    private readonly staff: StaffService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  list(caller: Caller, q: ListUnavailabilityQuery): Promise<Unavailability[]> {
    const person = principalOf(caller);
    // A lawyer sees their own leave only.
    const lawyerId = person && !hasRole(person, 'official', 'admin') ? person.id : q.lawyerId;
    return this.leave.findMany(caller, {
      lawyerId,
      from: q.from ? businessInstant(q.from) : undefined,
      to: q.to ? businessInstant(addDays(q.to, 1)) : undefined,
    });
  }

  /** Whether the lawyer has leave that covers any of [from, to) (not scoped: for other modules' checks). */
  async isOnLeave(lawyerId: string, from: Date, to: Date): Promise<boolean> {
    return (await this.leave.findOfLawyers([lawyerId], from, to)).length > 0;
  }

  /**
   * Records a lawyer's leave; the database refuses leave over their planned shifts (409
   * SHIFTS_DURING_LEAVE). With `em`, inside that transaction (an approved leave request).
   */
  async create(caller: Caller, dto: CreateUnavailabilityDto, em?: EntityManager): Promise<Unavailability> {
    assertPeriod(dto.from, dto.to);
    const person = principalOf(caller);
    if (person && !hasRole(person, 'official', 'admin') && person.id !== dto.lawyerId) {
      throw new AppError(CoreErrors.FORBIDDEN, 'A lawyer records only their own leave');
    }
    const lawyer = await requireLawyer(this.staff, dto.lawyerId);
    assertInJurisdiction(caller, lawyer.regionCode);
    const work = async (em: EntityManager) => {
      const saved = await this.leave.insert(
        {
          lawyerId: lawyer.id,
          regionCode: lawyer.regionCode,
          startsAt: businessInstant(dto.from),
          endsAt: businessInstant(addDays(dto.to, 1)),
          reason: dto.reason ?? '',
        },
        em,
      );
      await this.audit.record(em, {
        action: 'create',
        entityType: 'unavailability',
        entityId: saved.id,
        regionCode: saved.regionCode,
        after: { ...saved },
      });
      return saved;
    };
    return (em ? work(em) : this.dataSource.transaction(work)).catch((err: unknown) => {
      throw asRosterConflict(err);
    });
  }

  async cancel(caller: Caller, id: string): Promise<Unavailability> {
    return this.dataSource.transaction(async (em) => {
      const u = await this.leave.findById(caller, id, em);
      const person = principalOf(caller);
      if (!u || (person && !hasRole(person, 'official', 'admin') && person.id !== u.lawyerId)) {
        throw new AppError(RosterErrors.UNAVAILABILITY_NOT_FOUND, 'Leave not found', { id });
      }
      const before = { ...u };
      u.cancelledAt = this.clock.now();
      const saved = await this.leave.save(u, em);
      await this.audit.record(em, {
        action: 'cancel',
        entityType: 'unavailability',
        entityId: id,
        regionCode: u.regionCode,
        before,
        after: { ...saved },
      });
      return saved;
    });
  }
}
