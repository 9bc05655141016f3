import { Injectable } from '@nestjs/common';
import { ChangeLedger } from '@app/audit';
import { AppError, assertInJurisdiction, Clock, type Principal, ValidationFailedException } from '@app/core';
import { RegionsService } from '@app/org';
import { MEASURE_RULES } from '../rules/obligation-rules';
import { SupervisionErrors } from '../supervision.errors';
import {
  type CreateObligationDto,
  type ListObligationsQuery,
  type ObligationResponse,
  toObligationResponse,
} from './dto/obligation.dto';
import type { Obligation } from './obligation.entity';
import { OBLIGATION } from './obligation.records';
import { ObligationsRepository } from './obligations.repository';

/** The region an official sets obligations in: a county or township (city and province officials read only). */
export function writableRegion(caller: Principal): string {
  const region = caller.regionCode;
  if (!region || region.length < 6)
    throw new AppError(SupervisionErrors.SUPERVISION_READ_ONLY, 'Officials of a city or province read only', {
      regionCode: region,
    });
  return region;
}

/**
 * Obligations (e.g. 2 service days a month in each village, a lecture a quarter, a weekly visit to
 * pilot villages), set by a county or township official for the points of their jurisdiction.
 */
@Injectable()
export class ObligationsService {
  constructor(
    private readonly obligations: ObligationsRepository,
    private readonly regions: RegionsService,
    private readonly ledger: ChangeLedger,
    private readonly clock: Clock,
  ) {}

  async create(caller: Principal, dto: CreateObligationDto): Promise<ObligationResponse> {
    writableRegion(caller);
    const rule = MEASURE_RULES[dto.measure];
    const fields: Record<string, string[]> = {};
    if (dto.required > rule.max)
      fields.required = [
        `must not exceed ${rule.max} for ${dto.measure} (a ${rule.period.replace('_', ' ')})`,
      ];
    if (dto.pilotOnly && dto.pointKind && dto.pointKind !== 'village_point')
      fields.pilotOnly = ['only villages are pilots: pointKind must be village_point or omitted'];
    if (Object.keys(fields).length) throw new ValidationFailedException(fields);
    assertInJurisdiction(caller, dto.regionCode);
    await this.regions.getByCode(dto.regionCode);

    const now = this.clock.now();
    const row: Omit<Obligation, 'id'> = {
      regionCode: dto.regionCode,
      pointKind: dto.pointKind ?? null,
      measure: dto.measure,
      period: rule.period,
      required: dto.required,
      pilotOnly: dto.pilotOnly ?? false,
      createdBy: caller.id,
      createdAt: now,
      updatedAt: now,
    };
    const saved = await this.ledger.transaction(async (em) => {
      const same = await this.obligations.findSameScope(row, em);
      if (same)
        throw new AppError(
          SupervisionErrors.OBLIGATION_EXISTS,
          'An obligation of this measure is already set there; delete it to set another',
          { id: same.id },
        );
      const o = await this.obligations.insert(row, em);
      await this.ledger.record(em, OBLIGATION, { action: 'create', before: null, after: o });
      return o;
    });
    return toObligationResponse(saved);
  }

  async list(caller: Principal, q: ListObligationsQuery): Promise<ObligationResponse[]> {
    const region = q.regionCode ?? caller.regionCode;
    if (!region) return [];
    if (q.regionCode) assertInJurisdiction(caller, q.regionCode);
    return (await this.obligations.findInForceUnder(caller, region)).map(toObligationResponse);
  }

  async delete(caller: Principal, id: string): Promise<ObligationResponse> {
    writableRegion(caller);
    const gone = await this.ledger.transaction(async (em) => {
      const o = await this.obligations.findVisibleForUpdate(caller, id, em);
      if (!o) throw new AppError(SupervisionErrors.OBLIGATION_NOT_FOUND, 'Obligation not found', { id });
      await this.obligations.delete(id, em);
      await this.ledger.record(em, OBLIGATION, { action: 'delete', before: o, after: null });
      return o;
    });
    return toObligationResponse(gone);
  }
}
