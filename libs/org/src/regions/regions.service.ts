import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditService } from '@app/audit';
import { AppError, CoreErrors, type RegionLevel } from '@app/core';
import { OrgErrors } from '../org.errors';
import { readCountyDivisions } from './division-data';
import { Region } from './region.entity';
import { RegionsRepository } from './regions.repository';

export interface DivisionImportResult {
  county: string;
  name: string;
  townships: number;
  villages: number;
  added: number;
}

@Injectable()
export class RegionsService {
  constructor(
    private readonly regions: RegionsRepository,
    private readonly audit: AuditService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  findByCode(code: string): Promise<Region | null> {
    return this.regions.findByCode(code);
  }

  async getByCode(code: string): Promise<Region> {
    const region = await this.regions.findByCode(code);
    if (!region) throw new AppError(OrgErrors.REGION_NOT_FOUND, `Region ${code} is not known`, { code });
    return region;
  }

  children(parentCode?: string): Promise<Region[]> {
    return parentCode ? this.regions.findChildren(parentCode) : this.regions.findTopLevel();
  }

  villagesUnder(prefix: string): Promise<Region[]> {
    return this.regions.findVillagesUnder(prefix);
  }

  /** The regions of `level` under `prefix` (a city's counties, a county's or province's townships), in code order. */
  under(prefix: string, level: RegionLevel): Promise<Region[]> {
    return this.regions.findUnderAtLevel(prefix, level);
  }

  /** Imports one county's townships and villages from the national division data; safe to repeat. */
  async importCounty(county: string): Promise<DivisionImportResult> {
    if (!/^\d{6}$/.test(county)) {
      throw new AppError(CoreErrors.VALIDATION_FAILED, 'A county code has 6 digits', {
        county: ['must be a county code of 6 digits'],
      });
    }
    const rows = await readCountyDivisions(county);
    if (!rows.length)
      throw new AppError(OrgErrors.UNKNOWN_DIVISION, `No county ${county} in the division data`, { county });
    return this.dataSource.transaction(async (em) => {
      const before = await this.regions.countUnder(county, em);
      await this.regions.upsertMany(rows, em);
      const after = await this.regions.countUnder(county, em);
      const result: DivisionImportResult = {
        county,
        name: rows.find((r) => r.code === county)!.name,
        townships: rows.filter((r) => r.level === 'township').length,
        villages: rows.filter((r) => r.level === 'village').length,
        added: after - before,
      };
      await this.audit.record(em, {
        action: 'import',
        entityType: 'region',
        entityId: county,
        regionCode: county,
        note: { ...result },
      });
      return result;
    });
  }
}
