import { Body, Controller, Get, Post, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProperty,
  ApiTags,
} from '@nestjs/swagger';
import { ApiErrors, CurrentUser, type Principal, RegionMonthQuery, Roles } from '@app/core';
import { StaffService } from '@app/org';
import { PeriodDto, ShiftResponse } from '../shifts/dto/shift.dto';
import { toShiftResponse } from '../shifts/dto/shift.response';
import { RosterCoverage } from './dto/roster-coverage.response';
import { RosterCoverageService } from './roster-coverage.service';
import { RosterGenerationService } from './roster-generation.service';

/** The month whose roster coverage is checked. */
export class CoverageQuery extends RegionMonthQuery {}

class UnfilledSlot {
  @ApiProperty({ format: 'uuid' }) servicePointId!: string;
  @ApiProperty({ format: 'date', required: false }) date?: string;
  @ApiProperty({ required: false, example: '2026-W47' }) week?: string;
  @ApiProperty({
    enum: ['closed', 'nobody_free', 'no_advisor_group', 'no_advisor', 'advisor_busy', 'no_working_day'],
  })
  reason!: string;
}

export class GenerateResponse {
  @ApiProperty({ description: 'Shifts created by this run (0 when the roster was already full)' })
  created!: number;
  @ApiProperty({ type: [ShiftResponse], description: 'The shifts created (the first 2,000)' })
  shifts!: ShiftResponse[];
  @ApiProperty({ type: [UnfilledSlot], description: 'What could not be filled, and why' })
  unfilled!: UnfilledSlot[];
  @ApiProperty({
    description:
      'The period follows a provisional calendar (no State Council notice for its year yet): once the notice is ' +
      'loaded, shifts may stand on new days off and new working days may lack duty',
  })
  provisional!: boolean;
  @ApiProperty({ type: [String], description: 'The days of the period whose calendar is provisional' })
  provisionalDays!: string[];
}

const MAX_LISTED = 2000;

@ApiTags('rosters')
@ApiBearerAuth()
@Controller({ path: 'rosters', version: '1' })
export class RostersController {
  constructor(
    private readonly generation: RosterGenerationService,
    private readonly coverageService: RosterCoverageService,
    private readonly staff: StaffService,
  ) {}

  @Post('generate')
  @Roles('official', 'admin')
  @ApiOperation({
    summary:
      'Fill the roster: window duty at each township centre on every working day, a weekly visit to every pilot village',
    description:
      'Keeps existing shifts and fills only gaps, so running it again creates nothing new. Respects leave and opening hours.',
  })
  @ApiCreatedResponse({ type: GenerateResponse })
  @ApiErrors({ 404: 'REGION_NOT_FOUND: no such region' })
  async generate(@CurrentUser() caller: Principal, @Body() dto: PeriodDto): Promise<GenerateResponse> {
    const result = await this.generation.generate(caller, dto.regionCode, dto.from, dto.to);
    const listed = result.shifts.slice(0, MAX_LISTED);
    const names = await this.staff.namesOf(listed.map((s) => s.lawyerId));
    return {
      created: result.created,
      shifts: listed.map((s, i) => toShiftResponse({ ...s, id: result.ids[i] }, names)),
      unfilled: result.unfilled,
      provisional: result.provisionalDays.length > 0,
      provisionalDays: result.provisionalDays,
    };
  }

  @Get('coverage')
  @Roles('official', 'admin')
  @ApiOperation({
    summary:
      'Working days without window duty at a township centre, and pilot villages without their weekly visit',
  })
  @ApiOkResponse({ type: RosterCoverage })
  @ApiErrors({ 404: 'REGION_NOT_FOUND: no such region' })
  coverage(@CurrentUser() caller: Principal, @Query() q: CoverageQuery): Promise<RosterCoverage> {
    return this.coverageService.coverage(caller, q.regionCode, q.month);
  }
}
