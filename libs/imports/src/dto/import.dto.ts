import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, Matches, MaxLength } from 'class-validator';
import { PageQuery } from '@app/core';
import { IMPORT_KINDS } from '../import-kinds';

const ROWS_DESCRIPTION =
  'Rows shaped like the create bodies. Work log: type, topic, servicePointId, occurredAt, peopleCount, summary, outcome?, ' +
  'amountInvolved?, resolved?, contractAmount?, lawyerId | lawyerName. Workshops: servicePointId, heldAt, topic, ' +
  'audienceCount, kind, lecturerId? | lecturerName?. Legal aid: applicant { name, phone, idNumber }, servicePointId, ' +
  'category, summary, receivedAt, decidedAt?, accepted?, decisionReason?, assignedAt?, lawyerId | lawyerName?, closedAt?, ' +
  'outcome?, amountRecovered?. Codes or their Chinese names for the vocabularies; dates YYYY-MM-DD (09:00 that day), ' +
  'YYYY-MM-DD HH:mm (Asia/Shanghai) or ISO instants, from 2010-01-01 to now; amounts in yuan with at most 2 decimals. ' +
  'A lawyer not on the staff is kept by name (a staff row that is only a name, never a login).';

/** `POST /imports` as JSON. */
export class ImportJsonBody {
  @ApiProperty({ enum: IMPORT_KINDS }) kind!: string;
  @ApiPropertyOptional({ default: false, description: 'true: check every row, write nothing' })
  dryRun?: boolean;
  @ApiProperty({
    type: 'array',
    items: { type: 'object', additionalProperties: true },
    maxItems: 20000,
    description: ROWS_DESCRIPTION,
  })
  rows!: Record<string, unknown>[];
}

/** `POST /imports` as multipart: the xlsx and the two fields. */
export class ImportMultipartBody {
  @ApiProperty({
    type: 'string',
    format: 'binary',
    description: 'The xlsx (a template of the kind); at most 20 MB',
  })
  file!: unknown;
  @ApiProperty({ enum: IMPORT_KINDS }) kind!: string;
  @ApiPropertyOptional({ enum: ['true', 'false'], default: 'false' }) dryRun?: string;
}

export class ImportProblem {
  @ApiProperty({
    description: 'Row number: the sheet row (the header is row 1), or the position in `rows` from 1',
  })
  row!: number;
  @ApiProperty({ example: 'occurredAt' }) field!: string;
  @ApiProperty({ example: '服务日期', description: 'The Chinese column header' }) column!: string;
  @ApiProperty({ example: '服务日期不能晚于今天(2026-11-23)' }) message!: string;
}

export class ImportResponse {
  @ApiProperty({
    format: 'uuid',
    type: String,
    nullable: true,
    description: 'The import written (null for a dry run or a refusal)',
  })
  id!: string | null;
  @ApiProperty({ enum: IMPORT_KINDS }) kind!: string;
  @ApiProperty() dryRun!: boolean;
  @ApiProperty({ description: 'Rows read' }) rows!: number;
  @ApiProperty({ description: 'Rows that pass every check' }) accepted!: number;
  @ApiProperty({ type: [ImportProblem] }) rejected!: ImportProblem[];
  @ApiProperty({ description: 'Whether the rows were written (all of them, in one transaction)' })
  committed!: boolean;
  @ApiProperty({
    type: [String],
    description: 'Lawyers named in the rows who are not on the staff: kept by name (no login is created)',
  })
  namedLawyers!: string[];
  @ApiProperty({ format: 'date', type: String, nullable: true }) firstDate!: string | null;
  @ApiProperty({ format: 'date', type: String, nullable: true }) lastDate!: string | null;
}

export class ImportBatchResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: IMPORT_KINDS }) kind!: string;
  @ApiProperty() regionCode!: string;
  @ApiProperty({ type: String, nullable: true }) fileName!: string | null;
  @ApiProperty({ description: 'sha256 of the file (or of the JSON rows)' }) contentHash!: string;
  @ApiProperty() rows!: number;
  @ApiProperty({ format: 'date' }) firstDate!: string;
  @ApiProperty({ format: 'date' }) lastDate!: string;
  @ApiProperty({ format: 'uuid' }) createdBy!: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time', type: String, nullable: true }) withdrawnAt!: string | null;
  @ApiProperty({ type: String, nullable: true }) withdrawReason!: string | null;
}

export class ImportWithdrawalResponse extends ImportBatchResponse {
  @ApiProperty({
    description: 'Records voided by the withdrawal (those voided one by one before are not counted)',
  })
  voided!: number;
}

export class ListImportsQuery extends PageQuery {
  @ApiPropertyOptional({ example: '330282113', description: 'Prefix match within your jurisdiction' })
  @IsOptional()
  @Matches(/^\d{2,12}$/, { message: 'regionCode must be 2 to 12 digits' })
  regionCode?: string;
}

export class WithdrawImportQuery {
  @ApiPropertyOptional({ maxLength: 500, description: 'Why the import is withdrawn (default 撤回导入)' })
  @IsOptional()
  @MaxLength(500)
  reason?: string;
}
