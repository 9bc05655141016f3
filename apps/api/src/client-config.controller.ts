import { Controller, Get, Inject } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { APP_CONFIG, type AppConfig, Public } from '@app/core';

export class ClientConfigResponse {
  @ApiProperty({
    example: 'https://fl.example.gov.cn',
    description:
      'The public address of the portal (PUBLIC_BASE_URL), without a trailing slash: printed signs’ QR codes lead there, whatever address the console was opened at',
  })
  publicBaseUrl!: string;
}

/** What the web app needs to know of the server's configuration; nothing secret. */
@ApiTags('places')
@Controller({ path: 'client-config', version: '1' })
export class ClientConfigController {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  @Get()
  @Public()
  @ApiOperation({ summary: 'The settings the web app reads: the public address' })
  @ApiOkResponse({ type: ClientConfigResponse })
  get(): ClientConfigResponse {
    return { publicBaseUrl: this.config.booking.publicUrl };
  }
}
