import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength, MinLength } from 'class-validator';

/** What a 401 of an authenticated route means (OpenAPI). */
export const SESSION_401 =
  '401 UNAUTHENTICATED without a valid access token (missing, forged, expired, or without `exp`); ' +
  '401 SESSION_ENDED when its sign-in session has ended (logout, a new password, the account disabled, ' +
  'ended by its owner or the security administrator): sign in again';

export class LoginDto {
  @ApiProperty({ example: 'shengshan.official' })
  @IsString()
  @MinLength(1)
  @MaxLength(50)
  username!: string;

  @ApiProperty({ example: 'Demo@2026pass' })
  @IsString()
  @MinLength(1)
  @MaxLength(128)
  password!: string;
}

export class RefreshDto {
  @ApiProperty()
  @IsString()
  @MinLength(10)
  @MaxLength(200)
  refreshToken!: string;
}

export class LogoutDto {
  @ApiPropertyOptional({
    description:
      'The refresh token of a session to end besides this one (the access token’s session always ends); ' +
      'omitted: every session of the caller ends',
  })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  refreshToken?: string;
}

export class ChangePasswordDto {
  @ApiProperty()
  @IsString()
  @MaxLength(128)
  currentPassword!: string;

  @ApiProperty({
    description:
      'At least 10 characters from 3 of: lower case, upper case, digits, symbols; not containing the login ' +
      'name; not one of the most common passwords (a bundled list, also with digits or symbols appended); ' +
      'not one of the account’s last PASSWORD_HISTORY (default 5) passwords',
  })
  @IsString()
  @MaxLength(128)
  newPassword!: string;
}

export class AuthUser {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ isArray: true, enum: ['lawyer', 'official', 'admin', 'security', 'auditor', 'resident'] })
  roles!: string[];
  @ApiProperty({ type: String, nullable: true, example: '330282113' }) regionCode!: string | null;
}

export class TokenPairResponse {
  @ApiProperty({
    description:
      'JWT, valid 15 minutes (ACCESS_TOKEN_TTL_SECONDS) while its sign-in session is open; send as ' +
      'Authorization: Bearer …',
  })
  accessToken!: string;
  @ApiProperty({
    description: 'Opaque; exchange at /auth/refresh for a new pair (single use); it ends with its session',
  })
  refreshToken!: string;
  @ApiProperty({ description: 'Seconds until the access token expires' }) expiresIn!: number;
  @ApiProperty({ type: AuthUser }) user!: AuthUser;
}

export class SessionResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'date-time', description: 'Sign-in (or SMS-code sign-in of a resident)' })
  createdAt!: string;
  @ApiProperty({ format: 'date-time', description: 'Last request seen, written every few seconds' })
  lastSeenAt!: string;
  @ApiProperty({ type: String, nullable: true, example: '203.0.113.7', description: 'Address at sign-in' })
  ip!: string | null;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'User-Agent at sign-in (200 characters at most)',
  })
  userAgent!: string | null;
  @ApiProperty({ description: 'True for the session of the access token that asks' }) current!: boolean;
}

export class StaffSessionResponse extends SessionResponse {
  @ApiProperty({ enum: ['staff', 'resident'] }) kind!: 'staff' | 'resident';
  @ApiProperty({ type: String, nullable: true, format: 'uuid' }) staffId!: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'uuid' }) residentId!: string | null;
}
