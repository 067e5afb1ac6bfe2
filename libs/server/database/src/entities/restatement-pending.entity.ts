import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A decided cycle that a calendar or definition recompute would change. The cycle is left as it
 * was (published figures do not move silently); this row keeps before and after for review.
 */
@Entity({ name: 'restatement_pending' })
@Index('restatement_pending_case_idx', ['casePk', 'cycle'])
export class RestatementPendingEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  @Column({ name: 'case_pk', type: 'bigint' })
  casePk!: string;

  @Column({ type: 'integer' })
  cycle!: number;

  /** `calendar:<id>` or `service:<id>`. */
  @Column({ type: 'text' })
  reason!: string;

  @Column({ type: 'jsonb' })
  before!: Record<string, unknown>;

  @Column({ type: 'jsonb' })
  after!: Record<string, unknown>;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;
}
