import { ApiProperty } from '@nestjs/swagger';
import { Matches } from 'class-validator';

/** The token of the link in the SMS: 22 base64url characters. */
export const RATING_TOKEN = /^[A-Za-z0-9_-]{22}$/;

export class RatingTokenParams {
  @ApiProperty({ description: 'From the link in the SMS', example: 'pZ3x0bq9Vh2yT1kLw8mN4c' })
  @Matches(RATING_TOKEN, { message: 'token must be the 22 characters of the link' })
  token!: string;
}

export class RatingLinkResponse {
  @ApiProperty({ example: '胜山镇公共法律服务站' }) servicePointName!: string;
  @ApiProperty({ type: String, nullable: true }) lawyerName!: string | null;
  @ApiProperty({ format: 'date-time' }) startsAt!: string;
  @ApiProperty() topic!: string;
  @ApiProperty({ format: 'date-time', description: 'The link works once, until then' }) expiresAt!: string;
}
