import { Body, Controller, Get, Header, Headers, HttpCode, Param, Post, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiHeader,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { ApiErrors, CurrentUser, type Principal, Public, Roles, uuidParam } from '@app/core';
import {
  AuthorisedKioskResponse,
  AuthoriseKioskDto,
  KioskCodeResponse,
  KioskResponse,
  ListKiosksQuery,
  RotatedKeyResponse,
  toKioskResponse,
} from './dto/kiosk.dto';
import { KiosksService } from './kiosks.service';

/** `Authorization: Kiosk <token>` → the token. */
function kioskToken(authorization: string | undefined): string | undefined {
  const match = /^Kiosk ([A-Za-z0-9_-]{16,64})$/.exec(authorization ?? '');
  return match?.[1];
}

@ApiTags('attendance')
@Controller({ path: 'kiosks', version: '1' })
export class KiosksController {
  constructor(private readonly kiosks: KiosksService) {}

  @Get('qr-code')
  @Public()
  @Header('cache-control', 'no-store')
  @ApiHeader({
    name: 'authorization',
    required: true,
    description: '`Kiosk <token>`: the token POST /kiosks gave this device',
  })
  @ApiOperation({
    summary: 'The QR code a kiosk shows now (签到码): changes every 30 seconds, signed with its point’s key',
    description:
      'For a device an official authorised (POST /kiosks), with its own token, not a person’s access token; the token can do nothing else. ' +
      'Fetch again at validUntil. An unknown or revoked token gets 401 KIOSK_TOKEN_INVALID.',
  })
  @ApiOkResponse({ type: KioskCodeResponse })
  @ApiErrors({ 401: 'KIOSK_TOKEN_INVALID: no such kiosk, or it was revoked' })
  async code(@Headers('authorization') authorization: string | undefined): Promise<KioskCodeResponse> {
    const c = await this.kiosks.currentCode(kioskToken(authorization));
    return {
      servicePointId: c.servicePointId,
      servicePointName: c.servicePointName,
      payload: c.payload,
      validFrom: c.validFrom.toISOString(),
      validUntil: c.validUntil.toISOString(),
      serverTime: c.serverTime.toISOString(),
    };
  }

  @Post()
  @Roles('official')
  @ApiBearerAuth()
  @ApiOperation({
    summary: 'Authorise a device (the point’s tablet) as its kiosk; audited',
    description:
      'Answers the device’s long-lived token once; the kiosk page keeps it and the official’s own session need not stay on the device. ' +
      'The point gets its signing key with its first kiosk.',
  })
  @ApiCreatedResponse({ type: AuthorisedKioskResponse })
  @ApiErrors({ 403: 'OUTSIDE_JURISDICTION', 404: 'SERVICE_POINT_NOT_FOUND' })
  async authorise(
    @CurrentUser() caller: Principal,
    @Body() dto: AuthoriseKioskDto,
  ): Promise<AuthorisedKioskResponse> {
    const { device, token } = await this.kiosks.authorise(caller, dto);
    return { ...toKioskResponse(device), token };
  }

  @Get()
  @Roles('official')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'A service point’s kiosks, revoked ones too, newest first' })
  @ApiOkResponse({ type: [KioskResponse] })
  @ApiErrors({ 404: 'SERVICE_POINT_NOT_FOUND' })
  async list(@CurrentUser() caller: Principal, @Query() q: ListKiosksQuery): Promise<KioskResponse[]> {
    return (await this.kiosks.list(caller, q.servicePointId)).map(toKioskResponse);
  }

  @Post(':id/revoke')
  @HttpCode(200)
  @Roles('official')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Revoke a kiosk: its token stops working at once; audited' })
  @ApiOkResponse({ type: KioskResponse })
  @ApiErrors({ 404: 'KIOSK_NOT_FOUND', 409: 'KIOSK_ALREADY_REVOKED' })
  async revoke(
    @CurrentUser() caller: Principal,
    @Param('id', uuidParam()) id: string,
  ): Promise<KioskResponse> {
    return toKioskResponse(await this.kiosks.revoke(caller, id));
  }
}

@ApiTags('attendance')
@ApiBearerAuth()
@Controller({ path: 'service-points', version: '1' })
export class ServicePointQrKeyController {
  constructor(private readonly kiosks: KiosksService) {}

  @Post(':id/qr-key/rotate')
  @HttpCode(200)
  @Roles('official')
  @ApiOperation({
    summary: 'Rotate the point’s QR signing key; audited',
    description:
      'Its kiosks show codes of the new key from their next fetch. A code of the old key still verifies when its window began before the rotation (a scan made offline and uploaded later); any later one is refused 422 QR_SIGNATURE_INVALID.',
  })
  @ApiOkResponse({ type: RotatedKeyResponse })
  @ApiErrors({ 403: 'OUTSIDE_JURISDICTION', 404: 'SERVICE_POINT_NOT_FOUND' })
  async rotate(
    @CurrentUser() caller: Principal,
    @Param('id', uuidParam()) id: string,
  ): Promise<RotatedKeyResponse> {
    const key = await this.kiosks.rotateKey(caller, id);
    return {
      servicePointId: key.servicePointId,
      keyVersion: key.version,
      rotatedAt: key.createdAt.toISOString(),
    };
  }
}
