import { Body, Controller, HttpCode, Post, UseGuards } from '@nestjs/common';
import { ApiAcceptedResponse, ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { ThrottlerGuard } from '@nestjs/throttler';
import { Matches } from 'class-validator';
import { ApiErrors, MOBILE_PATTERN, Public } from '@app/core';
import { OtpService } from './otp.service';

export class SendOtpDto {
  @ApiProperty({ example: '13812345678', description: 'Mainland mobile number' })
  @Matches(MOBILE_PATTERN, { message: 'phone must be a mainland mobile number of 11 digits' })
  phone!: string;
}

export class VerifyOtpDto extends SendOtpDto {
  @ApiProperty({ example: '123456' })
  @Matches(/^\d{6}$/, { message: 'code must be 6 digits' })
  code!: string;
}

class ResidentSummary {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: '138****5678' }) phoneMasked!: string;
}

export class ResidentTokenResponse {
  @ApiProperty() accessToken!: string;
  @ApiProperty({ type: ResidentSummary }) resident!: ResidentSummary;
}

export class OtpSentResponse {
  @ApiProperty({ example: 300 }) expiresInSeconds!: number;
  @ApiProperty({ example: 60 }) resendAfterSeconds!: number;
}

@ApiTags('auth')
@UseGuards(ThrottlerGuard)
@Controller({ path: 'auth/otp', version: '1' })
export class OtpController {
  constructor(private readonly otp: OtpService) {}

  @Post()
  @Public()
  @HttpCode(202)
  @ApiOperation({
    summary: 'Send a 6-digit code by SMS (valid 5 min; 1 a minute and 10 a day per phone; per-address limit)',
  })
  @ApiAcceptedResponse({ type: OtpSentResponse })
  @ApiErrors({ 429: 'OTP_TOO_SOON, OTP_DAILY_LIMIT or OTP_IP_LIMIT (see Retry-After)' })
  send(@Body() dto: SendOtpDto) {
    return this.otp.send(dto.phone);
  }

  @Post('verify')
  @Public()
  @HttpCode(200)
  @ApiOperation({ summary: 'Check the code (5 tries) and get a resident access token' })
  @ApiOkResponse({ type: ResidentTokenResponse })
  @ApiErrors({ 401: 'OTP_INVALID or OTP_EXPIRED', 429: 'OTP_TOO_MANY_ATTEMPTS' })
  verify(@Body() dto: VerifyOtpDto): Promise<ResidentTokenResponse> {
    return this.otp.verify(dto.phone, dto.code);
  }
}
