import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { WorkshopKind } from '../vocabulary';

/** A lecture (法治讲座), publicity event (普法宣传) or training of grid workers, never deleted. */
@Entity('workshop')
export class Workshop {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  servicePointId!: string;

  /** The service point's region code. */
  @Column({ type: 'varchar' })
  regionCode!: string;

  @Column({ type: 'timestamptz' })
  heldAt!: Date;

  @Column({ type: 'varchar' })
  topic!: string;

  @Column({ type: 'varchar' })
  kind!: WorkshopKind;

  @Column({ type: 'integer' })
  audienceCount!: number;

  @Column({ type: 'uuid', nullable: true })
  lecturerId!: string | null;

  @Column({ type: 'uuid' })
  recordedBy!: string;

  /** When the entry was written (the app's clock). The lecturer's edit window counts from heldAt, not from here. */
  @Column({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz' })
  updatedAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  voidedAt!: Date | null;

  @Column({ type: 'varchar', nullable: true })
  voidReason!: string | null;

  @Column({ type: 'uuid', nullable: true })
  voidedBy!: string | null;

  /** `entry` (recorded in the app) or `import` (brought in from a ledger, with the import's id). */
  @Column({ type: 'varchar', default: 'entry' })
  source!: 'entry' | 'import';

  @Column({ type: 'uuid', nullable: true })
  importId!: string | null;
}
