import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors, ApiPageResponse, CurrentUser, Page, type Principal, Roles, uuidParam } from '@app/core';
import { AdvisorAssignmentsService, toAdvisorAssignmentResponse } from './advisor-assignments.service';
import {
  AdvisorAssignmentResponse,
  AdvisorCoverageQuery,
  AdvisorCoverageResponse,
  CreateAdvisorAssignmentDto,
  EndAdvisorAssignmentDto,
  ListAdvisorAssignmentsQuery,
} from './dto/advisor-assignment.dto';

@ApiTags('people')
@ApiBearerAuth()
@Controller({ version: '1' })
export class AdvisorAssignmentsController {
  constructor(private readonly assignments: AdvisorAssignmentsService) {}

  @Get('advisor-assignments')
  @Roles('official', 'admin')
  @ApiOperation({ summary: 'Which lawyer advises which village point, in your jurisdiction' })
  @ApiPageResponse(AdvisorAssignmentResponse)
  list(
    @CurrentUser() caller: Principal,
    @Query() q: ListAdvisorAssignmentsQuery,
  ): Promise<Page<AdvisorAssignmentResponse>> {
    return this.assignments.list(caller, q);
  }

  @Post('advisor-assignments')
  @Roles('official', 'admin')
  @ApiOperation({
    summary: 'Assign an advisor to a village point (409 when the village has one in that period)',
  })
  @ApiCreatedResponse({ type: AdvisorAssignmentResponse })
  @ApiErrors({
    409: 'ADVISOR_ALREADY_ASSIGNED: the village has one in that period',
    422: 'NOT_A_LAWYER or NOT_A_VILLAGE_POINT',
  })
  async create(
    @CurrentUser() caller: Principal,
    @Body() dto: CreateAdvisorAssignmentDto,
  ): Promise<AdvisorAssignmentResponse> {
    return toAdvisorAssignmentResponse(await this.assignments.create(caller, dto));
  }

  @Post('advisor-assignments/:id/end')
  @HttpCode(200)
  @Roles('official', 'admin')
  @ApiOperation({ summary: 'End an assignment on a given day' })
  @ApiOkResponse({ type: AdvisorAssignmentResponse })
  @ApiErrors({ 409: 'ADVISOR_ALREADY_ASSIGNED: a later end runs into the village’s next advisor' })
  async end(
    @CurrentUser() caller: Principal,
    @Param('id', uuidParam()) id: string,
    @Body() dto: EndAdvisorAssignmentDto,
  ): Promise<AdvisorAssignmentResponse> {
    return toAdvisorAssignmentResponse(await this.assignments.end(caller, id, dto.to));
  }

  @Get('advisor-coverage')
  @Roles('official', 'admin', 'lawyer')
  @ApiOperation({ summary: 'Villages with and without an advisor (法律顾问覆盖)' })
  @ApiOkResponse({ type: AdvisorCoverageResponse })
  coverage(
    @CurrentUser() caller: Principal,
    @Query() q: AdvisorCoverageQuery,
  ): Promise<AdvisorCoverageResponse> {
    return this.assignments.coverage(caller, q.regionCode, q.date);
  }
}
