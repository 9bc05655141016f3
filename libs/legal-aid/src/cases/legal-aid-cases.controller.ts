import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiExtraModels,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { ApiErrors, ApiPageResponse, CurrentUser, Page, type Principal, Roles, uuidParam } from '@app/core';
import {
  AssignDto,
  CloseDto,
  CreateLegalAidCaseDto,
  DecisionDto,
  GetLegalAidCaseQuery,
  LegalAidCaseResponse,
  ListLegalAidCasesQuery,
  OptionalReasonDto,
  ReasonDto,
} from '../dto/legal-aid-case.dto';
import { LegalAidCasesService } from './legal-aid-cases.service';

const STATUS_MACHINE =
  'Status machine: applied → accepted | rejected (decision); accepted → assigned (assign; again while assigned or ' +
  'in_progress to reassign, recorded); assigned → in_progress (start); assigned | in_progress → closed (close); ' +
  'applied | accepted | assigned | in_progress → withdrawn (withdraw); accepted | assigned | in_progress → terminated ' +
  '(terminate). Any other step: 422 ILLEGAL_TRANSITION (closing a never-assigned case: 422 CASE_NOT_ASSIGNED). ' +
  'Every step is in the timeline with actor and time, and in the audit trail.';

@ApiTags('legal aid')
@ApiBearerAuth()
@ApiExtraModels(LegalAidCaseResponse)
@Controller({ path: 'legal-aid-cases', version: '1' })
export class LegalAidCasesController {
  constructor(private readonly cases: LegalAidCasesService) {}

  @Post()
  @Roles('lawyer', 'official')
  @ApiOperation({
    summary: 'Take in an application (lawyers at a point of their township, officials in their jurisdiction)',
    description:
      'The case number is (year of receipt)county法援字第NNNN号, running per county and year without gaps. ' +
      'The applicant’s phone and 身份证 number (GB 11643 checksum) are stored encrypted. ' +
      `The decision is due 7 days after receipt (decisionDue). ${STATUS_MACHINE}`,
  })
  @ApiCreatedResponse({
    type: LegalAidCaseResponse,
    description: '{ id, caseNo, status: "applied", decisionDue, … }',
  })
  @ApiErrors({
    404: 'The service point does not exist or is outside your jurisdiction',
    422: 'SERVICE_POINT_INACTIVE or COUNTY_NOT_FOUND',
  })
  intake(
    @CurrentUser() caller: Principal,
    @Body() dto: CreateLegalAidCaseDto,
  ): Promise<LegalAidCaseResponse> {
    return this.cases.intake(caller, dto);
  }

  @Get()
  @Roles('lawyer', 'official')
  @ApiOperation({
    summary:
      'Cases with their timeline, applicant masked: lawyers see the cases assigned to them or that they took in, officials their jurisdiction',
    description:
      'overdue=true lists the cases past a statutory clock today; overdue=true&month=YYYY-MM is that month’s overdue report: every case past a clock on at least one day of the month, including those decided or first assigned late in it (decidedLate / assignedLate).',
  })
  @ApiPageResponse(LegalAidCaseResponse)
  list(
    @CurrentUser() caller: Principal,
    @Query() q: ListLegalAidCasesQuery,
  ): Promise<Page<LegalAidCaseResponse>> {
    return this.cases.list(caller, q);
  }

  @Get(':id')
  @Roles('lawyer', 'official')
  @ApiOperation({ summary: 'One case with its timeline; reveal=true unmasks the applicant (audited)' })
  @ApiOkResponse({ type: LegalAidCaseResponse })
  get(
    @CurrentUser() caller: Principal,
    @Param('id', uuidParam()) id: string,
    @Query() q: GetLegalAidCaseQuery,
  ): Promise<LegalAidCaseResponse> {
    return this.cases.get(caller, id, q.reveal === 'true');
  }

  @Post(':id/decision')
  @HttpCode(200)
  @Roles('official')
  @ApiOperation({
    summary: 'Grant (accepted) or refuse (rejected) legal aid; granting sets assignmentDue 3 days on',
    description:
      'decidedAt (optional, default now) dates a decision recorded afterwards: not in the future, not before the application was received (400 naming decidedAt). The decision date (its business day, Asia/Shanghai) is when an accepted case counts in the statistics (legalAidCases), starts the assignment clock, and, after decisionDue, marks the case decidedLate; the timeline shows it as the step’s `at`, with `recordedAt` when it was entered. ' +
      STATUS_MACHINE,
  })
  @ApiOkResponse({ type: LegalAidCaseResponse })
  @ApiErrors({ 422: 'ILLEGAL_TRANSITION: the case is not waiting for a decision' })
  decide(
    @CurrentUser() caller: Principal,
    @Param('id', uuidParam()) id: string,
    @Body() dto: DecisionDto,
  ): Promise<LegalAidCaseResponse> {
    return this.cases.decide(caller, id, dto.accepted, dto.reason, dto.decidedAt);
  }

