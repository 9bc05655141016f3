import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { whereRegionWithin } from '@app/core';
import type { DivisionRow } from './division-data';
import { Region } from './region.entity';

@Injectable()
export class RegionsRepository {
  constructor(@InjectRepository(Region) private readonly regions: Repository<Region>) {}

  findByCode(code: string): Promise<Region | null> {
    return this.regions.findOneBy({ code });
  }

  findChildren(parentCode: string): Promise<Region[]> {
    return this.regions.find({ where: { parentCode }, order: { code: 'ASC' } });
  }

  findTopLevel(): Promise<Region[]> {
    return this.regions.createQueryBuilder('r').where('r.parent_code IS NULL').orderBy('r.code').getMany();
  }

  /** Villages and communities (12-digit codes) under a region. */
  findVillagesUnder(prefix: string): Promise<Region[]> {
    const qb = this.regions.createQueryBuilder('r').where(`r.level = 'village'`);
    return whereRegionWithin(qb, 'r.code', prefix).orderBy('r.code').getMany();
  }

  /** The regions of one level under a region, in code order (e.g. a city's counties or townships). */
  findUnderAtLevel(prefix: string, level: string): Promise<Region[]> {
    const qb = this.regions.createQueryBuilder('r').where('r.level = :level', { level });
    return whereRegionWithin(qb, 'r.code', prefix).orderBy('r.code').getMany();
  }

  /** Inserts or renames the rows; parents come before children in `rows`. */
  async upsertMany(rows: DivisionRow[], em: EntityManager): Promise<void> {
    for (let i = 0; i < rows.length; i += 500) {
      const chunk = rows.slice(i, i + 500);
      await em.query(
        `INSERT INTO region (code, name, level, parent_code)
         SELECT * FROM unnest($1::varchar[], $2::varchar[], $3::varchar[], $4::varchar[])
         ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name, level = EXCLUDED.level, parent_code = EXCLUDED.parent_code
           WHERE (region.name, region.level, region.parent_code) IS DISTINCT FROM (EXCLUDED.name, EXCLUDED.level, EXCLUDED.parent_code)`,
        [
          chunk.map((r) => r.code),
          chunk.map((r) => r.name),
          chunk.map((r) => r.level),
          chunk.map((r) => r.parentCode),
        ],
      );
    }
  }

  countUnder(prefix: string, em?: EntityManager): Promise<number> {
    const qb = (em?.getRepository(Region) ?? this.regions).createQueryBuilder('r');
    return whereRegionWithin(qb, 'r.code', prefix).getCount();
  }
}
