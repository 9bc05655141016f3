import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  IsBoolean,
  IsDate,
  IsIn,
  IsNotEmpty,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import {
  IsCalendarDate,
  IsCalendarMonth,
  IsOmittable,
  IsYuan,
  MOBILE_PATTERN,
  PageQuery,
  valueRule,
} from '@app/core';
import { CASE_STATUSES, CASE_STEPS, type CaseStatus } from '../rules/case-status';
import { idNumberProblem, normaliseIdNumber } from '../rules/id-number';

/** What legal aid is asked for (案件类别). */
export const CASE_CATEGORIES = [
  'labour_wages',
  'marriage_family',
  'traffic_injury',
  'medical',
  'consumer',
  'land_housing',
  'criminal_defence',
  'other',
] as const;
export type CaseCategory = (typeof CASE_CATEGORIES)[number];

/** The Chinese names of the categories, as the ledgers, templates and registers write them. */
export const CASE_CATEGORY_LABELS: Record<CaseCategory, string> = {
  labour_wages: '劳动报酬',
  marriage_family: '婚姻家庭',
  traffic_injury: '交通事故',
  medical: '医疗纠纷',
  consumer: '消费维权',
  land_housing: '土地房屋',
  criminal_defence: '刑事辩护',
  other: '其他',
};

const CATEGORY_DESCRIPTION =
  'labour_wages 劳动报酬/欠薪, marriage_family 婚姻家庭, traffic_injury 交通事故人身损害, medical 医疗纠纷, ' +
  'consumer 消费维权, land_housing 土地房屋, criminal_defence 刑事辩护, other 其他';

const CLOCKS_DESCRIPTION =
  'Statutory clocks of the Legal Aid Law of the PRC: the decision is due 7 days after the application is received ' +
  '(art. 43), the assignment 3 days after the decision to grant aid (art. 44). Days are calendar days in ' +
  'Asia/Shanghai; the start day is not counted, and a last day that is not a working day (a weekend or public ' +
  'holiday of the official calendar with its overrides; 调休 make-up days count as working) moves to the next ' +
  'working day, as for every statutory period (民法典 §201, §203). Due dates are met all day long.';

const STEP_DATE_RULE =
  'ISO instant with offset, e.g. 2026-03-02T15:00:00+08:00; default now (the server’s clock). For recording a step on a later day than it happened: not in the future, not before the step it follows (400 naming the field).';

/** A GB 11643 citizen identity number: 18 characters, a real birth date and a matching check digit. */
export const IsIdNumber = valueRule(
  'isIdNumber',
  (a) => `${a.property} ${idNumberProblem(a.value) ?? 'is invalid'}`,
  (value) => idNumberProblem(value) === null,
);

const trimmed = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class ApplicantDto {
  @ApiProperty({ example: '王建国', maxLength: 50 })
  @Transform(trimmed)
  @IsString()
  @IsNotEmpty()
  @MaxLength(50)
  name!: string;

  @ApiProperty({ example: '13812345678', description: 'Mainland mobile number' })
  @IsString()
  @Matches(MOBILE_PATTERN, { message: 'phone must be a mainland mobile number of 11 digits' })
  phone!: string;

  @ApiProperty({
    example: '330282199001011231',
    description: '居民身份证号码 (GB 11643): 18 characters, the last a check digit 0-9 or X; checked',
  })
  @Transform(({ value }) => (typeof value === 'string' ? normaliseIdNumber(value) : value))
  @IsIdNumber()
  idNumber!: string;
}

export class CreateLegalAidCaseDto {
  @ApiProperty({ type: ApplicantDto, description: 'Stored encrypted; shown masked' })
  @IsObject()
  @ValidateNested()
  @Type(() => ApplicantDto)
  applicant!: ApplicantDto;

  @ApiProperty({
    format: 'uuid',
    description: 'Where the application was taken in; its region becomes the case’s',
  })
  @IsUUID()
  servicePointId!: string;

  @ApiProperty({ enum: CASE_CATEGORIES, description: CATEGORY_DESCRIPTION })
  @IsIn(CASE_CATEGORIES)
  category!: CaseCategory;

