import { ApiProperty } from '@nestjs/swagger';
import { WORKSHOP_KINDS } from '../../vocabulary';
import { editableUntil } from '../../rules/entry-time';
import type { Workshop } from '../workshop.entity';

export class WorkshopResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) servicePointId!: string;
  @ApiProperty({ description: 'The service point’s region code' }) regionCode!: string;
  @ApiProperty({ format: 'date-time', description: 'ISO instant' }) heldAt!: string;
  @ApiProperty() topic!: string;
  @ApiProperty({ enum: WORKSHOP_KINDS }) kind!: string;
  @ApiProperty() audienceCount!: number;
  @ApiProperty({ format: 'uuid', type: String, nullable: true }) lecturerId!: string | null;
  @ApiProperty({ type: String, nullable: true }) lecturerName!: string | null;
  @ApiProperty() recordedBy!: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
  @ApiProperty({
    description:
      'End of the lecturer’s edit window (exclusive): the start of the day after the WORKLOG_EDIT_DAYS-th business day (Asia/Shanghai) after the workshop was held (heldAt), whoever wrote the entry and whenever. Until then its lecturer edits or voids it; then officials correct it, with a reason.',
  })
  editableUntil!: string;
  @ApiProperty({
    description: 'The edit window has closed (now ≥ editableUntil): only an official changes it',
  })
  locked!: boolean;
  @ApiProperty({
    format: 'date-time',
    type: String,
    nullable: true,
    description: 'Voided workshops count nowhere',
  })
  voidedAt!: string | null;
  @ApiProperty({ type: String, nullable: true }) voidReason!: string | null;
  @ApiProperty({ type: String, nullable: true }) voidedBy!: string | null;
  @ApiProperty({ enum: ['entry', 'import'], description: 'import: brought in from a ledger (importId)' })
  source!: string;
  @ApiProperty({ format: 'uuid', type: String, nullable: true, description: 'The import it came from' })
  importId!: string | null;
}

export class WorkshopPage {
  @ApiProperty({ type: [WorkshopResponse] }) items!: WorkshopResponse[];
  @ApiProperty() total!: number;
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
}

export function toWorkshopResponse(
  w: Workshop,
  names: Map<string, string>,
  now: Date,
  editDays: number,
): WorkshopResponse {
  const until = editableUntil(w.heldAt, editDays);
  return {
    id: w.id,
    servicePointId: w.servicePointId,
    regionCode: w.regionCode,
    heldAt: w.heldAt.toISOString(),
    topic: w.topic,
    kind: w.kind,
    audienceCount: w.audienceCount,
    lecturerId: w.lecturerId,
    lecturerName: w.lecturerId ? (names.get(w.lecturerId) ?? '') : null,
    recordedBy: w.recordedBy,
    createdAt: w.createdAt.toISOString(),
    updatedAt: w.updatedAt.toISOString(),
    editableUntil: until.toISOString(),
    locked: now >= until,
    voidedAt: w.voidedAt?.toISOString() ?? null,
    voidReason: w.voidReason,
    voidedBy: w.voidedBy,
    source: w.source,
    importId: w.importId,
  };
}
