import { Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import type { ShiftAbsence } from '@app/attendance';
import {
  ApiErrors,
  CurrentUser,
  type Principal,
  RegionPeriodQuery,
  Roles,
  uuidParam,
  viewerScope,
} from '@app/core';
import { AbsencesService } from './absences.service';

export class AbsenceResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) shiftId!: string;
  @ApiProperty({ format: 'uuid', description: 'The lawyer who did not sign in' }) lawyerId!: string;
  @ApiProperty({ example: '330282113' }) regionCode!: string;
  @ApiProperty({ format: 'date' }) date!: string;
  @ApiProperty({ format: 'date-time' }) detectedAt!: string;
  @ApiProperty({ format: 'uuid', type: String, nullable: true }) standbyLawyerId!: string | null;
  @ApiProperty({ enum: ['on_call', 'rotation'], type: String, nullable: true }) standbySource!: string | null;
  @ApiProperty({ format: 'date-time', type: String, nullable: true }) acceptedAt!: string | null;
  @ApiProperty({ type: Number, nullable: true, description: 'Minutes from detection to acceptance' })
  responseMinutes!: number | null;
}

const toAbsenceResponse = (a: ShiftAbsence): AbsenceResponse => ({
  id: a.id,
  shiftId: a.shiftId,
  lawyerId: a.lawyerId,
  regionCode: a.regionCode,
  date: a.date,
  detectedAt: a.detectedAt.toISOString(),
  standbyLawyerId: a.standbyLawyerId,
  standbySource: a.standbySource,
  acceptedAt: a.acceptedAt?.toISOString() ?? null,
  responseMinutes: a.acceptedAt
    ? Math.round((a.acceptedAt.getTime() - a.detectedAt.getTime()) / 60_000)
    : null,
});

@ApiTags('supervision')
@ApiBearerAuth()
@Controller({ path: 'absences', version: '1' })
export class AbsencesController {
  constructor(private readonly absences: AbsencesService) {}

  @Get()
  @Roles('lawyer', 'official', 'admin')
  @ApiOperation({
    summary: 'Absences of window shifts: an official’s jurisdiction’s; a lawyer’s those they stand by for',
  })
  @ApiOkResponse({ type: [AbsenceResponse] })
  async list(@CurrentUser() caller: Principal, @Query() q: RegionPeriodQuery): Promise<AbsenceResponse[]> {
    const scope = viewerScope(caller);
    const rows = await this.absences.list(caller, {
      from: q.from,
      to: q.to,
      standbyLawyerId: 'lawyerId' in scope ? scope.lawyerId : undefined,
    });
    return rows.filter((r) => !q.regionCode || r.regionCode.startsWith(q.regionCode)).map(toAbsenceResponse);
  }

  @Post(':id/accept')
  @HttpCode(200)
  @Roles('lawyer')
  @ApiOperation({
    summary:
      'The standby takes the absent lawyer’s shift (an audited swap); the booked residents are told by SMS',
  })
  @ApiOkResponse({ type: AbsenceResponse })
  @ApiErrors({
    403: 'NOT_YOUR_STANDBY',
    404: 'ABSENCE_NOT_FOUND',
    409: 'ABSENCE_ALREADY_ACCEPTED, SHIFT_OVERLAP, LAWYER_ON_LEAVE',
  })
  async accept(
    @CurrentUser() caller: Principal,
    @Param('id', uuidParam()) id: string,
  ): Promise<AbsenceResponse> {
    return toAbsenceResponse(await this.absences.accept(caller, id));
  }
}
