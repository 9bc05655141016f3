import { Body, Controller, Delete, Get, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors, CurrentUser, type Principal, Roles, uuidParam } from '@app/core';
import { CreateObligationDto, ListObligationsQuery, ObligationResponse } from './dto/obligation.dto';
import { ObligationsService } from './obligations.service';

@ApiTags('supervision')
@ApiBearerAuth()
@Controller({ path: 'obligations', version: '1' })
export class ObligationsController {
  constructor(private readonly obligations: ObligationsService) {}

  @Post()
  @Roles('official')
  @ApiOperation({
    summary: 'Set an obligation for the points of a region (a county or township official)',
    description:
      'E.g. 2 service days a month in each village (measure service_days, pointKind village_point), a lecture a quarter, a weekly visit to pilot villages (visits, pilotOnly). Where several hold at a point, the narrowest region wins, then the one of the point’s kind, then a pilot-only one. Audited.',
  })
  @ApiCreatedResponse({ type: ObligationResponse })
  @ApiErrors({
    400: 'VALIDATION_FAILED: a negative, fractional or absurd required (more than the period holds), details per field',
    403: 'OUTSIDE_JURISDICTION or SUPERVISION_READ_ONLY (a city or province official)',
    404: 'REGION_NOT_FOUND',
    409: 'OBLIGATION_EXISTS',
  })
  create(@CurrentUser() caller: Principal, @Body() dto: CreateObligationDto): Promise<ObligationResponse> {
    return this.obligations.create(caller, dto);
  }

  @Get()
  @Roles('official', 'admin')
  @ApiOperation({
    summary: 'The obligations in force in a region of your jurisdiction (set on it, above or below it)',
  })
  @ApiOkResponse({ type: ObligationResponse, isArray: true })
  @ApiErrors({ 403: 'OUTSIDE_JURISDICTION' })
  list(@CurrentUser() caller: Principal, @Query() q: ListObligationsQuery): Promise<ObligationResponse[]> {
    return this.obligations.list(caller, q);
  }

  @Delete(':id')
  @Roles('official')
  @ApiOperation({
    summary: 'Remove an obligation of your jurisdiction (audited); answers the removed obligation',
  })
  @ApiOkResponse({ type: ObligationResponse })
  @ApiErrors({ 403: 'SUPERVISION_READ_ONLY', 404: 'OBLIGATION_NOT_FOUND' })
  delete(
    @CurrentUser() caller: Principal,
    @Param('id', uuidParam()) id: string,
  ): Promise<ObligationResponse> {
    return this.obligations.delete(caller, id);
  }
}
