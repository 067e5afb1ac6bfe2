import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { AgencyEntity } from './agency.entity';

/** An entity's self-assessment on the six pillars of the maturity model, each 1-5, at its latest revision. */
@Entity({ name: 'maturity_assessment' })
@Index('maturity_assessment_uq', ['agencyId', 'assessedOn'], { unique: true })
export class MaturityAssessmentEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ name: 'agency_id', type: 'integer' })
  agencyId!: number;

  @ManyToOne(() => AgencyEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'agency_id' })
  agency?: AgencyEntity;

  @Column({ name: 'assessed_on', type: 'date' })
  assessedOn!: string;

  @Column({ type: 'numeric' }) leadership!: string;
  @Column({ type: 'numeric' }) technology!: string;
  @Column({ name: 'e_services', type: 'numeric' }) eServices!: string;
  @Column({ type: 'numeric' }) data!: string;
  @Column({ type: 'numeric' }) sdg!: string;
  @Column({ type: 'numeric' }) cybersecurity!: string;

  @Column({ type: 'boolean', default: false })
  demo!: boolean;

  /** The evidence note of each pillar (`{ leadership: "...", ... }`); empty for seeded assessments. */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  evidence!: Record<string, string>;

  /** 1 when recorded, one more with every revision (kept in `maturity_revision`). */
  @Column({ type: 'integer', default: 1 })
  revision!: number;

  @Column({ name: 'recorded_by', type: 'text', default: 'system:seed' })
  recordedBy!: string;

  @Column({ name: 'recorded_at', type: 'timestamptz', default: () => 'now()' })
  recordedAt!: Date;
}
