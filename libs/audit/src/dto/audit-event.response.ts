import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { AuditEvent } from '../audit-event.entity';

export class AuditEventResponse {
  @ApiProperty() id!: number;
  @ApiPropertyOptional({
    nullable: true,
    description: 'Position in the hash chain; null for an event written after the listing sealed the chain',
  })
  seq!: number | null;
  @ApiProperty() occurredAt!: string;
  @ApiPropertyOptional({ nullable: true }) actorId!: string | null;
  @ApiPropertyOptional({ nullable: true }) actorName!: string | null;
  @ApiProperty({ example: 'update' }) action!: string;
  @ApiProperty({ example: 'service_point' }) entityType!: string;
  @ApiPropertyOptional({ nullable: true }) entityId!: string | null;
  @ApiPropertyOptional({ nullable: true }) regionCode!: string | null;
  @ApiPropertyOptional({ nullable: true }) ip!: string | null;
  @ApiPropertyOptional({ nullable: true }) requestId!: string | null;
  @ApiPropertyOptional({
    nullable: true,
    description: 'Changed fields as { field: { from, to } }, without secrets',
  })
  changes!: Record<string, unknown> | null;
  @ApiPropertyOptional({ nullable: true }) hash!: string | null;
}

export function toAuditEventResponse(e: AuditEvent): AuditEventResponse {
  return {
    id: Number(e.id),
    seq: e.seq === null ? null : Number(e.seq),
    occurredAt: e.occurredAt.toISOString(),
    actorId: e.actorId,
    actorName: e.actorName,
    action: e.action,
    entityType: e.entityType,
    entityId: e.entityId,
    regionCode: e.regionCode,
    ip: e.ip,
    requestId: e.requestId,
    changes: e.changes,
    hash: e.hash,
  };
}

export class AuditChainResponse {
  @ApiProperty({ description: 'True when every link of the hash chain matches its recomputed digest' })
  intact!: boolean;
  @ApiProperty() checked!: number;
  @ApiPropertyOptional({ nullable: true, description: 'First link that does not match' }) brokenSeq!:
    number | null;
}
