import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { MaturityAssessmentEntity } from './maturity-assessment.entity';

/** Every version of a maturity assessment: who recorded or revised it, when, why, and what changed. Append-only. */
@Entity({ name: 'maturity_revision' })
@Index('maturity_revision_uq', ['assessmentId', 'revision'], { unique: true })
export class MaturityRevisionEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  @Column({ name: 'assessment_id', type: 'integer' })
  assessmentId!: number;

  @ManyToOne(() => MaturityAssessmentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'assessment_id' })
  assessment?: MaturityAssessmentEntity;

  @Column({ type: 'integer' })
  revision!: number;

  /** The six scores of this revision. */
  @Column({ type: 'jsonb' })
  scores!: Record<string, number>;

  @Column({ type: 'jsonb' })
  evidence!: Record<string, string>;

  /** What changed from the previous revision: `[{ pillar, field: "score" | "evidence", before, after }]`. */
  @Column({ type: 'jsonb' })
  changes!: unknown[];

  @Column({ type: 'text', default: '' })
  reason!: string;

  @Column({ name: 'revised_by', type: 'text' })
  revisedBy!: string;

  @Column({ name: 'revised_at', type: 'timestamptz', default: () => 'now()' })
  revisedAt!: Date;
}
