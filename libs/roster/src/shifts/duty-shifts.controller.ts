import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors, CurrentUser, type Principal, Roles, uuidParam } from '@app/core';
import { DutyShiftsService } from './duty-shifts.service';
import {
  CancelShiftDto,
  CreateShiftDto,
  ListShiftsQuery,
  PublishDto,
  PublishResponse,
  ShiftResponse,
  SwapShiftDto,
} from './dto/shift.dto';

@ApiTags('rosters')
@ApiBearerAuth()
@Controller({ path: 'shifts', version: '1' })
export class DutyShiftsController {
  constructor(private readonly shifts: DutyShiftsService) {}

  @Get()
  @Roles('official', 'admin', 'lawyer')
  @ApiOperation({ summary: 'Shifts in your jurisdiction over a period (planned; cancelled ones on request)' })
  @ApiOkResponse({ type: [ShiftResponse] })
  async list(@CurrentUser() caller: Principal, @Query() q: ListShiftsQuery): Promise<ShiftResponse[]> {
    return this.shifts.respond(await this.shifts.list(caller, q));
  }

  @Post()
  @Roles('official', 'admin')
  @ApiOperation({
    summary: 'Add a shift; 409 SHIFT_OVERLAP when the lawyer already has one then, 409 LAWYER_ON_LEAVE',
    description:
      'The point must lie in your jurisdiction (404 SERVICE_POINT_NOT_FOUND otherwise) and so must the lawyer ' +
      '(403 OUTSIDE_JURISDICTION): a township official schedules their own advisor group, a county official any ' +
      'lawyer of the county at any of its points. A lawyer of another township comes only on a village visit to a ' +
      'village they advise that day. A lawyer of another county: 422 LAWYER_OUTSIDE_REGION.',
  })
  @ApiCreatedResponse({ type: ShiftResponse })
  @ApiErrors({
    404: 'The service point or the lawyer does not exist or is outside your jurisdiction',
    409: 'SHIFT_OVERLAP or LAWYER_ON_LEAVE',
    422: 'LAWYER_OUTSIDE_REGION, NOT_A_LAWYER, KIND_POINT_MISMATCH or OUTSIDE_OPENING_HOURS',
  })
  async create(@CurrentUser() caller: Principal, @Body() dto: CreateShiftDto): Promise<ShiftResponse> {
    return (await this.shifts.respond([await this.shifts.create(caller, dto)]))[0];
  }

  @Post('publish')
  @HttpCode(200)
  @Roles('official', 'admin')
  @ApiOperation({
    summary: 'Publish the planned shifts of a region and period: the public sees them from then on',
    description:
      'Refused with 422 SHIFTS_ON_DAYS_OFF (details.conflicts: the shifts) while planned window duty or village ' +
      'visits of the period stand on days off of the county calendar, until they are cancelled or the official ' +
      'sends confirmDaysOff: true.',
  })
  @ApiOkResponse({ type: PublishResponse })
  @ApiErrors({ 422: 'SHIFTS_ON_DAYS_OFF (details lists them)' })
  @ApiErrors({ 404: 'REGION_NOT_FOUND: no such region' })
  async publish(@CurrentUser() caller: Principal, @Body() dto: PublishDto): Promise<PublishResponse> {
    return { published: await this.shifts.publish(caller, dto) };
  }

  @Post('swap')
  @HttpCode(200)
  @Roles('official', 'admin')
  @ApiOperation({
    summary: 'Hand a shift to another lawyer (409 when that lawyer is busy or on leave)',
    description:
      'The shift must lie in your jurisdiction (404 SHIFT_NOT_FOUND otherwise) and so must the new lawyer ' +
      '(403 OUTSIDE_JURISDICTION), as for POST /shifts: a lawyer of another township only for a village visit to a ' +
      'village they advise that day; of another county 422 LAWYER_OUTSIDE_REGION.',
  })
  @ApiOkResponse({ type: ShiftResponse })
  @ApiErrors({
    404: 'SHIFT_NOT_FOUND or the lawyer is not found',
    409: 'SHIFT_OVERLAP or LAWYER_ON_LEAVE: that lawyer is busy or on leave',
    422: 'LAWYER_OUTSIDE_REGION or NOT_A_LAWYER',
  })
  async swap(@CurrentUser() caller: Principal, @Body() dto: SwapShiftDto): Promise<ShiftResponse> {
    return (await this.shifts.respond([await this.shifts.swap(caller, dto.shiftId, dto.toLawyerId)]))[0];
  }

  @Post(':id/cancel')
  @HttpCode(200)
  @Roles('official', 'admin')
  @ApiOkResponse({ type: ShiftResponse })
  @ApiErrors({ 409: 'SHIFT_ALREADY_CANCELLED' })
  @ApiOperation({ summary: 'Cancel a shift, with a reason; it stays listed with status cancelled' })
  async cancel(
    @CurrentUser() caller: Principal,
    @Param('id', uuidParam()) id: string,
    @Body() dto: CancelShiftDto,
  ): Promise<ShiftResponse> {
    return (await this.shifts.respond([await this.shifts.cancel(caller, id, dto.reason)]))[0];
  }
}
