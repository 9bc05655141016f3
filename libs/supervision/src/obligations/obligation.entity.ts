import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { Measure, PointKind } from '../rules/obligation-rules';
import type { PeriodKind } from '../rules/periods';

/** What a county or township holds its advisors to at the points of a region (e.g. 2 service days a month in each village). */
@Entity('obligation')
export class Obligation {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** The county, township or village (6, 9 or 12 digits) it holds in. */
  @Column({ type: 'varchar' })
  regionCode!: string;

  /** The kind of point it holds for; null for every kind. */
  @Column({ type: 'varchar', nullable: true })
  pointKind!: PointKind | null;

  @Column({ type: 'varchar' })
  measure!: Measure;

  @Column({ type: 'varchar' })
  period!: PeriodKind;

  @Column({ type: 'integer' })
  required!: number;

  /** Only at pilot villages (试点村). */
  @Column({ type: 'boolean' })
  pilotOnly!: boolean;

  @Column({ type: 'uuid' })
  createdBy!: string;

  @Column({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz' })
  updatedAt!: Date;
}
