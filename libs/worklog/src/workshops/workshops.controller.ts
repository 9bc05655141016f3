import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type Page, Roles, uuidParam } from '@app/core';
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
      'A lawyer records their own, at a point of their township, for the last WORKLOG_EDIT_DAYS days; an official records any in their jurisdiction (lecturerId optional) and may backfill. Not in the future. Counted in the statistics at once.',
  })
  @ApiCreatedResponse({ type: WorkshopResponse })
  create(@Body() dto: CreateWorkshopDto): Promise<WorkshopResponse> {
    return this.workshops.create(dto);
  }

  @Get()
  @Roles('lawyer', 'official', 'admin', 'auditor')
  @ApiOperation({ summary: 'Workshops of your jurisdiction, newest first' })
  @ApiOkResponse({ type: WorkshopPage })
  list(@Query() q: ListWorkshopsQuery): Promise<Page<WorkshopResponse>> {
    return this.workshops.list(q);
  }

  @Get(':id')
  @Roles('lawyer', 'official', 'admin', 'auditor')
  @ApiOkResponse({ type: WorkshopResponse })
  get(@Param('id', uuidParam()) id: string): Promise<WorkshopResponse> {
    return this.workshops.get(id);
  }

  @Patch(':id')
  @Roles('lawyer', 'official')
  @ApiOperation({
    summary:
      'Edit (its lecturer, within WORKLOG_EDIT_DAYS; then 422 WORKSHOP_LOCKED) or correct (an official, with reason)',
    description: 'Audited with the before/after diff; the statistics move with the change.',
  })
  @ApiOkResponse({ type: WorkshopResponse })
  update(@Param('id', uuidParam()) id: string, @Body() dto: UpdateWorkshopDto): Promise<WorkshopResponse> {
    return this.workshops.update(id, dto);
  }

  @Post(':id/void')
  @HttpCode(200)
  @Roles('lawyer', 'official')
  @ApiOperation({
    summary: 'Void a workshop with a reason; it stays listed with includeVoided=true and counts nowhere',
  })
  @ApiOkResponse({ type: WorkshopResponse })
  void(@Param('id', uuidParam()) id: string, @Body() dto: VoidDto): Promise<WorkshopResponse> {
    return this.workshops.void(id, dto.reason);
  }
}
