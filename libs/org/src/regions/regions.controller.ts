import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsOptional, Matches } from 'class-validator';
import { Public, REGION_CODE_PATTERN } from '@app/core';
import { Region } from './region.entity';
import { RegionsService } from './regions.service';

export class ListRegionsQuery {
  @ApiPropertyOptional({
    example: '330282',
    description: 'Parent region code; omitted: the top of the imported tree',
  })
  @IsOptional()
  @Matches(REGION_CODE_PATTERN, { message: 'parent must be a region code of 2, 4, 6, 9 or 12 digits' })
  parent?: string;
}

export class RegionResponse {
  @ApiProperty({ example: '330282113' }) code!: string;
  @ApiProperty({ example: '胜山镇' }) name!: string;
  @ApiProperty({ enum: ['province', 'city', 'county', 'township', 'village'] }) level!: string;
}

const toRegionResponse = (r: Region): RegionResponse => ({ code: r.code, name: r.name, level: r.level });

@ApiTags('places')
@Controller({ path: 'regions', version: '1' })
export class RegionsController {
  constructor(private readonly regions: RegionsService) {}

  @Get()
  @Public()
  @ApiOperation({ summary: 'Child regions of a region (GB/T 2260)' })
  @ApiOkResponse({ type: [RegionResponse] })
  async list(@Query() q: ListRegionsQuery): Promise<RegionResponse[]> {
    return (await this.regions.children(q.parent)).map(toRegionResponse);
  }
}