  @Post(':id/assign')
  @HttpCode(200)
  @Roles('official')
  @ApiOperation({
    summary:
      'Assign (or reassign) a lawyer of the same county: 404 LAWYER_NOT_FOUND, 422 LAWYER_OUTSIDE_COUNTY',
    description:
      'assignedAt (optional, default now) dates an assignment recorded afterwards: not in the future, not before the decision, nor before the previous assignment or the start of work for a reassignment (400 naming assignedAt). The first assignment after assignmentDue marks the case assignedLate.',
  })
  @ApiOkResponse({ type: LegalAidCaseResponse })
  @ApiErrors({
    404: 'The case or LAWYER_NOT_FOUND',
    422: 'ILLEGAL_TRANSITION, ALREADY_ASSIGNED or LAWYER_OUTSIDE_COUNTY',
  })
  assign(
    @CurrentUser() caller: Principal,
    @Param('id', uuidParam()) id: string,
    @Body() dto: AssignDto,
  ): Promise<LegalAidCaseResponse> {
    return this.cases.assign(caller, id, dto.lawyerId, dto.assignedAt);
  }

  @Post(':id/start')
  @HttpCode(200)
  @Roles('lawyer', 'official')
  @ApiOperation({ summary: 'The assigned lawyer (or an official) starts work: assigned → in_progress' })
  @ApiOkResponse({ type: LegalAidCaseResponse })
  @ApiErrors({ 422: 'ILLEGAL_TRANSITION or CASE_NOT_ASSIGNED' })
  start(
    @CurrentUser() caller: Principal,
    @Param('id', uuidParam()) id: string,
  ): Promise<LegalAidCaseResponse> {
    return this.cases.start(caller, id);
  }

  @Post(':id/close')
  @HttpCode(200)
  @Roles('lawyer', 'official')
  @ApiOperation({
    summary: 'Close with the outcome and the amount recovered (yuan): by the assigned lawyer or an official',
    description:
      'closedAt (optional, default now) dates a closing recorded afterwards: not in the future, not before the assignment, the start of work or the decision (400 naming closedAt). The amount recovered counts on the closing day.',
  })
  @ApiOkResponse({ type: LegalAidCaseResponse })
  @ApiErrors({ 422: 'ILLEGAL_TRANSITION or CASE_NOT_ASSIGNED' })
  close(
    @CurrentUser() caller: Principal,
    @Param('id', uuidParam()) id: string,
    @Body() dto: CloseDto,
  ): Promise<LegalAidCaseResponse> {
    return this.cases.close(caller, id, dto);
  }

  @Post(':id/withdraw')
  @HttpCode(200)
  @Roles('lawyer', 'official')
  @ApiOperation({ summary: 'The applicant withdraws (recorded by an official or a lawyer who has the case)' })
  @ApiOkResponse({ type: LegalAidCaseResponse })
  @ApiErrors({ 422: 'ILLEGAL_TRANSITION: the case has ended' })
  withdraw(
    @CurrentUser() caller: Principal,
    @Param('id', uuidParam()) id: string,
    @Body() dto: OptionalReasonDto,
  ): Promise<LegalAidCaseResponse> {
    return this.cases.withdraw(caller, id, dto.reason);
  }

  @Post(':id/terminate')
  @HttpCode(200)
  @Roles('official')
  @ApiOperation({ summary: 'End legal aid for a granted case, with a reason (《法律援助法》第四十八条)' })
  @ApiOkResponse({ type: LegalAidCaseResponse })
  @ApiErrors({ 422: 'ILLEGAL_TRANSITION: the case has ended' })
  terminate(
    @CurrentUser() caller: Principal,
    @Param('id', uuidParam()) id: string,
    @Body() dto: ReasonDto,
  ): Promise<LegalAidCaseResponse> {
    return this.cases.terminate(caller, id, dto.reason);
  }
}
