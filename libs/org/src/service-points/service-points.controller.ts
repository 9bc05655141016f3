import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public, Roles, uuidParam } from '@app/core';
import { CreateServicePointDto, UpdateServicePointDto } from './dto/create-service-point.dto';
import { ListServicePointsQuery } from './dto/list-service-points.query';
import { ServicePointResponse, toServicePointResponse } from './dto/service-point.response';
import { ServicePoint } from './service-point.entity';
import { ServicePointsService } from './service-points.service';

const respond = (p: ServicePoint) => toServicePointResponse(p, p.region?.name ?? '');

@ApiTags('places')
@Controller({ path: 'service-points', version: '1' })
export class ServicePointsController {
  constructor(private readonly points: ServicePointsService) {}

  @Get()
  @Public()
  @ApiOperation({ summary: 'Active service points under a region (prefix match), with today’s duty' })
  @ApiOkResponse({ type: [ServicePointResponse] })
  async list(@Query() q: ListServicePointsQuery): Promise<ServicePointResponse[]> {
    return (await this.points.listActive(q)).map(respond);
  }

  @Get(':id')
  @Public()
  @ApiOperation({ summary: 'One service point with its opening hours' })
  @ApiOkResponse({ type: ServicePointResponse })
  async get(@Param('id', uuidParam()) id: string): Promise<ServicePointResponse> {
    return respond(await this.points.get(id));
  }

  @Post()
  @Roles('official', 'admin')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Create a service point in your jurisdiction' })
  @ApiCreatedResponse({ type: ServicePointResponse })
  async create(@Body() dto: CreateServicePointDto): Promise<ServicePointResponse> {
    return respond(await this.points.create(dto));
  }

  @Patch(':id')
  @Roles('official', 'admin')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Change a service point in your jurisdiction (404 outside it)' })
  @ApiOkResponse({ type: ServicePointResponse })
  async update(
    @Param('id', uuidParam()) id: string,
    @Body() dto: UpdateServicePointDto,
  ): Promise<ServicePointResponse> {
    return respond(await this.points.update(id, dto));
  }
}
