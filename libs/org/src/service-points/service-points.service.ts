import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '@app/audit';
import {
  addDays,
  AppError,
  assertInJurisdiction,
  businessDate,
  type Caller,
  Clock,
  regionLevel,
  RegionLevel,
  requestedLocation,
  CoreErrors,
} from '@app/core';
import type { DutyReader, PublicDuty } from './duty-reader';
import { OrgErrors } from '../org.errors';
import { RegionsService } from '../regions/regions.service';
import { CreateServicePointDto, UpdateServicePointDto } from './dto/create-service-point.dto';
import { openingHoursProblems, sortOpeningHours } from './rules/opening-hours';
import { ServicePoint, ServicePointKind } from './service-point.entity';
import { ServicePointsRepository } from './service-points.repository';

const LEVEL_OF_KIND: Record<ServicePointKind, RegionLevel> = {
  county_center: 'county',
  township_center: 'township',
  village_point: 'village',
};

/** The fields of a point as the audit trail records them. */
function auditView(p: ServicePoint): Record<string, unknown> {
  const { region: _region, ...fields } = p;
  return fields;
}

@Injectable()
export class ServicePointsService {
  constructor(
    private readonly points: ServicePointsRepository,
    private readonly regions: RegionsService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  private duty?: DutyReader;

  /** The roster module hands over the published duty when it starts; without it, points show none. */
  readDutyFrom(reader: DutyReader): void {
    this.duty = reader;
  }

  /**
   * Published duty at these points for `days` days from today (nothing without the roster module),
   * split into today's and the whole window's.
   */
  async publishedDuty(
    pointIds: string[],
    days: number,
  ): Promise<{ today: PublicDuty[]; upcoming: PublicDuty[] }> {
    if (!this.duty || !pointIds.length) return { today: [], upcoming: [] };
    const today = this.clock.today();
    const upcoming = await this.duty.publishedDuty(pointIds, today, addDays(today, days - 1));
    return { today: upcoming.filter((d) => d.date === today), upcoming };
  }

  /** Active points in the caller's jurisdiction. */
  listActive(
    caller: Caller,
    filter: { regionCode?: string; kind?: ServicePointKind },
  ): Promise<ServicePoint[]> {
    return this.points.findActive(caller, filter);
  }

  /** Active points of every county: the public directory, for anyone. */
  listPublic(filter: { regionCode?: string; kind?: ServicePointKind }): Promise<ServicePoint[]> {
    return this.points.findActivePublic(filter);
  }

  /** Any point by id, for its public page (its name, place, hours and published duty are public). */
  async getPublic(id: string): Promise<ServicePoint> {
    const point = await this.points.findByIdUnscoped(id);
    if (!point) throw new AppError(OrgErrors.SERVICE_POINT_NOT_FOUND, 'Service point not found', { id });
    return point;
  }

  /** The name of the point's legal advisor today (一村一顾问), for its public page and printed sign. */
  async advisorName(pointId: string): Promise<string | null> {
    const today = businessDate(this.clock.now());
    const [row]: { name: string }[] = await this.dataSource.query(
      `SELECT s.name FROM advisor_assignment a JOIN staff s ON s.id = a.lawyer_id
        WHERE a.service_point_id = $1 AND a.valid_from <= $2 AND (a.valid_to IS NULL OR a.valid_to >= $2)
        ORDER BY a.valid_from DESC LIMIT 1`,
      [pointId, today],
    );
    return row?.name ?? null;
  }

  async get(caller: Caller, id: string, em?: EntityManager): Promise<ServicePoint> {
    const point = await this.points.findById(caller, id, em);
    if (!point) throw new AppError(OrgErrors.SERVICE_POINT_NOT_FOUND, 'Service point not found', { id });
    return point;
  }

  /** The names of points by id (closed points included: old records name them), for registers. */
  async namesOf(ids: string[]): Promise<Map<string, string>> {
    const points = await this.points.findByIdsUnscoped([...new Set(ids)]);
    return new Map(points.map((p) => [p.id, p.name]));
  }

  /** A point by id whatever the caller's jurisdiction, for other modules' own checks. */
  findByIdUnscoped(id: string): Promise<ServicePoint | null> {
    return this.points.findByIdUnscoped(id);
  }

  async create(caller: Caller, dto: CreateServicePointDto, em?: EntityManager): Promise<ServicePoint> {
    assertInJurisdiction(caller, dto.regionCode);
    await this.checkPlacement(dto.regionCode, dto.kind);
    this.checkOpeningHours(dto.openingHours);
    const { coordSystem: _system, lat: _lat, lng: _lng, ...fields } = dto;
    const location = requestedLocation(dto);
    const write = async (tx: EntityManager) => {
      const point = await this.points.insert(
        { ...fields, ...location, openingHours: sortOpeningHours(dto.openingHours ?? []) },
        tx,
      );
      await this.audit.record(tx, {
        action: 'create',
        entityType: 'service_point',
        entityId: point.id,
        regionCode: point.regionCode,
        after: auditView(point),
      });
      return (await this.points.findById(caller, point.id, tx))!;
    };
    return em ? write(em) : this.dataSource.transaction(write);
  }

  async update(caller: Caller, id: string, dto: UpdateServicePointDto): Promise<ServicePoint> {
    if (dto.regionCode) assertInJurisdiction(caller, dto.regionCode);
    this.checkOpeningHours(dto.openingHours);
    const { coordSystem: _system, lat: _lat, lng: _lng, ...fields } = dto;
    const location = requestedLocation(dto);
    await this.dataSource.transaction(async (em) => {
      const point = await this.points.findByIdForUpdate(caller, id, em);
      if (!point) throw new AppError(OrgErrors.SERVICE_POINT_NOT_FOUND, 'Service point not found', { id });
      const before = auditView({ ...point });
      if (dto.regionCode || dto.kind)
        await this.checkPlacement(dto.regionCode ?? point.regionCode, dto.kind ?? point.kind);
      Object.assign(
        point,
        fields,
        location === undefined ? {} : { lat: location?.lat ?? null, lng: location?.lng ?? null },
        dto.openingHours ? { openingHours: sortOpeningHours(dto.openingHours) } : {},
      );
      const saved = await this.points.save(point, em);
      await this.audit.record(em, {
        action: 'update',
        entityType: 'service_point',
        entityId: id,
        regionCode: saved.regionCode,
        before,
        after: auditView(saved),
      });
    });
    return this.get(caller, id);
  }

  private async checkPlacement(regionCode: string, kind: ServicePointKind): Promise<void> {
    const region = await this.regions.findByCode(regionCode);
    if (!region)
      throw new AppError(OrgErrors.REGION_NOT_REGISTERED, `Region ${regionCode} is not in the registry`, {
        regionCode,
      });
    if (regionLevel(regionCode) !== LEVEL_OF_KIND[kind]) {
      throw new AppError(
        OrgErrors.KIND_REGION_MISMATCH,
        `A ${kind} belongs to a ${LEVEL_OF_KIND[kind]} region`,
        { kind, regionCode },
      );
    }
  }

  private checkOpeningHours(periods?: { weekday: number; from: string; to: string }[]): void {
    const problems = periods ? openingHoursProblems(periods) : [];
    if (problems.length) {
      throw new AppError(CoreErrors.VALIDATION_FAILED, 'Opening hours are inconsistent', {
        openingHours: problems,
      });
    }
  }
}
