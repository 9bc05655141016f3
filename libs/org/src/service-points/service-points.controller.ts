import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  ApiErrors,
  CurrentUser,
  type Principal,
  Public,
  PUBLIC_READ_RULE,
  PublicRead,
  Roles,
  uuidParam,
} from '@app/core';
import { CreateServicePointDto, UpdateServicePointDto } from './dto/create-service-point.dto';
import { ListServicePointsQuery } from './dto/list-service-points.query';
import {
  ServicePointDetailResponse,
  ServicePointResponse,
  toServicePointResponse,
} from './dto/service-point.response';
import type { PublicDuty } from './duty-reader';
import { ServicePoint } from './service-point.entity';
import { ServicePointsService } from './service-points.service';

const summary = (d: PublicDuty) => ({ lawyerName: d.lawyerName, from: d.from, to: d.to, kind: d.kind });
const respond = (p: ServicePoint, duty: PublicDuty[] = []) =>
  toServicePointResponse(p, p.region?.name ?? '', duty.filter((d) => d.servicePointId === p.id).map(summary));

@ApiTags('places')
@Controller({ path: 'service-points', version: '1' })
export class ServicePointsController {
  constructor(private readonly points: ServicePointsService) {}

  @Get()
  @Public()
  @PublicRead('directory')
  @ApiOperation({
    summary: 'Active service points under a region (prefix match), with today’s duty',
    description: `The public directory: every county’s points, the same for everyone, signed in or not. ${PUBLIC_READ_RULE}`,
  })
  @ApiOkResponse({ type: [ServicePointResponse] })
  async list(@Query() q: ListServicePointsQuery): Promise<ServicePointResponse[]> {
    const points = await this.points.listPublic(q);
    const { today } = await this.points.publishedDuty(
      points.map((p) => p.id),
      1,
    );
    return points.map((p) => respond(p, today));
  }

  @Get(':id')
  @Public()
  @PublicRead('directory')
  @ApiOperation({
    summary:
      'One service point with its opening hours, its legal advisor and the published duty of the next 7 days',
    description: PUBLIC_READ_RULE,
  })
  @ApiOkResponse({ type: ServicePointDetailResponse })
  async get(@Param('id', uuidParam()) id: string): Promise<ServicePointDetailResponse> {
    const point = await this.points.getPublic(id);
    const [{ today, upcoming }, advisorName] = await Promise.all([
      this.points.publishedDuty([point.id], 7),
      this.points.advisorName(point.id),
    ]);
    return {
      ...respond(point, today),
      advisorName,
      upcomingShifts: upcoming.map((d) => ({ ...summary(d), date: d.date })),
    };
  }

  @Post()
  @Roles('official', 'admin')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Create a service point in your jurisdiction' })
  @ApiCreatedResponse({ type: ServicePointResponse })
  @ApiErrors({ 422: 'KIND_REGION_MISMATCH or REGION_NOT_FOUND: the kind does not fit the region' })
  async create(
    @CurrentUser() caller: Principal,
    @Body() dto: CreateServicePointDto,
  ): Promise<ServicePointResponse> {
    return respond(await this.points.create(caller, dto));
  }

  @Patch(':id')
  @Roles('official', 'admin')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Change a service point in your jurisdiction (404 outside it)' })
  @ApiOkResponse({ type: ServicePointResponse })
  @ApiErrors({ 422: 'KIND_REGION_MISMATCH or REGION_NOT_FOUND: the kind does not fit the region' })
  async update(
    @CurrentUser() caller: Principal,
    @Param('id', uuidParam()) id: string,
    @Body() dto: UpdateServicePointDto,
  ): Promise<ServicePointResponse> {
    return respond(await this.points.update(caller, id, dto));
  }
}
