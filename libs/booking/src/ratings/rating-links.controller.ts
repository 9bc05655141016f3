import { Body, Controller, Get, Param, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors, Public } from '@app/core';
import { RatingDto } from '../appointments/appointments.controller';
import { RatedAppointmentResponse } from '../appointments/dto/appointment.response';
import { RatingLinkResponse, RatingTokenParams } from './dto/rating-link.dto';
import { RatingLinksService } from './rating-links.service';

@ApiTags('booking')
@Controller({ path: 'ratings', version: '1' })
export class RatingLinksController {
  constructor(private readonly links: RatingLinksService) {}

  @Get(':token')
  @Public()
  @ApiOperation({
    summary: 'The consultation a rating link (from the SMS after completion) rates, without signing in',
  })
  @ApiOkResponse({ type: RatingLinkResponse })
  @ApiErrors({ 404: 'RATING_LINK_NOT_FOUND', 409: 'RATING_LINK_USED', 422: 'RATING_LINK_EXPIRED' })
  show(@Param() p: RatingTokenParams): Promise<RatingLinkResponse> {
    return this.links.show(p.token);
  }

  @Post(':token')
  @Public()
  @ApiOperation({
    summary: 'Rate the consultation 1–5 through the link of the SMS, without signing in: once, within 7 days',
  })
  @ApiCreatedResponse({ type: RatedAppointmentResponse })
  @ApiErrors({
    404: 'RATING_LINK_NOT_FOUND',
    409: 'RATING_LINK_USED or ALREADY_RATED (rated in the app)',
    422: 'RATING_LINK_EXPIRED',
  })
  rate(@Param() p: RatingTokenParams, @Body() dto: RatingDto): Promise<RatedAppointmentResponse> {
    return this.links.rate(p.token, dto.score, dto.comment);
  }
}
