import { ApiProperty } from '@nestjs/swagger';
import { IsOptional, Matches } from 'class-validator';

export class CountyCodeQuery {
  @ApiProperty({
    example: '330282',
    required: false,
    description: 'A county’s 6-digit code; default your own county',
  })
  @IsOptional()
  @Matches(/^\d{6}$/, { message: 'countyCode must be a county code of 6 digits' })
  countyCode?: string;
}

export class CountyCodeParam {
  @ApiProperty({ example: '330282', description: 'A county’s 6-digit code' })
  @Matches(/^\d{6}$/, { message: 'countyCode must be a county code of 6 digits' })
  countyCode!: string;
}
