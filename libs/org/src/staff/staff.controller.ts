import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiPageResponse, Page, Roles, uuidParam } from '@app/core';
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
  list(@Query() q: ListStaffQuery): Promise<Page<StaffResponse>> {
    return this.staff.list(q);
  }

  @Post()
  @Roles('official', 'admin')
  @ApiOperation({
    summary: 'Create an account: officials add lawyers in their jurisdiction; admins any kind',
  })
  @ApiCreatedResponse({ type: StaffResponse })
  async create(@Body() dto: CreateStaffDto): Promise<StaffResponse> {
    return this.staff.toResponse(await this.staff.create(dto));
  }

  @Get(':id')
  @Roles('official', 'admin')
  @ApiOkResponse({ type: StaffResponse })
  async get(@Param('id', uuidParam()) id: string): Promise<StaffResponse> {
    return this.staff.toResponse(await this.staff.get(id));
  }

  @Patch(':id')
  @Roles('official', 'admin')
  @ApiOkResponse({ type: StaffResponse })
  async update(@Param('id', uuidParam()) id: string, @Body() dto: UpdateStaffDto): Promise<StaffResponse> {
    return this.staff.toResponse(await this.staff.update(id, dto));
  }

  @Post(':id/unlock')
  @HttpCode(200)
  @Roles('admin')
  @ApiOperation({ summary: 'Lift a lock-out after repeated wrong passwords' })
  @ApiOkResponse({ type: StaffResponse })
  async unlock(@Param('id', uuidParam()) id: string): Promise<StaffResponse> {
    return this.staff.toResponse(await this.staff.unlock(id));
  }

  @Get(':id/phone')
  @Roles('official', 'admin')
  @ApiOperation({ summary: 'The full phone number; every read is written to the audit trail' })
  @ApiOkResponse({ type: StaffPhoneResponse })
  async phone(@Param('id', uuidParam()) id: string): Promise<{ phone: string | null }> {
    return { phone: await this.staff.revealPhone(id) };
  }
}
