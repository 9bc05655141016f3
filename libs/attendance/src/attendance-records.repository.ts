import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { AttendanceRecord } from './attendance-record.entity';

@Injectable()
export class AttendanceRecordsRepository {
  constructor(@InjectRepository(AttendanceRecord) private readonly records: Repository<AttendanceRecord>) {}

  /** Writes (or rewrites) the settled attendance of shifts, settled at `closedAt`. */
  async upsertMany(
    rows: Omit<AttendanceRecord, 'closedAt'>[],
    closedAt: Date,
    em?: EntityManager,
  ): Promise<void> {
    const repo = em?.getRepository(AttendanceRecord) ?? this.records;
    for (let i = 0; i < rows.length; i += 2000) {
      await repo.upsert(
        rows.slice(i, i + 2000).map((r) => ({ ...r, closedAt })),
        ['shiftId'],
      );
    }
  }

  countOfDate(date: string): Promise<number> {
    return this.records.countBy({ date });
  }
}
