import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors, CurrentUser, type Principal, Roles } from '@app/core';
import { QuotasQuery, QuotasResponse } from './dto/quota.dto';
import { QuotasService } from './quotas.service';

@ApiTags('supervision')
@ApiBearerAuth()
@Controller({ path: 'quotas', version: '1' })
export class QuotasController {
  constructor(private readonly quotas: QuotasService) {}

  @Get()
  @Roles('official', 'admin', 'lawyer')
  @ApiOperation({
    summary: 'Live quotas per village (or centre) and advisor: required, delivered, still planned, status',
    description:
      'For each advisor answering for a point (a village’s advisor, a lawyer on window duty at a centre) and each obligation binding there whose period is of the kind asked (month: days and hours; quarter: lectures; ISO week: visits). Delivered comes from real sign-ins as attendance evaluates them and from the work log and lectures; planned from published shifts not yet over, as of now. At-risk quotas come first. A lawyer sees only their own.',
  })
  @ApiOkResponse({ type: QuotasResponse })
  @ApiErrors({ 403: 'OUTSIDE_JURISDICTION' })
  list(@CurrentUser() caller: Principal, @Query() q: QuotasQuery): Promise<QuotasResponse> {
    return this.quotas.quotas(caller, q);
  }
}
