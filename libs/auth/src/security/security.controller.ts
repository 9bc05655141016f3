import { Controller, Delete, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { CurrentUser, type Principal, Roles, uuidParam } from '@app/core';
import { StaffResponse } from '@app/org';
import { SESSION_401, StaffSessionResponse } from '../dto/auth.dto';
import { ListSessionsQuery } from './security.dto';
import { SecurityService } from './security.service';

/** The security administrator (三权分立: `security`): sign-in sessions and lock-outs. */
@ApiTags('security')
@ApiBearerAuth()
@Roles('security')
@ApiUnauthorizedResponse({ description: SESSION_401 })
@Controller({ path: 'security', version: '1' })
export class SecurityController {
  constructor(private readonly security: SecurityService) {}

  @Get('sessions')
  @ApiOperation({
    summary:
      'The open sign-in sessions of a staff member of your jurisdiction (staffId) or of a resident (residentId), ' +
      'most recently used first (security administrator)',
  })
  @ApiOkResponse({ type: StaffSessionResponse, isArray: true })
  list(@CurrentUser() caller: Principal, @Query() q: ListSessionsQuery): Promise<StaffSessionResponse[]> {
    return this.security.listSessions(caller, q);
  }

  @Delete('sessions/:id')
  @HttpCode(204)
  @ApiOperation({
    summary:
      'End a staff member’s or resident’s session: its access tokens get 401 SESSION_ENDED at once and its ' +
      'refresh tokens stop working (audited)',
  })
  @ApiNoContentResponse()
  async end(@CurrentUser() caller: Principal, @Param('id', uuidParam()) id: string): Promise<void> {
    await this.security.endSession(caller, id);
  }

  @Post('accounts/:id/unlock')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Lift the lock of an account after a distributed attack, and every address’s wait for its login name (audited)',
  })
  @ApiOkResponse({ type: StaffResponse })
  unlock(@CurrentUser() caller: Principal, @Param('id', uuidParam()) id: string): Promise<StaffResponse> {
    return this.security.unlock(caller, id);
  }
}
