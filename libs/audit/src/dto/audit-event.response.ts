import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { AuditEvent } from '../audit-event.entity';

export class AuditEventResponse {
  @ApiProperty() id!: number;
  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'Position in the hash chain; null for an event written after the listing sealed the chain',
  })
  seq!: number | null;
  @ApiProperty({ format: 'date-time' }) occurredAt!: string;
  @ApiProperty({ format: 'uuid', type: String, nullable: true }) actorId!: string | null;
  @ApiProperty({ type: String, nullable: true }) actorName!: string | null;
  @ApiProperty({ example: 'update' }) action!: string;
  @ApiProperty({ example: 'service_point' }) entityType!: string;
  @ApiProperty({ type: String, nullable: true }) entityId!: string | null;
  @ApiProperty({ type: String, nullable: true }) regionCode!: string | null;
  @ApiProperty({ type: String, nullable: true }) ip!: string | null;
  @ApiProperty({ format: 'uuid', type: String, nullable: true }) requestId!: string | null;
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    nullable: true,
    description: 'Changed fields as { field: { from, to } }, without secrets',
  })
  changes!: Record<string, unknown> | null;
  @ApiProperty({ type: String, nullable: true }) hash!: string | null;
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

export class AuditCheckpointResponse {
  @ApiProperty({ description: 'The last link of the chain when the checkpoint was written' }) seq!: number;
  @ApiProperty({ description: 'When it was written (ISO instant)' }) at!: string;
}

export class AuditChainResponse {
  @ApiProperty({
    description:
      'True when every link is in place and carries its keyed digest (links before the keyed chain began: ' +
      'the old unkeyed one) and the chain still reaches the last checkpoint with the same hash',
  })
  intact!: boolean;
  @ApiProperty({ description: 'Links checked' }) checked!: number;
  @ApiProperty({
    nullable: true,
    type: Number,
    description:
      'First link that is out of place or does not carry its digest, or the checkpoint’s link when it now has another hash',
  })
  brokenSeq!: number | null;
  @ApiProperty({
    nullable: true,
    type: AuditCheckpointResponse,
    description:
      'The last checkpoint written outside the database (AUDIT_CHECKPOINT_FILE) for this database; null before the first seal',
  })
  checkpoint!: AuditCheckpointResponse | null;
  @ApiPropertyOptional({
    description:
      'Only when the chain ends before the last checkpoint: the last link present; the events after it were deleted',
  })
  missingAfter?: number;
}
