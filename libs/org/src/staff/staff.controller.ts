import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors, ApiPageResponse, CurrentUser, Page, type Principal, Roles, uuidParam } from '@app/core';
import {
  CreateStaffDto,
  ListStaffQuery,
  StaffPhoneResponse,
  StaffResponse,
  UpdateStaffDto,
} from './dto/staff.dto';
import { StaffService } from './staff.service';

@ApiTags('people')
@ApiBearerAuth()
@Controller({ path: 'staff', version: '1' })
export class StaffController {
  constructor(private readonly staff: StaffService) {}

  @Get()
  @Roles('official', 'admin')
  @ApiOperation({ summary: 'Staff in your jurisdiction (phone masked)' })
  @ApiPageResponse(StaffResponse)
  list(@CurrentUser() caller: Principal, @Query() q: ListStaffQuery): Promise<Page<StaffResponse>> {
    return this.staff.list(caller, q);
  }

  @Post()
  @Roles('official', 'admin')
  @ApiOperation({
    summary:
      'Create an ordinary account: officials add lawyers of their jurisdiction and officials of the regions ' +
      'below their own, the admin any ordinary account of its jurisdiction. Admin, security and auditor ' +
      'accounts are made only with `npm run cli -- accounts create` (403 PRIVILEGED_ACCOUNT for every caller)',
  })
  @ApiCreatedResponse({ type: StaffResponse })
  @ApiErrors({ 409: 'USERNAME_TAKEN', 422: 'REGION_NOT_FOUND or a region that does not fit the kind' })
  async create(@CurrentUser() caller: Principal, @Body() dto: CreateStaffDto): Promise<StaffResponse> {
    return this.staff.toResponse(await this.staff.create(caller, dto));
  }

  @Get(':id')
  @Roles('official', 'admin')
  @ApiOkResponse({ type: StaffResponse })
  @ApiOperation({ summary: 'One staff member of your jurisdiction, phone masked' })
  async get(@CurrentUser() caller: Principal, @Param('id', uuidParam()) id: string): Promise<StaffResponse> {
    return this.staff.toResponse(await this.staff.get(caller, id));
  }

  @Patch(':id')
  @Roles('official', 'admin')
  @ApiOperation({
    summary:
      'Change an ordinary account (status disabled ends its sign-in sessions at once). 403 PRIVILEGED_ACCOUNT ' +
      'for an admin, security or auditor account, whoever asks; 403 NOT_BELOW_CALLER for one’s own account ' +
      'and, for an official, an official at or above their level',
  })
  @ApiOkResponse({ type: StaffResponse })
  async update(
    @CurrentUser() caller: Principal,
    @Param('id', uuidParam()) id: string,
    @Body() dto: UpdateStaffDto,
  ): Promise<StaffResponse> {
    return this.staff.toResponse(await this.staff.update(caller, id, dto));
  }

  @Get(':id/phone')
  @Roles('official', 'admin')
  @ApiOperation({ summary: 'The full phone number; every read is written to the audit trail' })
  @ApiOkResponse({ type: StaffPhoneResponse })
  async phone(
    @CurrentUser() caller: Principal,
    @Param('id', uuidParam()) id: string,
  ): Promise<{ phone: string | null }> {
    return { phone: await this.staff.revealPhone(caller, id) };
  }
}
