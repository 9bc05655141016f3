import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import type { KioskDevice } from '../kiosk-device.entity';

export class AuthoriseKioskDto {
  @ApiProperty({ format: 'uuid', description: 'The service point whose code the device will show' })
  @IsUUID()
  servicePointId!: string;

  @ApiPropertyOptional({
    example: '窗口平板',
    maxLength: 60,
    description: 'What the official calls the device',
  })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(60)
  label?: string;
}

export class ListKiosksQuery {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  servicePointId!: string;
}

export class KioskResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) servicePointId!: string;
  @ApiProperty() regionCode!: string;
  @ApiProperty() label!: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'uuid', description: 'The official who authorised it' }) createdBy!: string;
  @ApiProperty({
    format: 'date-time',
    type: String,
    nullable: true,
    description: 'Its last fetch of a code (to the minute)',
  })
  lastSeenAt!: string | null;
  @ApiProperty({ format: 'date-time', type: String, nullable: true }) revokedAt!: string | null;
}

export class AuthorisedKioskResponse extends KioskResponse {
  @ApiProperty({
    description:
      'The device’s secret, shown this once: sent as `Authorization: Kiosk <token>` to GET /kiosks/qr-code, which is all it can do. Keep it on the device only',
  })
  token!: string;
}

export class KioskCodeResponse {
  @ApiProperty({ format: 'uuid' }) servicePointId!: string;
  @ApiProperty() servicePointName!: string;
  @ApiProperty({
    example: 'LSQ1.3f1b2c4d-5e6f-4a1b-8c2d-9e0f1a2b3c4d.59651234.1.Qm9vb0JvbzBvb0JvbzBvbw',
    description:
      'The text to show as a QR code: `LSQ1.<servicePointId>.<window>.<keyVersion>.<mac>`, where window counts 30-second windows from the Unix epoch and mac is the first 128 bits of HMAC-SHA256 over the rest with the point’s key (base64url). A lawyer’s check-in sends it as `qr`',
  })
  payload!: string;
  @ApiProperty({ format: 'date-time', description: 'When this code’s window began (it is shown from then)' })
  validFrom!: string;
  @ApiProperty({ format: 'date-time', description: 'When the next code replaces it' })
  validUntil!: string;
  @ApiProperty({
    format: 'date-time',
    description: 'The server’s time, for the kiosk to time its next fetch',
  })
  serverTime!: string;
}

export class RotatedKeyResponse {
  @ApiProperty({ format: 'uuid' }) servicePointId!: string;
  @ApiProperty({ description: 'The new current version; codes name the version that signed them' })
  keyVersion!: number;
  @ApiProperty({ format: 'date-time' }) rotatedAt!: string;
}

export function toKioskResponse(d: KioskDevice): KioskResponse {
  return {
    id: d.id,
    servicePointId: d.servicePointId,
    regionCode: d.regionCode,
    label: d.label,
    createdAt: d.createdAt.toISOString(),
    createdBy: d.createdBy,
    lastSeenAt: d.lastSeenAt?.toISOString() ?? null,
    revokedAt: d.revokedAt?.toISOString() ?? null,
  };
}
