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
  registerDecorator,
  ValidateIf,
  ValidateNested,
  ValidationOptions,
} from 'class-validator';
import { IsCalendarDate, IsOmittable, IsYuan, MOBILE_PATTERN, PageQuery } from '@app/core';
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

const CATEGORY_DESCRIPTION =
  'labour_wages 劳动报酬/欠薪, marriage_family 婚姻家庭, traffic_injury 交通事故人身损害, medical 医疗纠纷, ' +
  'consumer 消费维权, land_housing 土地房屋, criminal_defence 刑事辩护, other 其他';

const CLOCKS_DESCRIPTION =
  'Statutory clocks of the Legal Aid Law of the PRC: the decision is due 7 days after the application is received ' +
  '(art. 43), the assignment 3 days after the decision to grant aid (art. 44). Days are calendar days in ' +
  'Asia/Shanghai; the start day is not counted, and a last day that is not a working day (a weekend or public ' +
  'holiday of the official calendar with its overrides; 调休 make-up days count as working) moves to the next ' +
  'working day, as for every statutory period (民法典 §201, §203). Due dates are met all day long.';

/** A GB 11643 citizen identity number: 18 characters, a real birth date and a matching check digit. */
export function IsIdNumber(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isIdNumber',
      target: target.constructor,
      propertyName: String(propertyName),
      options: { message: (a) => `${a.property} ${idNumberProblem(a.value) ?? 'is invalid'}`, ...options },
      validator: { validate: (value: unknown) => idNumberProblem(value) === null },
    });
}

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

  @ApiProperty({ description: 'Where the application was taken in; its region becomes the case’s' })
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
}

export class AssignDto {
  @ApiProperty({ description: 'An active lawyer of the same county' })
  @IsUUID()
  lawyerId!: string;
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
    description: `true: cases past a statutory clock and not yet decided (applied) or assigned (accepted). ${CLOCKS_DESCRIPTION}`,
  })
  @IsOptional()
  @IsIn(['true', 'false'])
  overdue?: 'true' | 'false';

  @ApiPropertyOptional({ description: 'Cases assigned to this lawyer' })
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
  @ApiProperty() id!: string;
  @ApiProperty() name!: string;
}

export class TimelineEntry {
  @ApiProperty({ enum: CASE_STEPS }) step!: string;
  @ApiProperty({ nullable: true, enum: CASE_STATUSES }) fromStatus!: string | null;
  @ApiProperty({ enum: CASE_STATUSES }) toStatus!: string;
  @ApiProperty({ type: StaffRef, description: 'Who took the step' }) actor!: {
    id: string | null;
    name: string;
  };
  @ApiProperty({ description: 'When (ISO instant)' }) at!: string;
  @ApiProperty({ nullable: true }) note!: string | null;
  @ApiPropertyOptional({ description: 'e.g. { lawyerId, previousLawyerId } of an assignment' })
  details?: Record<string, unknown>;
}

export class LegalAidCaseResponse {
  @ApiProperty() id!: string;
  @ApiProperty({ example: '(2026)慈法援字第0001号' }) caseNo!: string;
  @ApiProperty({ enum: CASE_STATUSES }) status!: string;
  @ApiProperty({ enum: CASE_CATEGORIES }) category!: string;
  @ApiProperty({ description: 'As given, plain text' }) summary!: string;
  @ApiProperty({ type: ApplicantResponse }) applicant!: ApplicantResponse;
  @ApiProperty() servicePointId!: string;
  @ApiProperty() regionCode!: string;
  @ApiProperty() receivedAt!: string;
  @ApiProperty({ example: '2026-10-08', description: CLOCKS_DESCRIPTION }) decisionDue!: string;
  @ApiProperty({ nullable: true }) decidedAt!: string | null;
  @ApiProperty({ nullable: true }) accepted!: boolean | null;
  @ApiProperty({ nullable: true }) decisionReason!: string | null;
  @ApiProperty({ nullable: true, example: '2026-10-12', description: 'Set when legal aid is granted' })
  assignmentDue!: string | null;
  @ApiProperty({ type: StaffRef, nullable: true }) assignedLawyer!: StaffRef | null;
  @ApiProperty({ nullable: true }) assignedAt!: string | null;
  @ApiProperty({ nullable: true }) startedAt!: string | null;
  @ApiProperty({ nullable: true }) closedAt!: string | null;
  @ApiProperty({ nullable: true }) outcome!: string | null;
  @ApiProperty({ nullable: true, description: 'Yuan' }) amountRecovered!: number | null;
  @ApiProperty({ nullable: true, description: 'When it was withdrawn or terminated' }) endedAt!:
    string | null;
  @ApiProperty({ nullable: true }) endReason!: string | null;
  @ApiProperty({
    description: 'Past a statutory clock and not yet decided or assigned (a warning for officials)',
  })
  overdue!: boolean;
  @ApiProperty({ nullable: true, enum: ['decision', 'assignment'], description: 'Which clock has run out' })
  overdueClock!: 'decision' | 'assignment' | null;
  @ApiProperty({ type: [TimelineEntry] }) timeline!: TimelineEntry[];
}
