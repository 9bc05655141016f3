import { Injectable } from '@nestjs/common';
import { ChangeLedger } from '@app/audit';
import { AppError, assertInJurisdiction, Clock, type Principal } from '@app/core';
import { SCORE_FIGURES } from '../assessments/dto/assessment.dto';
import { SupervisionErrors } from '../supervision.errors';
import { ASSESSMENT_WEIGHTS } from './assessment-weights';
import type { AssessmentWeightsDto, AssessmentWeightsResponse } from './assessment-weights.dto';
import { AssessmentWeightsRepository } from './assessment-weights.repository';

/** A county's weights of the quarterly assessment's score, set by its county official, audited. */
@Injectable()
export class AssessmentWeightsService {
  constructor(
    private readonly weights: AssessmentWeightsRepository,
    private readonly ledger: ChangeLedger,
    private readonly clock: Clock,
  ) {}

  async get(caller: Principal, countyCode: string): Promise<AssessmentWeightsResponse> {
    assertInJurisdiction(caller, countyCode);
    return { countyCode, weights: await this.weights.weightsOf(countyCode) };
  }

  async put(
    caller: Principal,
    countyCode: string,
    dto: AssessmentWeightsDto,
  ): Promise<AssessmentWeightsResponse> {
    if (caller.regionCode !== countyCode)
      throw new AppError(
        SupervisionErrors.WEIGHTS_COUNTY_ONLY,
        'The score’s weights are set by the county’s own official',
        { countyCode },
      );
    assertInJurisdiction(caller, countyCode);
    const set = Object.fromEntries(
      SCORE_FIGURES.flatMap((f) => (dto[f] ? [[f, dto[f]] as [string, number]] : [])),
    );
    const next = Object.keys(set).length ? set : null;
    await this.ledger.transaction(async (em) => {
      const before = await this.weights.weightsOf(countyCode, em, true);
      if (next) await this.weights.put(countyCode, next, caller.id, this.clock.now(), em);
      else await this.weights.remove(countyCode, em);
      await this.ledger.record(em, ASSESSMENT_WEIGHTS, {
        action: before ? (next ? 'update' : 'delete') : 'create',
        before: before ? { countyCode, weights: before } : null,
        after: next ? { countyCode, weights: next } : null,
      });
    });
    return { countyCode, weights: next };
  }
}
