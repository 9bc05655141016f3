import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query, Req, Res } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiBody,
  ApiConsumes,
  ApiExtraModels,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiResponse,
  ApiTags,
  getSchemaPath,
} from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import {
  ApiErrors,
  ApiFileResponse,
  ApiPageResponse,
  CurrentUser,
  ErrorResponse,
  type Page,
  type Principal,
  Roles,
  uuidParam,
} from '@app/core';
import {
  ImportBatchResponse,
  ImportJsonBody,
  ImportMultipartBody,
  ImportResponse,
  ImportWithdrawalResponse,
  ListImportsQuery,
  WithdrawImportQuery,
} from './dto/import.dto';
import { IMPORT_KINDS } from './import-kinds';
import { readImportRequest } from './import-upload';
import { ImportsService } from './imports.service';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** `attachment` with an ASCII fallback and the Chinese name per RFC 5987. */
const disposition = (ascii: string, name: string) =>
  `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;

@ApiTags('imports')
@ApiBearerAuth()
@Roles('official')
@Controller({ path: 'imports', version: '1' })
export class ImportsController {
  constructor(private readonly imports: ImportsService) {}

  @Get('templates/:kind')
  @ApiOperation({
    summary:
      'The xlsx template of an import: Chinese headers, drop-downs of the allowed values, an example row',
  })
  @ApiParam({ name: 'kind', enum: [...IMPORT_KINDS, 'service-logs', 'legal-aid-cases'] })
  @ApiFileResponse({ [XLSX_TYPE]: 'binary' }, 'The template, as an attachment')
  @ApiErrors({ 403: 'IMPORT_READ_ONLY: city and province officials', 404: 'IMPORT_TEMPLATE_NOT_FOUND' })
  async template(
    @CurrentUser() caller: Principal,
    @Param('kind') kind: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Buffer> {
    const t = await this.imports.template(caller, kind);
    void reply
      .header('content-type', XLSX_TYPE)
      .header('content-disposition', disposition(t.asciiFilename, t.filename));
    return t.body;
  }

  @Post()
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Import past records from an xlsx (multipart) or JSON rows: a dry run, or a commit of all rows or none',
    description:
      'Dry run (dryRun=true): every row’s problems (row, field, column, message in Chinese), nothing written, 200. ' +
      'Commit: all rows in one transaction with the statistics moved in it, 200 with the import’s id; any row with a ' +
      'problem refuses the whole file (400 IMPORT_ROWS_INVALID with details.rejected). The same file, or rows an ' +
      'import that stands already brought in, are refused (409 IMPORT_DUPLICATE). Dates 2010-01-01 to now.',
  })
  @ApiConsumes('multipart/form-data', 'application/json')
  @ApiExtraModels(ImportJsonBody, ImportMultipartBody)
  @ApiBody({
    schema: {
      oneOf: [{ $ref: getSchemaPath(ImportMultipartBody) }, { $ref: getSchemaPath(ImportJsonBody) }],
    },
  })
  @ApiOkResponse({ type: ImportResponse })
  @ApiErrors({
    400: 'IMPORT_NOT_XLSX, IMPORT_WRONG_TEMPLATE, IMPORT_UNKNOWN_COLUMNS, IMPORT_MISSING_COLUMNS, IMPORT_TOO_MANY_ROWS, IMPORT_NO_ROWS, IMPORT_BAD_REQUEST, IMPORT_ROWS_INVALID (details.rejected)',
    403: 'IMPORT_READ_ONLY',
    409: 'IMPORT_DUPLICATE: the same file or rows again (details.importIds, details.rows)',
  })
  @ApiResponse({ status: 413, description: 'IMPORT_FILE_TOO_LARGE: more than 20 MB', type: ErrorResponse })
  async run(
    @CurrentUser() caller: Principal,
    @Req() req: FastifyRequest,
    @Body() body: unknown,
  ): Promise<ImportResponse> {
    return this.imports.run(caller, await readImportRequest(req, body));
  }

  @Get()
  @ApiOperation({
    summary: 'The imports of a region in your jurisdiction, newest first (withdrawn ones included)',
  })
  @ApiPageResponse(ImportBatchResponse)
  list(@CurrentUser() caller: Principal, @Query() q: ListImportsQuery): Promise<Page<ImportBatchResponse>> {
    return this.imports.list(caller, q);
  }

  @Delete(':id')
  @ApiOperation({
    summary:
      'Withdraw a whole import: its records voided (they count nowhere), the counters moved back; audited',
  })
  @ApiOkResponse({ type: ImportWithdrawalResponse })
  @ApiErrors({ 403: 'IMPORT_READ_ONLY', 409: 'IMPORT_ALREADY_WITHDRAWN' })
  withdraw(
    @CurrentUser() caller: Principal,
    @Param('id', uuidParam()) id: string,
    @Query() q: WithdrawImportQuery,
  ): Promise<ImportWithdrawalResponse> {
    return this.imports.withdraw(caller, id, q.reason);
  }
}
