import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiExtraModels,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import {
  ApiErrors,
  ApiFileResponse,
  AppError,
  contentDisposition,
  CurrentUser,
  type Principal,
  Roles,
  XLSX_TYPE,
} from '@app/core';
import {
  DutyEntryResponse,
  DutyRosterQuery,
  DutyRosterResponse,
  REGISTER_KINDS,
  type RegisterKind,
  RegisterQuery,
} from './dto/register.query';
import { RegistersErrors } from './registers.errors';
import { type RegisterFile, RegistersService } from './registers.service';

function send(reply: FastifyReply, f: RegisterFile): Buffer {
  void reply.header('content-type', f.contentType).header('content-disposition', contentDisposition(f));
  return f.body;
}

@ApiTags('registers')
@ApiBearerAuth()
@ApiExtraModels(DutyEntryResponse)
@Controller({ path: 'registers', version: '1' })
export class RegistersController {
  constructor(private readonly registers: RegistersService) {}

  // Declared before `:kind`, which would otherwise take `duty_roster` for a register's name.
  @Get('duty_roster')
  @Roles('official', 'admin')
  @ApiOperation({
    summary: 'A township’s month of published duty (值班表): JSON for the print page, or xlsx to post',
    description:
      'One row per day (weekday, holiday), one column per service point with duty that month (the township centre first), the lawyers on duty and their hours in each cell, and the township office’s phone. Published, planned shifts only. The workbook prints on A4, landscape where wide, fitted to the page width, its headers on every page.',
  })
  @ApiProduces('application/json', XLSX_TYPE)
  @ApiOkResponse({
    type: DutyRosterResponse,
    description: 'format=json (default); format=xlsx: the workbook',
  })
  @ApiErrors({
    403: 'OUTSIDE_JURISDICTION',
    404: 'REGION_NOT_FOUND',
    422: 'DUTY_ROSTER_NOT_A_TOWNSHIP: regionCode is not a township (9 digits)',
  })
  async dutyRoster(
    @CurrentUser() caller: Principal,
    @Query() q: DutyRosterQuery,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<DutyRosterResponse | Buffer> {
    if (q.format === 'xlsx')
      return send(reply, await this.registers.dutyRosterFile(caller, q.regionCode, q.month));
    return this.registers.dutyRoster(caller, q.regionCode, q.month);
  }

  @Get(':kind')
  @Roles('official', 'lawyer')
  @ApiOperation({
    summary:
      'A register (台账) of a region and period as xlsx: 工作日志 (service_logs), 法律援助案件台账 (legal_aid_cases), 法治讲座台账 (workshops), 合同审核台账 (contract_reviews)',
    description:
      'One row per live record (voided ones left out) in your view — officials their jurisdiction, a lawyer their own records — oldest first, with Chinese headers, the Chinese names of types, topics, categories and statuses, and dates and times in Asia/Shanghai. The legal-aid applicants’ phone and ID numbers are masked unless `reveal=true` and you may reveal them. Every export is recorded in the audit trail (action `export.register`, with the records whose personal data it shows). At most 20,000 records per file (422 REGISTER_TOO_LARGE with details.rows: ask for a shorter period). The workbook prints on A4, landscape, fitted to the page width, the title and headers on every page.',
  })
  @ApiParam({ name: 'kind', enum: REGISTER_KINDS })
  @ApiFileResponse({ [XLSX_TYPE]: 'binary' }, 'The register, as an attachment')
  @ApiErrors({
    400: 'VALIDATION_FAILED: no period, two periods, from after to, or more than 366 days',
    403: 'OUTSIDE_JURISDICTION: a region you do not govern',
    404: 'REGISTER_NOT_FOUND: no such register; REGION_NOT_FOUND',
    422: 'REGISTER_TOO_LARGE: more than 20,000 records (details.rows, details.max)',
  })
  async register(
    @CurrentUser() caller: Principal,
    @Param('kind') kind: string,
    @Query() q: RegisterQuery,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Buffer> {
    if (!(REGISTER_KINDS as readonly string[]).includes(kind))
      throw new AppError(RegistersErrors.REGISTER_NOT_FOUND, `No register ${kind}`, {
        kinds: REGISTER_KINDS,
      });
    return send(reply, await this.registers.register(caller, kind as RegisterKind, q));
  }
}
