import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors, CurrentUser, type Principal, Roles, uuidParam } from '@app/core';
import {
  CreateRequestDto,
  ListRequestsQuery,
  RefuseRequestDto,
  RequestResponse,
} from './dto/staff-request.dto';
import { StaffRequestsService } from './staff-requests.service';

@ApiTags('supervision')
@ApiBearerAuth()
@Controller({ path: 'requests', version: '1' })
export class StaffRequestsController {
  constructor(private readonly requests: StaffRequestsService) {}

  @Post()
  @Roles('lawyer')
  @ApiOperation({
    summary: 'Ask for a swap, leave or a 补卡 (attendance_fix); the township official decides',
    description:
      'A swap names a colleague, who accepts first (POST /requests/:id/accept). A 补卡 is for a missing sign-in or sign-out of one of your own shifts that has begun. ' +
      'Photos are not taken yet (the app has no upload store).',
  })
  @ApiCreatedResponse({ type: RequestResponse })
  @ApiErrors({
    400: 'VALIDATION_FAILED (a field the kind needs is missing)',
    403: 'NOT_YOUR_SHIFT',
    404: 'SHIFT_NOT_FOUND',
    409: 'LAWYER_ON_LEAVE (the colleague is on leave then)',
    422: 'SHIFT_IN_FUTURE, SHIFT_ALREADY_BEGUN, SHIFT_NOT_PLANNED, SWAP_WITH_ONESELF, NOT_A_COLLEAGUE, LEAVE_IN_PAST, FIX_OUTSIDE_SHIFT_DAY',
  })
  async create(@CurrentUser() caller: Principal, @Body() dto: CreateRequestDto): Promise<RequestResponse> {
    const [r] = await this.requests.respond([await this.requests.create(caller, dto)]);
    return r;
  }

  @Get()
  @Roles('lawyer', 'official', 'admin')
  @ApiOperation({ summary: 'Requests: a lawyer’s own and those naming them; an official’s jurisdiction’s' })
  @ApiOkResponse({ type: [RequestResponse] })
  async list(@CurrentUser() caller: Principal, @Query() q: ListRequestsQuery): Promise<RequestResponse[]> {
    return this.requests.respond(await this.requests.list(caller, q));
  }

  @Post(':id/accept')
  @HttpCode(200)
  @Roles('lawyer')
  @ApiOperation({ summary: 'The colleague a swap names accepts it (before the official approves)' })
  @ApiOkResponse({ type: RequestResponse })
  @ApiErrors({
    403: 'NOT_THE_NAMED_COLLEAGUE',
    404: 'REQUEST_NOT_FOUND',
    409: 'REQUEST_NOT_PENDING, LAWYER_ON_LEAVE',
  })
  async accept(
    @CurrentUser() caller: Principal,
    @Param('id', uuidParam()) id: string,
  ): Promise<RequestResponse> {
    const [r] = await this.requests.respond([await this.requests.accept(caller, id)]);
    return r;
  }

  @Post(':id/approve')
  @HttpCode(200)
  @Roles('official')
  @ApiOperation({
    summary:
      'Approve: the swap, leave or correction is made as the official’s direct action makes it, with its checks',
  })
  @ApiOkResponse({ type: RequestResponse })
  @ApiErrors({
    403: 'OWN_REQUEST, OUTSIDE_JURISDICTION',
    404: 'REQUEST_NOT_FOUND',
    409: 'REQUEST_NOT_PENDING, SHIFT_OVERLAP, LAWYER_ON_LEAVE, SHIFTS_DURING_LEAVE',
    422: 'SWAP_NOT_ACCEPTED, SHIFT_CANCELLED',
  })
  async approve(
    @CurrentUser() caller: Principal,
    @Param('id', uuidParam()) id: string,
  ): Promise<RequestResponse> {
    const [r] = await this.requests.respond([await this.requests.approve(caller, id)]);
    return r;
  }

  @Post(':id/refuse')
  @HttpCode(200)
  @Roles('official')
  @ApiOperation({ summary: 'Refuse with a reason; the lawyer is told' })
  @ApiOkResponse({ type: RequestResponse })
  @ApiErrors({ 403: 'OWN_REQUEST', 404: 'REQUEST_NOT_FOUND', 409: 'REQUEST_NOT_PENDING' })
  async refuse(
    @CurrentUser() caller: Principal,
    @Param('id', uuidParam()) id: string,
    @Body() dto: RefuseRequestDto,
  ): Promise<RequestResponse> {
    const [r] = await this.requests.respond([await this.requests.refuse(caller, id, dto.reason)]);
    return r;
  }
}
