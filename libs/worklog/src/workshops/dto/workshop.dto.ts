import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsDate,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';
import { IsCalendarDate, PageQuery } from '@app/core';
import { WORKSHOP_KINDS, type WorkshopKind } from '../../vocabulary';

export class CreateWorkshopDto {
  @ApiProperty({
    format: 'uuid',
    description: 'Where it was held: a centre or a village point (the workshop takes its region code)',
  })
  @IsUUID()
  servicePointId!: string;

  @ApiProperty({
    example: '2026-11-20T14:00:00+08:00',
    description:
      'When the workshop was held (ISO instant with offset); not in the future. The edit window counts from its business day: its lecturer records and edits it until the end of the WORKLOG_EDIT_DAYS-th day after it (Asia/Shanghai); officials backfill and correct older ones.',
  })
  @Type(() => Date)
  @IsDate()
  heldAt!: Date;

  @ApiProperty({
    maxLength: 200,
    example: '农村土地承包法律知识讲座',
    description: 'Plain text, never rendered as HTML',
  })
  @IsString()
  @Matches(/\S/, { message: 'topic must not be blank' })
  @MaxLength(200)
  topic!: string;

  @ApiProperty({ minimum: 0, maximum: 100000, description: 'Audience (人次)' })
  @IsInt()
  @Min(0)
  @Max(100000)
  audienceCount!: number;

  @ApiProperty({
    enum: WORKSHOP_KINDS,
    description:
      'lecture 法治讲座 (堂), publicity 普法宣传活动, training 网格员培训; all count as workshops (场)',
  })
  @IsIn(WORKSHOP_KINDS)
  kind!: WorkshopKind;

  @ApiPropertyOptional({
    type: String,
    format: 'uuid',
    nullable: true,
    description:
      'The lawyer who gave it: a lawyer records their own (naming another is 403); an official names a lawyer of their jurisdiction, or none',
  })
  @IsOptional()
  @IsUUID()
  lecturerId?: string | null;
}

export class UpdateWorkshopDto extends PartialType(CreateWorkshopDto, { skipNullProperties: false }) {
  @ApiPropertyOptional({ maxLength: 500, description: 'Why: required when an official corrects a workshop' })
  @IsOptional()
  @IsString()
  @MinLength(2)
  @MaxLength(500)
  reason?: string;
}

export class ListWorkshopsQuery extends PageQuery {
  @ApiPropertyOptional({ example: '330282113', description: 'Region prefix within your jurisdiction' })
  @IsOptional()
  @Matches(/^\d{2,12}$/, { message: 'regionCode must be 2 to 12 digits' })
  regionCode?: string;

  @ApiPropertyOptional({ example: '2026-11-01', description: 'First business day, included' })
  @IsOptional()
  @IsCalendarDate()
  from?: string;

  @ApiPropertyOptional({ example: '2026-11-30', description: 'Last business day, included' })
  @IsOptional()
  @IsCalendarDate()
  to?: string;

  @ApiPropertyOptional({ enum: WORKSHOP_KINDS })
  @IsOptional()
  @IsIn(WORKSHOP_KINDS)
  kind?: WorkshopKind;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  lecturerId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  servicePointId?: string;

  @ApiPropertyOptional({ enum: ['true', 'false'], default: 'false' })
  @IsOptional()
  @IsIn(['true', 'false'])
  includeVoided?: string;
}
