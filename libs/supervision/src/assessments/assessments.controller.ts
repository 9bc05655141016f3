import { Controller, Get, Query, Res } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiExtraModels,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  getSchemaPath,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { ApiErrors, CurrentUser, type Principal, Roles } from '@app/core';
import { assessmentTitle, assessmentWorkbook } from './assessment-workbook';
import { AssessmentsService } from './assessments.service';
import { AssessmentQuery, AssessmentResponse } from './dto/assessment.dto';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

@ApiTags('supervision')
@ApiBearerAuth()
@ApiExtraModels(AssessmentResponse)
@Controller({ path: 'assessments', version: '1' })
export class AssessmentsController {
  constructor(private readonly assessments: AssessmentsService) {}

  @Get()
  @Roles('official', 'admin')
  @ApiOperation({
    summary:
      'The advisors’ quarterly assessment (考核) per advisor and village, as JSON or as the xlsx table',
    description:
      'Service days and hours from sign-ins, services by type from the work log, lectures, ratings, obligation periods met, absences (shifts without a sign-in). format=xlsx: the same rows under Chinese headers, A4 landscape fitted to the width with the header rows repeated, as an attachment. A score only where the county set weights.',
  })
  @ApiOkResponse({
    description: 'format=json (default): the assessment; format=xlsx: the workbook',
    content: {
      'application/json': { schema: { $ref: getSchemaPath(AssessmentResponse) } },
      [XLSX_TYPE]: { schema: { type: 'string', format: 'binary' } },
    },
  })
  @ApiErrors({ 403: 'OUTSIDE_JURISDICTION', 404: 'REGION_NOT_FOUND' })
  async assess(
    @CurrentUser() caller: Principal,
    @Query() q: AssessmentQuery,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<AssessmentResponse | Buffer> {
    const a = await this.assessments.assess(caller, q.regionCode, q.quarter);
    if (q.format !== 'xlsx') return a;
    void reply.header('content-type', XLSX_TYPE);
    void reply.header(
      'content-disposition',
      `attachment; filename="assessment-${a.regionCode}-${a.quarter}.xlsx"; filename*=UTF-8''${encodeURIComponent(`${assessmentTitle(a)}.xlsx`)}`,
    );
    return assessmentWorkbook(a);
  }
}
