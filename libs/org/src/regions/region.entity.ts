import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { RegionLevel } from '@app/core';

@Entity('region')
export class Region {
  @PrimaryColumn({ type: 'varchar' })
  code!: string;

  @Column({ type: 'varchar' })
  name!: string;

  @Column({ type: 'varchar' })
  level!: RegionLevel;

  @Column({ type: 'varchar', nullable: true })
  parentCode!: string | null;
}
