import { Body, Controller, Delete, Get, HttpCode, Param, Post, Req, UseGuards } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiBody,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { ThrottlerGuard } from '@nestjs/throttler';
import {
  ApiErrors,
  CurrentUser,
  OwnAccount,
  Public,
  Roles,
  STAFF_ROLES,
  type Principal,
  uuidParam,
} from '@app/core';
import type { Staff } from '@app/org';
import { AuthService } from './auth.service';
import { SESSION_401 } from './dto/auth.dto';
import {
  AuthUser,
  ChangePasswordDto,
  LoginDto,
  LogoutDto,
  RefreshDto,
  SessionResponse,
  TokenPairResponse,
} from './dto/auth.dto';
import { LocalAuthGuard } from './guards/local-auth.guard';

@ApiTags('auth')
@UseGuards(ThrottlerGuard)
@Controller({ path: 'auth', version: '1' })
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Post('login')
  @Public()
  @UseGuards(LocalAuthGuard)
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Staff sign-in, opening a session. 401 INVALID_CREDENTIALS for a wrong password and an unknown name alike; ' +
      '429 LOGIN_DELAYED (with Retry-After) when this address sent 5 wrong passwords for the name (it waits 1, ' +
      '2, 4 … minutes; other addresses are not affected); 423 ACCOUNT_LOCKED after a distributed attack ' +
      '(20 wrong passwords from 5 addresses within an hour) until the security administrator unlocks it. ' +
      'Unknown names get exactly the same answers',
  })
  @ApiBody({ type: LoginDto })
  @ApiOkResponse({ type: TokenPairResponse })
  @ApiErrors({
    401: 'INVALID_CREDENTIALS, for a wrong password and an unknown name alike; ACCOUNT_DISABLED',
    423: 'ACCOUNT_LOCKED after a distributed attack, until the security administrator unlocks it',
    429: 'LOGIN_DELAYED (with Retry-After) after 5 wrong passwords for the name from this address; TOO_MANY_REQUESTS: more than AUTH_THROTTLE_LIMIT requests a minute from this address (see Retry-After)',
  })
  login(@Req() req: { user: Staff }): Promise<TokenPairResponse> {
    return this.auth.login(req.user);
  }

  @Post('refresh')
  @Public()
  @HttpCode(200)
  @ApiOperation({ summary: 'Exchange a refresh token for a new pair; the old one stops working' })
  @ApiOkResponse({ type: TokenPairResponse })
  @ApiErrors({
    401: 'INVALID_REFRESH_TOKEN; REFRESH_TOKEN_REUSED (a used one sent again ends its session)',
    429: 'TOO_MANY_REQUESTS: more than AUTH_THROTTLE_LIMIT requests a minute from this address (see Retry-After)',
  })
  refresh(@Body() dto: RefreshDto): Promise<TokenPairResponse> {
    return this.auth.refresh(dto.refreshToken);
  }

  @Post('logout')
  @OwnAccount()
  @HttpCode(204)
  @ApiBearerAuth()
  @ApiUnauthorizedResponse({ description: SESSION_401 })
  @ApiOperation({
    summary:
      'End this session (and the refresh token’s, when it is one of yours), or every session of yours when no ' +
      'refresh token is given; their access tokens get 401 SESSION_ENDED at once (staff and residents)',
  })
  @ApiErrors({
    429: 'TOO_MANY_REQUESTS: more than AUTH_THROTTLE_LIMIT requests a minute from this address (see Retry-After)',
  })
  @ApiNoContentResponse({ description: 'Ended' })
  async logout(@CurrentUser() user: Principal, @Body() dto: LogoutDto): Promise<void> {
    await this.auth.logout(user, dto.refreshToken);
  }

  @Get('me')
  @ApiBearerAuth()
  @ApiUnauthorizedResponse({ description: SESSION_401 })
  @ApiOkResponse({ type: AuthUser })
  @ApiErrors({
    429: 'TOO_MANY_REQUESTS: more than AUTH_THROTTLE_LIMIT requests a minute from this address (see Retry-After)',
  })
  @ApiOperation({ summary: 'Who you are: your id, name, roles and region' })
  me(@CurrentUser() user: Principal): AuthUser {
    return { id: user.id, name: user.name, roles: user.roles, regionCode: user.regionCode };
  }

  @Get('sessions')
  @ApiBearerAuth()
  @ApiUnauthorizedResponse({ description: SESSION_401 })
  @ApiOperation({ summary: 'Your open sign-in sessions, most recently used first (staff and residents)' })
  @ApiOkResponse({ type: SessionResponse, isArray: true })
  @ApiErrors({
    429: 'TOO_MANY_REQUESTS: more than AUTH_THROTTLE_LIMIT requests a minute from this address (see Retry-After)',
  })
  sessions(@CurrentUser() user: Principal): Promise<SessionResponse[]> {
    return this.auth.listSessions(user);
  }

  @Delete('sessions/:id')
  @OwnAccount()
  @HttpCode(204)
  @ApiBearerAuth()
  @ApiUnauthorizedResponse({ description: SESSION_401 })
  @ApiOperation({
    summary:
      'End one of your sessions: its access tokens get 401 SESSION_ENDED at once, its refresh tokens stop ' +
      'working; 404 SESSION_NOT_FOUND for one that is not yours or already ended',
  })
  @ApiNoContentResponse()
  @ApiErrors({
    404: 'SESSION_NOT_FOUND: not one of your open sessions',
    429: 'TOO_MANY_REQUESTS: more than AUTH_THROTTLE_LIMIT requests a minute from this address (see Retry-After)',
  })
  async endSession(@CurrentUser() user: Principal, @Param('id', uuidParam()) id: string): Promise<void> {
    await this.auth.endOwnSession(user, id);
  }

  @Post('password')
  @OwnAccount()
  @HttpCode(204)
  @ApiBearerAuth()
  @ApiUnauthorizedResponse({ description: SESSION_401 })
  @Roles(...STAFF_ROLES)
  @ApiOperation({
    summary:
      'Change your password (staff). Every session of the account ends, this one included: sign in again. ' +
      'A wrong current password is 400 and counts as a wrong login (429 LOGIN_DELAYED after 5 from this ' +
      'address); the new one may not be common or one of your last 5',
  })
  @ApiErrors({
    400: 'VALIDATION_FAILED: a wrong current password (it counts as a wrong login), or a new one that is common or one of your last 5',
    429: 'LOGIN_DELAYED after 5 wrong passwords from this address; TOO_MANY_REQUESTS: more than AUTH_THROTTLE_LIMIT requests a minute from this address (see Retry-After)',
  })
  @ApiNoContentResponse({ description: 'Changed; every session of the account has ended' })
  async changePassword(@CurrentUser() user: Principal, @Body() dto: ChangePasswordDto): Promise<void> {
    await this.auth.changePassword(user, dto.currentPassword, dto.newPassword);
  }
}
