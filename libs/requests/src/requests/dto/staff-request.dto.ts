import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDate, IsIn, IsOptional, IsString, IsUUID, Matches, MaxLength, MinLength } from 'class-validator';
import { IsCalendarDate, PLACE_CODE_PATTERN } from '@app/core';
import {
  REQUEST_KINDS,
  REQUEST_STATUSES,
  type RequestKind,
  type StaffRequest,
} from '../staff-request.entity';

export class CreateRequestDto {
  @ApiProperty({
    enum: REQUEST_KINDS,
    description:
      'swap: hand one of your shifts (`shiftId`) to a colleague (`toLawyerId`), who accepts first; leave: whole days `from`–`to`; ' +
      'attendance_fix (补卡): a missing sign-in or sign-out (`fixType`, `at`) of one of your past shifts (`shiftId`)',
  })
  @IsIn(REQUEST_KINDS)
  kind!: RequestKind;

  @ApiProperty({ example: '孩子生病需陪同就医', minLength: 2, maxLength: 200 })
  @IsString()
  @MinLength(2)
  @MaxLength(200)
  reason!: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'swap and attendance_fix: your shift' })
  @IsOptional()
  @IsUUID()
  shiftId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'swap: the colleague who takes the shift' })
  @IsOptional()
  @IsUUID()
  toLawyerId?: string;

  @ApiPropertyOptional({ example: '2026-12-01', description: 'leave: first day' })
  @IsOptional()
  @IsCalendarDate()
  from?: string;

  @ApiPropertyOptional({ example: '2026-12-02', description: 'leave: last day, inclusive' })
  @IsOptional()
  @IsCalendarDate()
  to?: string;

  @ApiPropertyOptional({
    enum: ['check_in', 'check_out'],
    description: 'attendance_fix: which one is missing',
  })
  @IsOptional()
  @IsIn(['check_in', 'check_out'])
  fixType?: 'check_in' | 'check_out';

  @ApiPropertyOptional({ description: 'attendance_fix: when you signed in or out (ISO instant)' })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  at?: Date;
}

export class ListRequestsQuery {
  @ApiPropertyOptional({ example: '330282113', description: 'Under this region (officials)' })
  @IsOptional()
  @Matches(PLACE_CODE_PATTERN, { message: 'regionCode must be a region code of 6, 9 or 12 digits' })
  regionCode?: string;

  @ApiPropertyOptional({ enum: REQUEST_STATUSES })
  @IsOptional()
  @IsIn(REQUEST_STATUSES)
  status?: string;
}

export class RefuseRequestDto {
  @ApiProperty({ example: '当日人手不足，请另行安排', minLength: 2, maxLength: 200 })
  @IsString()
  @MinLength(2)
  @MaxLength(200)
  reason!: string;
}

export class RequestResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: REQUEST_KINDS }) kind!: string;
  @ApiProperty({
    enum: REQUEST_STATUSES,
    description:
      'pending; accepted (a swap the colleague accepted, awaiting the official); approved; refused',
  })
  status!: string;
  @ApiProperty({ format: 'uuid' }) lawyerId!: string;
  @ApiProperty() lawyerName!: string;
  @ApiProperty({ example: '330282113' }) regionCode!: string;
  @ApiProperty() reason!: string;
  @ApiProperty({ format: 'uuid', type: String, nullable: true }) shiftId!: string | null;
  @ApiProperty({ format: 'uuid', type: String, nullable: true }) toLawyerId!: string | null;
  @ApiProperty({ type: String, nullable: true }) toLawyerName!: string | null;
  @ApiProperty({ format: 'date', type: String, nullable: true }) from!: string | null;
  @ApiProperty({ format: 'date', type: String, nullable: true }) to!: string | null;
  @ApiProperty({ enum: ['check_in', 'check_out'], type: String, nullable: true }) fixType!: string | null;
  @ApiProperty({ format: 'date-time', type: String, nullable: true }) at!: string | null;
  @ApiProperty({ format: 'date-time', type: String, nullable: true }) acceptedAt!: string | null;
  @ApiProperty({ format: 'uuid', type: String, nullable: true }) decidedBy!: string | null;
  @ApiProperty({ format: 'date-time', type: String, nullable: true }) decidedAt!: string | null;
  @ApiProperty({ type: String, nullable: true }) decisionReason!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

export function toRequestResponse(r: StaffRequest, names: Map<string, string>): RequestResponse {
  return {
    id: r.id,
    kind: r.kind,
    status: r.status,
    lawyerId: r.lawyerId,
    lawyerName: names.get(r.lawyerId) ?? '',
    regionCode: r.regionCode,
    reason: r.reason,
    shiftId: r.shiftId,
    toLawyerId: r.toLawyerId,
    toLawyerName: r.toLawyerId ? (names.get(r.toLawyerId) ?? '') : null,
    from: r.leaveFrom,
    to: r.leaveTo,
    fixType: r.fixType,
    at: r.fixAt?.toISOString() ?? null,
    acceptedAt: r.acceptedAt?.toISOString() ?? null,
    decidedBy: r.decidedBy,
    decidedAt: r.decidedAt?.toISOString() ?? null,
    decisionReason: r.decisionReason,
    createdAt: r.createdAt.toISOString(),
  };
}