  @ApiProperty({ maxLength: 2000, description: 'Stored as plain text, never rendered as HTML' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  summary!: string;

  @ApiPropertyOptional({
    description: 'When the application was received (ISO instant, not in the future); default now',
  })
  @IsOmittable()
  @Type(() => Date)
  @IsDate()
  receivedAt?: Date;
}

export class DecisionDto {
  @ApiProperty({ description: 'true grants legal aid (accepted), false refuses it (rejected)' })
  @IsBoolean()
  accepted!: boolean;

  @ApiPropertyOptional({ maxLength: 500, description: 'Required when refusing: the applicant is told why' })
  @ValidateIf((o: DecisionDto, v) => o.accepted === false || v !== undefined)
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  reason?: string;

  @ApiPropertyOptional({
    example: '2026-03-02T15:00:00+08:00',
    description: `When the decision was made. ${STEP_DATE_RULE} Not before the application was received (receivedAt). Its business day (Asia/Shanghai) is the decision date: the month the case counts in (legalAidCases), the start of the assignment clock (assignmentDue), and after decisionDue a late decision (decidedLate).`,
  })
  @IsOmittable()
  @Type(() => Date)
  @IsDate()
  decidedAt?: Date;
}

export class AssignDto {
  @ApiProperty({ format: 'uuid', description: 'An active lawyer of the same county' })
  @IsUUID()
  lawyerId!: string;

  @ApiPropertyOptional({
    example: '2026-03-04T09:00:00+08:00',
    description: `When the lawyer was assigned. ${STEP_DATE_RULE} Not before the decision (decidedAt), nor, for a reassignment, before the previous assignment or the start of work. The first assignment after assignmentDue is a late assignment (assignedLate).`,
  })
  @IsOmittable()
  @Type(() => Date)
  @IsDate()
  assignedAt?: Date;
}

export class CloseDto {
  @ApiProperty({ example: '调解结案，用人单位支付拖欠工资', maxLength: 1000 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(1000)
  outcome!: string;

  @ApiPropertyOptional({
    example: 12800.5,
    description: 'Yuan recovered for the applicant (≥ 0, 2 decimals)',
  })
  @IsOmittable()
  @IsYuan()
  amountRecovered?: number;

  @ApiPropertyOptional({
    example: '2026-05-20T16:00:00+08:00',
    description: `When the case was closed. ${STEP_DATE_RULE} Not before the assignment (assignedAt), the start of work or the decision. The amount recovered counts on the closing day (legalAidRecovered).`,
  })
  @IsOmittable()
  @Type(() => Date)
  @IsDate()
  closedAt?: Date;
}

export class ReasonDto {
  @ApiProperty({ maxLength: 500 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  reason!: string;
}

export class OptionalReasonDto {
  @ApiPropertyOptional({ maxLength: 500 })
  @IsOmittable()
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  reason?: string;
}

export class ListLegalAidCasesQuery extends PageQuery {
  @ApiPropertyOptional({ example: '330282113', description: 'Prefix match within your jurisdiction' })
  @IsOptional()
  @Matches(/^\d{2,12}$/, { message: 'regionCode must be 2 to 12 digits' })
  regionCode?: string;

  @ApiPropertyOptional({ enum: CASE_STATUSES })
  @IsOptional()
  @IsIn(CASE_STATUSES)
  status?: CaseStatus;

  @ApiPropertyOptional({
    enum: ['true', 'false'],
    description: `true: cases past a statutory clock today and not yet decided (applied) or assigned (accepted); false: the others. With month: that month's overdue report instead. ${CLOCKS_DESCRIPTION}`,
  })
  @IsOptional()
  @IsIn(['true', 'false'])
  overdue?: 'true' | 'false';

  @ApiPropertyOptional({
    example: '2026-03',
    description:
      'Only with overdue=true (else 400): the overdue report of that month (YYYY-MM, Asia/Shanghai). It lists every case that was past a statutory clock on at least one day of the month: a clock is late from the day after its due date until the day it stopped — the decision (decidedAt) for the decision clock, the first assignment (firstAssignedAt) for the assignment clock — or, if it never stopped, until the case ended (withdrawn, terminated) or today. So a case decided late stays in the report of the month it was decided in (decidedLate: true), and of any earlier month it was already overdue in; a case still waiting is in every month since its due date.',
  })
  @IsOptional()
  @IsCalendarMonth()
  month?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Cases assigned to this lawyer' })
  @IsOptional()
  @IsUUID()
  lawyerId?: string;

  @ApiPropertyOptional({ example: '2026-11-01', description: 'Received on or after this date' })
  @IsOptional()
  @IsCalendarDate()
  from?: string;

  @ApiPropertyOptional({ example: '2026-11-30', description: 'Received on or before this date' })
  @IsOptional()
  @IsCalendarDate()
  to?: string;
}

export class GetLegalAidCaseQuery {
  @ApiPropertyOptional({
    enum: ['true', 'false'],
    description:
      'true: the applicant’s phone and ID number unmasked (officials in jurisdiction and the assigned lawyer); every such read is audited',
  })
  @IsOptional()
  @IsIn(['true', 'false'])
  reveal?: 'true' | 'false';
}

export class ApplicantResponse {
  @ApiProperty() name!: string;
  @ApiProperty({ example: '138****5678' }) phoneMasked!: string;
  @ApiProperty({ example: '330282**********31' }) idNumberMasked!: string;
  @ApiPropertyOptional({ description: 'Only with reveal=true' }) phone?: string;
  @ApiPropertyOptional({ description: 'Only with reveal=true' }) idNumber?: string;
}

export class StaffRef {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
}

export class TimelineEntry {
  @ApiProperty({ enum: CASE_STEPS }) step!: string;
  @ApiProperty({ type: String, nullable: true, enum: CASE_STATUSES }) fromStatus!: string | null;
  @ApiProperty({ enum: CASE_STATUSES }) toStatus!: string;
  @ApiProperty({ type: StaffRef, description: 'Who took the step' }) actor!: {
    id: string | null;
    name: string;
  };
  @ApiProperty({
    description:
      'When the step happened (ISO instant): the date given for it (receivedAt, decidedAt, assignedAt, closedAt), else when it was recorded',
  })
  at!: string;
  @ApiProperty({
    format: 'date-time',
    description: 'When the step was recorded (ISO instant); later than `at` for a step recorded afterwards',
  })
  recordedAt!: string;
  @ApiProperty({ type: String, nullable: true }) note!: string | null;
  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: true,
    description: 'e.g. { lawyerId, previousLawyerId } of an assignment',
  })
  details?: Record<string, unknown>;
}

export class LegalAidCaseResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: '(2026)慈法援字第0001号' }) caseNo!: string;
  @ApiProperty({ enum: CASE_STATUSES }) status!: string;
  @ApiProperty({ enum: CASE_CATEGORIES }) category!: string;
  @ApiProperty({ description: 'As given, plain text' }) summary!: string;
  @ApiProperty({ type: ApplicantResponse }) applicant!: ApplicantResponse;
  @ApiProperty({ format: 'uuid' }) servicePointId!: string;
  @ApiProperty() regionCode!: string;
  @ApiProperty({ format: 'date-time' }) receivedAt!: string;
  @ApiProperty({ example: '2026-10-08', description: CLOCKS_DESCRIPTION }) decisionDue!: string;
  @ApiProperty({
    format: 'date-time',
    type: String,
    nullable: true,
    description: 'When the decision was made; its business day is the decision date',
  })
  decidedAt!: string | null;
  @ApiProperty({
    type: Boolean,
    nullable: true,
    description:
      'true: decided (accepted or rejected) on a day after decisionDue, i.e. after its statutory clock ran out; null until decided. Such a case stays in the overdue report (overdue=true&month=) of the month it was decided in.',
  })
  decidedLate!: boolean | null;
  @ApiProperty({ type: Boolean, nullable: true }) accepted!: boolean | null;
  @ApiProperty({ type: String, nullable: true }) decisionReason!: string | null;
  @ApiProperty({
    type: String,
    nullable: true,
    example: '2026-10-12',
    description: 'Set when legal aid is granted',
  })
  assignmentDue!: string | null;
  @ApiProperty({ type: StaffRef, nullable: true }) assignedLawyer!: StaffRef | null;
  @ApiProperty({
    format: 'date-time',
    type: String,
    nullable: true,
    description: 'When the current lawyer was assigned (moves with a reassignment)',
  })
  assignedAt!: string | null;
  @ApiProperty({
    format: 'date-time',
    type: String,
    nullable: true,
    description: 'When a lawyer was first assigned: the assignment clock stops here',
  })
  firstAssignedAt!: string | null;
  @ApiProperty({
    type: Boolean,
    nullable: true,
    description:
      'true: the first lawyer was assigned on a day after assignmentDue; null until assigned (or when legal aid was refused)',
  })
  assignedLate!: boolean | null;
  @ApiProperty({ format: 'date-time', type: String, nullable: true }) startedAt!: string | null;
  @ApiProperty({ format: 'date-time', type: String, nullable: true }) closedAt!: string | null;
  @ApiProperty({ type: String, nullable: true }) outcome!: string | null;
  @ApiProperty({ type: Number, nullable: true, description: 'Yuan' }) amountRecovered!: number | null;
  @ApiProperty({
    format: 'date-time',
    type: String,
    nullable: true,
    description: 'When it was withdrawn or terminated',
  })
  endedAt!: string | null;
  @ApiProperty({ type: String, nullable: true }) endReason!: string | null;
  @ApiProperty({
    description:
      'Past a statutory clock today and not yet decided or assigned (a warning for officials); a step taken late is shown by decidedLate / assignedLate instead',
  })
  overdue!: boolean;
  @ApiProperty({
    type: String,
    nullable: true,
    enum: ['decision', 'assignment'],
    description: 'Which clock has run out',
  })
  overdueClock!: 'decision' | 'assignment' | null;
  @ApiProperty({ type: [TimelineEntry] }) timeline!: TimelineEntry[];
  @ApiProperty({ enum: ['entry', 'import'], description: 'import: brought in from a ledger (importId)' })
  source!: string;
  @ApiProperty({ format: 'uuid', type: String, nullable: true, description: 'The import it came from' })
  importId!: string | null;
  @ApiProperty({
    format: 'date-time',
    type: String,
    nullable: true,
    description: 'Voided with its import: counts nowhere, takes no step',
  })
  voidedAt!: string | null;
}
