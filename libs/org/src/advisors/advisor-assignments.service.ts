import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '@app/audit';
import {
  AppError,
  assertInJurisdiction,
  type Caller,
  Clock,
  isPgError,
  Page,
  pageWindow,
  principalOf,
  CoreErrors,
} from '@app/core';
import { OrgErrors } from '../org.errors';
import { ServicePointsService } from '../service-points/service-points.service';
import { StaffService } from '../staff/staff.service';
import { AdvisorAssignment } from './advisor-assignment.entity';
import { AdvisorAssignmentsRepository } from './advisor-assignments.repository';
import {
  AdvisorAssignmentResponse,
  AdvisorCoverageResponse,
  CreateAdvisorAssignmentDto,
  ListAdvisorAssignmentsQuery,
} from './dto/advisor-assignment.dto';

export function toAdvisorAssignmentResponse(a: AdvisorAssignment): AdvisorAssignmentResponse {
  return {
    id: a.id,
    lawyerId: a.lawyerId,
    servicePointId: a.servicePointId,
    regionCode: a.regionCode,
    from: a.validFrom,
    to: a.validTo,
  };
}

/** The exclusion constraint's refusal (one village, one advisor) as the domain error. */
function asAlreadyAssigned(err: unknown, servicePointId: string): unknown {
  return isPgError(err, '23P01')
    ? new AppError(OrgErrors.ADVISOR_ALREADY_ASSIGNED, 'This village already has an advisor in that period', {
        servicePointId,
      })
    : err;
}

@Injectable()
export class AdvisorAssignmentsService {
  constructor(
    private readonly assignments: AdvisorAssignmentsRepository,
    private readonly points: ServicePointsService,
    private readonly staff: StaffService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  /** Assignments under a region in force at some time in the period, for planning visits. */
  inForceBetween(prefix: string, from: string, to: string): Promise<AdvisorAssignment[]> {
    return this.assignments.findInForceBetween(prefix, from, to);
  }

  /** Whether the lawyer is the village point's advisor on `date`, whatever the caller's jurisdiction. */
  advisesOn(lawyerId: string, servicePointId: string, date: string, em?: EntityManager): Promise<boolean> {
    return this.assignments.existsInForce(lawyerId, servicePointId, date, em);
  }

  async list(caller: Caller, q: ListAdvisorAssignmentsQuery): Promise<Page<AdvisorAssignmentResponse>> {
    const { page, pageSize, offset } = pageWindow(q);
    const [rows, total] = await this.assignments.findPage(caller, { ...q, offset, limit: pageSize });
    return { items: rows.map(toAdvisorAssignmentResponse), total, page, pageSize };
  }

  async create(
    caller: Caller,
    dto: CreateAdvisorAssignmentDto,
    em?: EntityManager,
  ): Promise<AdvisorAssignment> {
    if (dto.to && dto.to < dto.from)
      throw new AppError(OrgErrors.INVALID_PERIOD, 'to is before from', {
        to: ['must not be before from'],
      });
    const point = await this.points.get(caller, dto.servicePointId, em);
    assertInJurisdiction(caller, point.regionCode);
    if (point.kind !== 'village_point') {
      throw new AppError(OrgErrors.NOT_A_VILLAGE_POINT, 'Advisors are assigned to village points', {
        servicePointId: point.id,
      });
    }
    const lawyer = await this.staff.findByIdUnscoped(dto.lawyerId, em);
    if (!lawyer || !lawyer.roles.includes('lawyer') || lawyer.status !== 'active') {
      throw new AppError(OrgErrors.NOT_A_LAWYER, 'The advisor must be an active lawyer', {
        lawyerId: dto.lawyerId,
      });
    }
    if (lawyer.regionCode.slice(0, 6) !== point.regionCode.slice(0, 6)) {
      throw new AppError(OrgErrors.NOT_A_LAWYER, 'The advisor must belong to the same county', {
        lawyerId: dto.lawyerId,
      });
    }
    const write = async (tx: EntityManager) => {
      try {
        const saved = await this.assignments.insert(
          {
            lawyerId: lawyer.id,
            servicePointId: point.id,
            regionCode: point.regionCode,
            validFrom: dto.from,
            validTo: dto.to ?? null,
          },
          tx,
        );
        await this.audit.record(tx, {
          action: 'create',
          entityType: 'advisor_assignment',
          entityId: saved.id,
          regionCode: saved.regionCode,
          after: { ...saved },
        });
        return saved;
      } catch (err) {
        throw asAlreadyAssigned(err, point.id);
      }
    };
    // Inside a caller's transaction, a savepoint keeps a refused insert from aborting the rest.
    return em ? em.transaction(write) : this.dataSource.transaction(write);
  }

  async end(caller: Caller, id: string, to: string): Promise<AdvisorAssignment> {
    return this.dataSource.transaction(async (em) => {
      const a = await this.assignments.findById(caller, id, em);
      if (!a)
        throw new AppError(OrgErrors.ADVISOR_ASSIGNMENT_NOT_FOUND, 'Advisor assignment not found', { id });
      if (to < a.validFrom)
        throw new AppError(OrgErrors.INVALID_PERIOD, 'to is before the start', {
          to: ['must not be before the start of the assignment'],
        });
      const before = { ...a };
      a.validTo = to;
      // Moving the end later can run into the village's next advisor.
      const saved = await this.assignments.save(a, em).catch((err: unknown) => {
        throw asAlreadyAssigned(err, a.servicePointId);
      });
      await this.audit.record(em, {
        action: 'update',
        entityType: 'advisor_assignment',
        entityId: id,
        regionCode: a.regionCode,
        before,
        after: { ...saved },
      });
      return saved;
    });
  }

  async coverage(
    caller: Caller,
    regionCode: string | undefined,
    date: string | undefined,
  ): Promise<AdvisorCoverageResponse> {
    const region = regionCode ?? principalOf(caller)?.regionCode;
    if (!region)
      throw new AppError(CoreErrors.VALIDATION_FAILED, 'regionCode is required', {
        regionCode: ['is required'],
      });
    assertInJurisdiction(caller, region);
    const day = date ?? this.clock.today();
    const { villages, uncovered } = await this.assignments.coverage(caller, region, day);
    return {
      regionCode: region,
      date: day,
      villages,
      covered: villages - uncovered.length,
      uncovered: uncovered.map((u) => ({ regionCode: u.code, name: u.name })),
    };
  }
}
