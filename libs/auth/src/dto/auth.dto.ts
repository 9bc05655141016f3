import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength, MinLength } from 'class-validator';

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
  @ApiPropertyOptional({ description: 'The refresh token to end; omitted: every session of the caller' })
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

  @ApiProperty({ description: 'At least 10 characters from 3 of: lower case, upper case, digits, symbols' })
  @IsString()
  @MaxLength(128)
  newPassword!: string;
}

export class AuthUser {
  @ApiProperty() id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ isArray: true, enum: ['lawyer', 'official', 'admin', 'auditor', 'resident'] })
  roles!: string[];
  @ApiProperty({ nullable: true, example: '330282113' }) regionCode!: string | null;
}

export class TokenPairResponse {
  @ApiProperty({ description: 'JWT, valid 15 minutes; send as Authorization: Bearer …' })
  accessToken!: string;
  @ApiProperty({ description: 'Opaque; exchange at /auth/refresh for a new pair (single use)' })
  refreshToken!: string;
  @ApiProperty({ description: 'Seconds until the access token expires' }) expiresIn!: number;
  @ApiProperty({ type: AuthUser }) user!: AuthUser;
}
