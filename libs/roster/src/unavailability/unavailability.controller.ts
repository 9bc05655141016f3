import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors, CurrentUser, type Principal, Roles, uuidParam } from '@app/core';
import {
  CreateUnavailabilityDto,
  ListUnavailabilityQuery,
  toUnavailabilityResponse,
  UnavailabilityResponse,
} from './unavailability.dto';
import { UnavailabilityService } from './unavailability.service';

@ApiTags('rosters')
@ApiBearerAuth()
@Roles('official', 'admin', 'lawyer')
@Controller({ path: 'unavailability', version: '1' })
export class UnavailabilityController {
  constructor(private readonly leave: UnavailabilityService) {}

  @Get()
  @ApiOperation({ summary: 'Leave of lawyers in your jurisdiction (a lawyer: their own)' })
  @ApiOkResponse({ type: [UnavailabilityResponse] })
  async list(
    @CurrentUser() caller: Principal,
    @Query() q: ListUnavailabilityQuery,
  ): Promise<UnavailabilityResponse[]> {
    return (await this.leave.list(caller, q)).map(toUnavailabilityResponse);
  }

  @Post()
  @ApiOperation({
    summary: 'Record leave (whole days); 409 SHIFTS_DURING_LEAVE when the lawyer has shifts then',
  })
  @ApiCreatedResponse({ type: UnavailabilityResponse })
  @ApiErrors({ 409: 'SHIFTS_DURING_LEAVE: the lawyer has shifts then', 422: 'NOT_A_LAWYER' })
  async create(
    @CurrentUser() caller: Principal,
    @Body() dto: CreateUnavailabilityDto,
  ): Promise<UnavailabilityResponse> {
    return toUnavailabilityResponse(await this.leave.create(caller, dto));
  }

  @Post(':id/cancel')
  @HttpCode(200)
  @ApiOkResponse({ type: UnavailabilityResponse })
  @ApiOperation({ summary: 'Withdraw a leave or unavailability' })
  async cancel(
    @CurrentUser() caller: Principal,
    @Param('id', uuidParam()) id: string,
  ): Promise<UnavailabilityResponse> {
    return toUnavailabilityResponse(await this.leave.cancel(caller, id));
  }
}
