import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

/** The counties' score weights (one row per county that set any). */
@Injectable()
export class AssessmentWeightsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async weightsOf(
    countyCode: string,
    em?: EntityManager,
    lock = false,
  ): Promise<Record<string, number> | null> {
    const rows = await (em ?? this.dataSource.manager).query<{ weights: Record<string, number> }[]>(
      `SELECT weights FROM assessment_weights WHERE county_code = $1${lock ? ' FOR UPDATE' : ''}`,
      [countyCode],
    );
    return rows[0]?.weights ?? null;
  }

  async put(countyCode: string, weights: Record<string, number>, by: string, at: Date, em: EntityManager) {
    await em.query(
      `INSERT INTO assessment_weights (county_code, weights, updated_by, updated_at) VALUES ($1, $2, $3, $4)
       ON CONFLICT (county_code) DO UPDATE SET weights = excluded.weights, updated_by = excluded.updated_by,
         updated_at = excluded.updated_at`,
      [countyCode, JSON.stringify(weights), by, at],
    );
  }

  async remove(countyCode: string, em: EntityManager): Promise<void> {
    await em.query(`DELETE FROM assessment_weights WHERE county_code = $1`, [countyCode]);
  }
}
