import { ApiProperty } from '@nestjs/swagger';
import { IsInt, Matches, Max, Min } from 'class-validator';

const HH_MM = /^([01]\d|2[0-3]):[0-5]\d$/;

export class OpeningPeriodDto {
  @ApiProperty({ minimum: 1, maximum: 7, description: 'ISO weekday, 1 = Monday … 7 = Sunday', example: 1 })
  @IsInt()
  @Min(1)
  @Max(7)
  weekday!: number;

  @ApiProperty({ example: '08:30' })
  @Matches(HH_MM, { message: 'from must be a time HH:mm' })
  from!: string;

  @ApiProperty({ example: '11:30' })
  @Matches(HH_MM, { message: 'to must be a time HH:mm' })
  to!: string;
}
