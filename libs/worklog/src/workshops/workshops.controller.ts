import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors, CurrentUser, type Page, type Principal, Roles, uuidParam } from '@app/core';
import { EDIT_WINDOW_RULE } from '../rules/entry-time';
import { VoidDto } from '../service-logs/dto/service-log.dto';
import { CreateWorkshopDto, ListWorkshopsQuery, UpdateWorkshopDto } from './dto/workshop.dto';
import { WorkshopPage, WorkshopResponse } from './dto/workshop.response';
import { WorkshopsService } from './workshops.service';

@ApiTags('work log')
@ApiBearerAuth()
@Controller({ path: 'workshops', version: '1' })
export class WorkshopsController {
  constructor(private readonly workshops: WorkshopsService) {}

  @Post()
  @Roles('lawyer', 'official')
  @ApiOperation({
    summary: 'Record a lecture, publicity event or training (法治讲座/普法宣传)',
    description:
      'A lawyer records their own, at a point of their township, while the workshop’s edit window is open (422 TOO_OLD_TO_RECORD after it); an official records any in their jurisdiction (lecturerId optional) and may backfill. Not in the future. Counted in the statistics at once.',
  })
  @ApiCreatedResponse({ type: WorkshopResponse })
  @ApiErrors({
    404: 'The service point or lecturer does not exist or is outside your jurisdiction',
    422: 'TOO_OLD_TO_RECORD or NOT_A_LAWYER',
  })
  create(@CurrentUser() caller: Principal, @Body() dto: CreateWorkshopDto): Promise<WorkshopResponse> {
    return this.workshops.create(caller, dto);
  }

  @Get()
  @Roles('lawyer', 'official', 'admin')
  @ApiOperation({ summary: 'Workshops of your jurisdiction, newest first' })
  @ApiOkResponse({ type: WorkshopPage })
  list(@CurrentUser() caller: Principal, @Query() q: ListWorkshopsQuery): Promise<Page<WorkshopResponse>> {
    return this.workshops.list(caller, q);
  }

  @Get(':id')
  @Roles('lawyer', 'official', 'admin')
  @ApiOkResponse({ type: WorkshopResponse })
  @ApiOperation({ summary: 'One workshop record of your jurisdiction (a lawyer: their own)' })
  get(@CurrentUser() caller: Principal, @Param('id', uuidParam()) id: string): Promise<WorkshopResponse> {
    return this.workshops.get(caller, id);
  }

  @Patch(':id')
  @Roles('lawyer', 'official')
  @ApiOperation({
    summary:
      'Edit (its lecturer, until the end of the WORKLOG_EDIT_DAYS-th day after heldAt; then 422 WORKSHOP_LOCKED) or correct (an official, with reason)',
    description: `${EDIT_WINDOW_RULE} For a workshop the date is heldAt's. After it the lecturer gets 422 WORKSHOP_LOCKED (details.editableUntil); an official corrects at any time, with a reason. Audited with the before/after diff; the statistics move with the change.`,
  })
  @ApiOkResponse({ type: WorkshopResponse })
  @ApiErrors({
    409: 'CHANGED_MEANWHILE',
    422: 'WORKSHOP_LOCKED (details.editableUntil), WORKSHOP_VOIDED or TOO_OLD_TO_RECORD',
  })
  update(
    @CurrentUser() caller: Principal,
    @Param('id', uuidParam()) id: string,
    @Body() dto: UpdateWorkshopDto,
  ): Promise<WorkshopResponse> {
    return this.workshops.update(caller, id, dto);
  }

  @Post(':id/void')
  @HttpCode(200)
  @Roles('lawyer', 'official')
  @ApiOperation({
    summary: 'Void a workshop with a reason; it stays listed with includeVoided=true and counts nowhere',
    description: `${EDIT_WINDOW_RULE} For a workshop the date is heldAt's. After it the lecturer gets 422 WORKSHOP_LOCKED; an official voids at any time.`,
  })
  @ApiOkResponse({ type: WorkshopResponse })
  @ApiErrors({ 409: 'ALREADY_VOIDED', 422: 'WORKSHOP_LOCKED' })
  void(
    @CurrentUser() caller: Principal,
    @Param('id', uuidParam()) id: string,
    @Body() dto: VoidDto,
  ): Promise<WorkshopResponse> {
    return this.workshops.void(caller, id, dto.reason);
  }
}
