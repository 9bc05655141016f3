import { Body, Controller, Get, Param, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors, CurrentUser, type Principal, Roles } from '@app/core';
import { CountyCodeParam, CountyCodeQuery } from './county-code.param';
import { AssessmentWeightsDto, AssessmentWeightsResponse } from './assessment-weights.dto';
import { AssessmentWeightsService } from './assessment-weights.service';

@ApiTags('supervision')
@ApiBearerAuth()
@Controller({ path: 'assessment-weights', version: '1' })
export class AssessmentWeightsController {
  constructor(private readonly weights: AssessmentWeightsService) {}

  @Get()
  @Roles('official', 'admin')
  @ApiOperation({ summary: 'A county’s weights of the assessment’s score (null: a plain listing)' })
  @ApiOkResponse({ type: AssessmentWeightsResponse })
  @ApiErrors({ 403: 'OUTSIDE_JURISDICTION' })
  get(@CurrentUser() caller: Principal, @Query() q: CountyCodeQuery): Promise<AssessmentWeightsResponse> {
    return this.weights.get(caller, q.countyCode ?? (caller.regionCode ?? '').slice(0, 6));
  }

  @Put(':countyCode')
  @Roles('official')
  @ApiOperation({
    summary:
      'Set the county’s weights of the assessment’s score (its county official); all omitted or 0: no score',
    description: 'The score of an advisor at a village is Σ weight × figure, two decimals. Audited.',
  })
  @ApiOkResponse({ type: AssessmentWeightsResponse })
  @ApiErrors({ 403: 'WEIGHTS_COUNTY_ONLY or OUTSIDE_JURISDICTION' })
  put(
    @CurrentUser() caller: Principal,
    @Param() p: CountyCodeParam,
    @Body() dto: AssessmentWeightsDto,
  ): Promise<AssessmentWeightsResponse> {
    return this.weights.put(caller, p.countyCode, dto);
  }
}
