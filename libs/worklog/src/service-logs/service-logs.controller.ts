import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors, CurrentUser, type Page, type Principal, Roles, uuidParam } from '@app/core';
import { EDIT_WINDOW_RULE } from '../rules/entry-time';
import {
  CreateServiceLogDto,
  FollowUpDto,
  ListServiceLogsQuery,
  UpdateServiceLogDto,
  VoidDto,
} from './dto/service-log.dto';
import { FollowUpResponse, ServiceLogPage, ServiceLogResponse } from './dto/service-log.response';
import { ServiceLogsService } from './service-logs.service';

@ApiTags('work log')
@ApiBearerAuth()
@Controller({ path: 'service-logs', version: '1' })
export class ServiceLogsController {
  constructor(private readonly logs: ServiceLogsService) {}

  @Post()
  @Roles('lawyer', 'official')
  @ApiOperation({
    summary: 'Record a service given (工作日志)',
    description:
      'A lawyer records their own services at points where they had a shift that business day or advise the village (else 403 NOT_ON_DUTY_AT_POINT), while the service’s edit window is open (422 TOO_OLD_TO_RECORD after it). An official records for a lawyer of their jurisdiction (lawyerId required) at any point of it (404 outside), and may backfill. Amounts only where the type has them (400 per field). With appointmentId: the appointment must be completed at that point; a second log of it is 409 APPOINTMENT_ALREADY_LOGGED. Counted in the statistics at once.',
  })
  @ApiCreatedResponse({ type: ServiceLogResponse })
  @ApiErrors({
    404: 'The service point, appointment or lawyer does not exist or is outside your jurisdiction',
    409: 'APPOINTMENT_ALREADY_LOGGED',
    422: 'TOO_OLD_TO_RECORD, NOT_A_LAWYER, APPOINTMENT_NOT_COMPLETED or APPOINTMENT_POINT_MISMATCH',
  })
  create(@CurrentUser() caller: Principal, @Body() dto: CreateServiceLogDto): Promise<ServiceLogResponse> {
    return this.logs.create(caller, dto);
  }

  @Get()
  @Roles('lawyer', 'official', 'admin')
  @ApiOperation({
    summary: 'The work log, newest first: a lawyer sees their own entries, staff those of their jurisdiction',
  })
  @ApiOkResponse({ type: ServiceLogPage })
  list(
    @CurrentUser() caller: Principal,
    @Query() q: ListServiceLogsQuery,
  ): Promise<Page<ServiceLogResponse>> {
    return this.logs.list(caller, q);
  }

  @Get(':id')
  @Roles('lawyer', 'official', 'admin')
  @ApiOperation({ summary: 'One entry (404 for another lawyer’s entry or outside your jurisdiction)' })
  @ApiOkResponse({ type: ServiceLogResponse })
  get(@CurrentUser() caller: Principal, @Param('id', uuidParam()) id: string): Promise<ServiceLogResponse> {
    return this.logs.get(caller, id);
  }

  @Patch(':id')
  @Roles('lawyer', 'official')
  @ApiOperation({
    summary:
      'Edit (its lawyer, until the end of the WORKLOG_EDIT_DAYS-th day after the service date) or correct (an official, with reason) an entry',
    description: `${EDIT_WINDOW_RULE} After it the lawyer gets 422 LOG_LOCKED (details.editableUntil); an official of the jurisdiction corrects at any time and must give a reason. A lawyer may move occurredAt only to a date whose window is still open. Audited with the before/after diff (action update or correction); the statistics move with the change. When the type changes, amounts the new type does not have are dropped.`,
  })
  @ApiOkResponse({ type: ServiceLogResponse })
  @ApiErrors({
    409: 'CHANGED_MEANWHILE or APPOINTMENT_ALREADY_LOGGED',
    422: 'LOG_LOCKED (details.editableUntil), LOG_VOIDED or TOO_OLD_TO_RECORD',
  })
  update(
    @CurrentUser() caller: Principal,
    @Param('id', uuidParam()) id: string,
    @Body() dto: UpdateServiceLogDto,
  ): Promise<ServiceLogResponse> {
    return this.logs.update(caller, id, dto);
  }

  @Post(':id/void')
  @HttpCode(200)
  @Roles('lawyer', 'official')
  @ApiOperation({
    summary: 'Void an entry with a reason (its lawyer within the edit window, or an official)',
    description: `${EDIT_WINDOW_RULE} After it the lawyer gets 422 LOG_LOCKED; an official voids at any time. The entry stays, shows voidedAt and voidReason, and counts nowhere; 409 ALREADY_VOIDED.`,
  })
  @ApiOkResponse({ type: ServiceLogResponse })
  @ApiErrors({ 409: 'ALREADY_VOIDED', 422: 'LOG_LOCKED' })
  void(
    @CurrentUser() caller: Principal,
    @Param('id', uuidParam()) id: string,
    @Body() dto: VoidDto,
  ): Promise<ServiceLogResponse> {
    return this.logs.void(caller, id, dto.reason);
  }

  @Post(':id/follow-up')
  @Roles('lawyer', 'official')
  @ApiOperation({
    summary: '回访: record a phone follow-up of a consultation (reached or not, satisfied or not)',
    description:
      'A lawyer follows up their own consultations, an official those of their jurisdiction (404 otherwise). `satisfied` only when reached (400 otherwise). The first call that reaches the resident marks the consultation followed up (followedUpAt); another reaching call is 409 ALREADY_FOLLOWED_UP, calls that did not reach may repeat. Counted at once: followUps, followUpsReached, followUpsSatisfied / followUpsUnsatisfied (on the day of the call) and consultationsFollowedUp (on the consultation’s day).',
  })
  @ApiCreatedResponse({ type: FollowUpResponse })
  @ApiErrors({ 409: 'ALREADY_FOLLOWED_UP', 422: 'NOT_A_CONSULTATION or LOG_VOIDED' })
  followUp(
    @CurrentUser() caller: Principal,
    @Param('id', uuidParam()) id: string,
    @Body() dto: FollowUpDto,
  ): Promise<FollowUpResponse> {
    return this.logs.followUp(caller, id, dto);
  }
}
