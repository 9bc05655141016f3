import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiPageResponse, CurrentUser, Page, pageWindow, type Principal, Roles } from '@app/core';
import { AuditEventsRepository } from './audit-events.repository';
import { AuditSealer } from './audit-sealer.service';
import { AuditVerifier } from './audit-verifier.service';
import { AuditChainResponse, AuditEventResponse, toAuditEventResponse } from './dto/audit-event.response';
import { ListAuditEventsQuery } from './dto/list-audit-events.query';

@ApiTags('audit')
@ApiBearerAuth()
@Roles('auditor')
@Controller({ path: 'audit-events', version: '1' })
export class AuditEventsController {
  constructor(
    private readonly events: AuditEventsRepository,
    private readonly sealer: AuditSealer,
    private readonly verifier: AuditVerifier,
  ) {}

  @Get()
  @ApiOperation({
    summary:
      'The audit trail, newest first (auditor only); events are sealed into the hash chain before they are listed',
  })
  @ApiPageResponse(AuditEventResponse)
  async list(
    @CurrentUser() caller: Principal,
    @Query() q: ListAuditEventsQuery,
  ): Promise<Page<AuditEventResponse>> {
    const { page, pageSize, offset } = pageWindow(q);
    await this.sealer.seal();
    const [rows, total] = await this.events.findPage(caller, { ...q, offset, limit: pageSize });
    return { items: rows.map(toAuditEventResponse), total, page, pageSize };
  }

  @Get('verify')
  @ApiOperation({
    summary:
      'Recompute the keyed hash chain and compare it with the last checkpoint kept outside the database: the first broken link, or the deleted tail',
  })
  @ApiOkResponse({ type: AuditChainResponse })
  verify(): Promise<AuditChainResponse> {
    return this.verifier.verify();
  }
}
